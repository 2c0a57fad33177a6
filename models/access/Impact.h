#pragma once

#include "AccessQuery.h"

#include <optional>

namespace warden {

// Folders that share one fate in an edit: those whose security root was `before` and is `after`.
// The two are one and the same where the tree did not change; 0 where the folder did not exist.
struct Region
{
    Id before = 0;
    Id after = 0;
    QList<Id> folders; // in tree order, those that exist after the edit first
    QList<qsizetype> order; // each folder's place in that order, to merge regions
};

// What one user gains and loses on every folder of a region.
struct RegionChange
{
    int region = -1; // index in Impact::regions
    PermissionSet gained;
    PermissionSet lost;
};

struct ConnectionChange
{
    Id connectionId = 0;
    AccessLevel from = AccessLevel::Deny; // Deny also where the connection did not exist
    AccessLevel to = AccessLevel::Deny;
};

struct UserImpact
{
    Id userId = 0;
    QString username;
    QString fullName;
    std::optional<UserStatus> status; // after the edit; none when the user is deleted
    bool statusChanged = false; // activated, disabled...: compared as they are, not as if active
    PermissionSet globalGained;
    PermissionSet globalLost;
    QList<RegionChange> regions; // in tree order of their first folder
    QList<ConnectionChange> connections;

    bool losesAnything() const;
};

// What an edit changes in everyone's access: each user whose global permissions, folder
// permissions or connection levels differ after it, compared with before. Invited and disabled
// users count as what they would hold once active, except that a user whose status the edit
// changes is compared as they are (a disable loses everything).
class Impact
{
public:
    struct ConnectionInfo
    {
        QString title;
        Id folderId = 0; // 0: global
        QString folderPath;
    };

    QList<UserImpact> users; // by username
    QList<Region> regions;
    QHash<Id, ConnectionInfo> connections; // every connection named in a change

    bool isEmpty() const { return users.isEmpty(); }
    bool losesAnything() const;
    // A folder's path after the edit, or (deleted) before it.
    QString path(Id folderId, const Directory& directory) const;
    bool deleted(Id folderId) const { return m_deleted.contains(folderId); }
    // Every folder whose permissions change for the user, in tree order, with what changes there.
    struct FolderChange
    {
        Id folderId = 0;
        const RegionChange* change = nullptr;
    };
    QList<FolderChange> foldersOf(const UserImpact& user) const;

    struct Totals
    {
        int users = 0;
        int gainers = 0;
        int losers = 0;
        qint64 folderChanges = 0; // user and folder pairs
        qint64 gained = 0; // permissions gained, counted per user and folder (and global)
        qint64 lost = 0;
        int connectionChanges = 0;
    };
    Totals totals() const;

    // The impact of the changes the directory's journal holds since mark (an edit just applied):
    // the users they can touch, their access before (the directory rolled back) and after (the
    // changes redone). The directory and its journal are left as they were after the edit.
    // only: measures that one user alone (0: everyone the changes can touch).
    static Impact measure(Directory& directory, const Catalog& catalog, std::size_t mark, Id only = 0);

private:
    QHash<Id, QString> m_paths; // of the folders the edit changed, after it (deleted: before)
    QSet<Id> m_deleted;
    friend class ImpactMeasure;
};

} // namespace warden
