#include "WhatIf.h"

namespace warden {

QSet<Id> WhatIf::affectedUsers(const Directory& d, const QList<Edit>& edits)
{
    QSet<Id> users;
    for (const Edit& edit : edits) {
        if (auto e = std::get_if<edit::TeamMember>(&edit)) {
            if (e->userId)
                users.insert(e->userId);
            else
                users.unite(d.usersOfRole(e->roleId));
        } else if (auto e = std::get_if<edit::RoleMember>(&edit)) {
            users.insert(e->userId);
        } else if (auto e = std::get_if<edit::GlobalGrant>(&edit)) {
            users.unite(d.usersOfRole(e->roleId));
            // Login open to all changes for everyone when its first role comes or its last goes.
            if (e->key == QLatin1String("login")) {
                for (const User& user : d.users())
                    users.insert(user.id);
            }
        }
    }
    return users;
}

WhatIf::Snapshot WhatIf::snapshot(const AccessIndex& access, const QSet<Id>& users)
{
    Snapshot s;
    for (Id userId : users) {
        s.folders.insert(userId, access.effective(userId, true));
        s.global.insert(userId, access.globalPermissions(userId, true));
    }
    return s;
}

QList<UserAccessChange> WhatIf::compare(const Snapshot& before, const Snapshot& after)
{
    QList<UserAccessChange> changes;
    for (auto it = before.folders.cbegin(); it != before.folders.cend(); ++it) {
        const QList<FolderPermissions>& was = it.value();
        const QList<FolderPermissions> now = after.folders.value(it.key());
        UserAccessChange change;
        change.userId = it.key();
        const PermissionSet globalWas = before.global.value(it.key());
        const PermissionSet globalNow = after.global.value(it.key());
        change.globalGained = globalNow - globalWas;
        change.globalLost = globalWas - globalNow;
        // Both lists are in the same tree order: a plan changes memberships, never folders.
        for (qsizetype i = 0; i < was.size() && i < now.size(); ++i) {
            if (was[i].permissions == now[i].permissions)
                continue;
            change.folders.append({was[i].folderId, now[i].permissions - was[i].permissions,
                                   was[i].permissions - now[i].permissions});
        }
        if (!change.folders.isEmpty() || !change.globalGained.isEmpty() || !change.globalLost.isEmpty())
            changes.append(change);
    }
    return changes;
}

} // namespace warden
