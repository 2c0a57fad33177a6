#pragma once

#include "models/access/AccessQuery.h"

#include <QCoreApplication>
#include <QUrl>

namespace warden {

// The review's explanations as rich text, each step a link to the place where it is edited:
// warden://folder/ID, warden://team/ID, warden://cell/TEAM/PERMISSION (a cell of a team's matrix),
// warden://role/ID, warden://account/ID (the user in the Users area), warden://user/ID (review
// that user), warden://global/KEY.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    // Why the user holds the permission on the folder, or which teams would grant it.
    static QString explanation(const AccessQuery& store, Id userId, Id folderId, int permission);
    // Both users' explanations, for a comparison.
    static QString comparison(const AccessQuery& store, Id firstId, Id secondId, Id folderId, int permission);
    // The active users who hold the permission on the folder, each with how.
    static QString whoHas(const AccessQuery& store, Id folderId, int permission);
    // The user's global permissions by category, each with the roles that give it, and their
    // level on each connection.
    static QString globalPermissions(const AccessQuery& store, Id userId);

    // The user's level on every connection, by where it is defined.
    static QString connectionLevels(const AccessQuery& store, Id userId);

    static QUrl link(const QString& kind, const QString& target);

private:
    static QString anchor(const QString& kind, Id id, const QString& text);
    static QString cellAnchor(Id teamId, int permission, const QString& title);
    static QString userLine(const AccessQuery& store, Id userId);
    static QString reasonSteps(const AccessQuery& store, const User& user, const Reason& reason, int permission);
};

} // namespace warden
