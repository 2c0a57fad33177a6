#pragma once

#include "TestStores.h"

#include <QTest>

namespace warden::test {

// Skips a PostgreSQL row when no server is configured, and fails it on CI, where the server must be.
#define WARDEN_REQUIRE_BACKEND(backend)                                                                                \
    if ((backend) == QLatin1String("postgresql") && TestStores::postgresServer().isEmpty()) {                          \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                       \
            QFAIL("WARDEN_TEST_PG is not set: PostgreSQL tests must run on CI");                                       \
        QSKIP("WARDEN_TEST_PG is not set");                                                                            \
    }

inline Id folderAt(const Store& s, const QString& path) { return s.directory().folderByPath(path); }
inline Id userNamed(const Store& s, const QString& name)
{
    const User* u = s.user(name);
    return u ? u->id : 0;
}
inline Id roleNamed(const Store& s, const QString& name)
{
    const Role* r = s.directory().roleNamed(name);
    return r ? r->id : 0;
}
inline Id teamOn(const Store& s, const QString& path, const QString& name)
{
    const Team* t = s.directory().teamNamed(folderAt(s, path), name);
    return t ? t->id : 0;
}
inline QStringList keysOf(const Store& s, const QString& user, const QString& path)
{
    return s.catalog().folderKeys(s.access().folderPermissions(userNamed(s, user), folderAt(s, path)));
}
inline PermissionSet keys(const Store& s, const QStringList& list) { return s.catalog().parseFolderKeys(list).value(); }

// What a user would hold on a folder, worked out from the rows alone: walk up to the folder that
// does not inherit, collect the teams there that hold the user directly or through a role (or that
// the test takes the user to be in). Invited and disabled users count as active.
struct Expected
{
    PermissionSet granted;
    PermissionSet held;
};

inline Expected expectedFor(const Store& s, Id userId, Id folderId, const QSet<Id>& extraTeams = {})
{
    const Directory& d = s.directory();
    const Catalog& catalog = s.catalog();
    const User& user = *d.user(userId);
    bool admin = false;
    for (Id roleId : d.global(catalog.global(catalog.known().admin).key).roles)
        admin = admin || user.roles.contains(roleId);
    if (admin)
        return {catalog.allFolderPermissions(), catalog.allFolderPermissions()};
    Id root = folderId;
    while (d.folder(root)->inherit && d.folder(root)->parentId != 0)
        root = d.folder(root)->parentId;
    Expected e;
    for (const Team& team : d.teams()) {
        if (team.folderId != root)
            continue;
        bool member = team.users.contains(userId) || extraTeams.contains(team.id);
        for (Id roleId : team.roles)
            member = member || user.roles.contains(roleId);
        if (member)
            e.granted |= team.permissions;
    }
    // Implications to a fixed point, one step at a time.
    e.held = e.granted;
    for (bool grew = true; grew;) {
        grew = false;
        for (int p = 0; p < catalog.folderCount(); ++p) {
            if (e.held.test(p) && !e.held.contains(catalog.implied(p))) {
                e.held |= catalog.implied(p);
                grew = true;
            }
        }
    }
    return e;
}

} // namespace warden::test
