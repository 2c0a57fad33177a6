#include "WhatIf.h"

namespace warden {

QSet<Id> WhatIf::affectedUsers(const Directory& d, const Catalog& catalog, const QList<Edit>& edits)
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
            if (e->key == catalog.loginKey()) {
                for (const User& user : d.users())
                    users.insert(user.id);
            }
        }
    }
    return users;
}

WhatIf::Snapshot WhatIf::snapshot(const AccessQuery& access, const QSet<Id>& users)
{
    Snapshot s;
    s.reserve(users.size());
    for (Id userId : users) {
        UserView view;
        view.global = access.globalPermissions(userId, true);
        view.admin = view.global.test(access.catalog().known().admin);
        view.byRoot = access.heldByRoot(userId, true);
        s.insert(userId, view);
    }
    return s;
}

QHash<Id, QList<Id>> WhatIf::foldersByRoot(const Directory& d)
{
    const Directory::Tree& tree = d.tree();
    QHash<Id, QList<Id>> foldersOf;
    std::vector<int> rootAt(std::size_t(tree.order.size()));
    for (std::size_t i = 0; i < rootAt.size(); ++i) {
        const int parent = tree.parentAt[i];
        rootAt[i] = (tree.inheritAt[i] && parent >= 0) ? rootAt[std::size_t(parent)] : int(i);
        foldersOf[tree.order[rootAt[i]]].append(tree.order[qsizetype(i)]);
    }
    return foldersOf;
}

QList<UserAccessChange> WhatIf::compare(const Snapshot& before, const Snapshot& after, const Directory& d,
                                        const Catalog& catalog)
{
    const Directory::Tree& tree = d.tree();
    QList<Id> allRoots;
    for (std::size_t i = 0; i < std::size_t(tree.order.size()); ++i) {
        if (!tree.inheritAt[i] || tree.parentAt[i] < 0)
            allRoots.append(tree.order[qsizetype(i)]);
    }
    const PermissionSet all = catalog.allFolderPermissions();
    QList<UserAccessChange> changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const UserView& was = it.value();
        const UserView now = after.value(it.key());
        UserAccessChange change;
        change.userId = it.key();
        change.globalGained = now.global - was.global;
        change.globalLost = was.global - now.global;
        auto held = [&all](const UserView& view, Id root) { return view.admin ? all : view.byRoot.value(root); };
        QList<Id> roots;
        if (was.admin != now.admin) {
            roots = allRoots;
        } else if (!was.admin) {
            QSet<Id> touched(was.byRoot.keyBegin(), was.byRoot.keyEnd());
            touched.unite(QSet<Id>(now.byRoot.keyBegin(), now.byRoot.keyEnd()));
            roots = touched.values();
        }
        std::sort(roots.begin(), roots.end(),
                  [&tree](Id a, Id b) { return tree.positionOf.value(a) < tree.positionOf.value(b); });
        for (Id root : roots) {
            const PermissionSet a = held(was, root);
            const PermissionSet b = held(now, root);
            if (a != b)
                change.roots.append({root, b - a, a - b});
        }
        if (!change.roots.isEmpty() || !change.globalGained.isEmpty() || !change.globalLost.isEmpty())
            changes.append(change);
    }
    return changes;
}

} // namespace warden
