#pragma once

#include "AccessQuery.h"

#include "models/domain/Edit.h"

namespace warden {

// What one user gains and loses on a security root, and so on every folder that inherits from it.
struct RootChange
{
    Id rootId = 0;
    PermissionSet gained;
    PermissionSet lost;
};

// What one user gains and loses through a change: global permissions, and per security root. Held
// as ids and bits, so that a preview of a million rows stays small; the folders of each root are
// listed only when shown (see WhatIf::foldersByRoot).
struct UserAccessChange
{
    Id userId = 0;
    PermissionSet globalGained;
    PermissionSet globalLost;
    QList<RootChange> roots; // in tree order
};

// Access of some users before and after a change, compared: the preview of a plan, computed from
// the directory in memory (the change applied and rolled back), never by writing.
class WhatIf
{
public:
    struct UserView
    {
        bool admin = false;
        QHash<Id, PermissionSet> byRoot;
        PermissionSet global;
    };
    using Snapshot = QHash<Id, UserView>;

    // The users whose access the edits may change (as the directory is now).
    static QSet<Id> affectedUsers(const Directory& directory, const Catalog& catalog, const QList<Edit>& edits);
    // Their access as if active: a preview shows what invited and disabled users would hold.
    static Snapshot snapshot(const AccessQuery& access, const QSet<Id>& users);
    // The security roots whose permissions differ, for each user (a plan changes no folders).
    static QList<UserAccessChange> compare(const Snapshot& before, const Snapshot& after, const Directory& directory,
                                           const Catalog& catalog);
    // Each security root with the folders it covers (itself first), in tree order.
    static QHash<Id, QList<Id>> foldersByRoot(const Directory& directory);
};

} // namespace warden
