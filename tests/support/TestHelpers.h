#pragma once

#include "TestStores.h"

#include <QTest>

namespace warden::test {

// Skips a PostgreSQL row when no server is configured, and fails it on CI, where the server must be.
#define WARDEN_REQUIRE_BACKEND(backend)                                                                            \
    if ((backend) == QLatin1String("postgresql") && TestStores::postgresServer().isEmpty()) {                      \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
            QFAIL("WARDEN_TEST_PG is not set: PostgreSQL tests must run on CI");                                   \
        QSKIP("WARDEN_TEST_PG is not set");                                                                        \
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

} // namespace warden::test
