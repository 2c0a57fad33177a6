#pragma once

#include <QString>

#include <optional>

namespace warden {

// A shared store's address, postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (or postgres://): the one
// place such an address is read and written.
struct PostgresAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static bool isPostgres(const QString& location);
    // Empty when the location is not a whole PostgreSQL address (a host and a database at least).
    static std::optional<PostgresAddress> parse(const QString& location);
    QString location(bool withPassword = false) const;
};

} // namespace warden
