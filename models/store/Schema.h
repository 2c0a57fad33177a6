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
    static int latestVersion();
    static QStringList migration(int version, Dialect dialect);
};

} // namespace warden
