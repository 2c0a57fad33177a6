#pragma once

#include <QStringList>

namespace warden {

// The versioned schema: migration N brings a store from version N-1 to N.
class Schema
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };
    // The version that brought connection types; stores upgraded past it receive the shipped ones.
    static constexpr int connectionTypesVersion = 4;
    // The advisory lock (PostgreSQL) that writers hold from their check of the log to their commit.
    static constexpr qint64 writersLock = 0x5761726465;
    static int latestVersion();
    // The tables that hold the directory (PostgreSQL refuses changes to them without an audit entry).
    static QStringList directoryTables();
    static QStringList migration(int version, Dialect dialect);
};

} // namespace warden
