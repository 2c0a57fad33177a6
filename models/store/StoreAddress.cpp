#include "StoreAddress.h"

#include <QUrl>

namespace warden {

bool PostgresAddress::isPostgres(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresAddress> PostgresAddress::parse(const QString& location)
{
    if (!isPostgres(location))
        return std::nullopt;
    const QUrl url(location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return std::nullopt;
    PostgresAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path().mid(1);
    return address;
}

QString PostgresAddress::location(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace warden
