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
    static int latestVersion();
    static QStringList migration(int version, Dialect dialect);
};

} // namespace warden
