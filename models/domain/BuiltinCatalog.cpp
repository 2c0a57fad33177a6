#include "BuiltinCatalog.h"

#include "models/domain/CatalogText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace warden {

namespace {

QJsonObject readResource(const QString& name, QString* error)
{
    QFile file(QStringLiteral(":/catalog/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the built-in catalog file %1").arg(name);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = QStringLiteral("the built-in catalog file %1 is broken: %2").arg(name, parseError.errorString());
    return document.object();
}

} // namespace

Result<Catalog> loadBuiltinCatalog()
{
    QString error;
    Catalog::Sources sources;
    sources.globalPermissions = readResource(QStringLiteral("global-permissions.json"), &error);
    sources.folderPermissions = readResource(QStringLiteral("folder-permissions.json"), &error);
    sources.implications = readResource(QStringLiteral("implications.json"), &error);
    sources.systemTeams = readResource(QStringLiteral("system-teams.json"), &error);
    sources.presets = readResource(QStringLiteral("presets.json"), &error);
    if (!error.isEmpty())
        return failed(error);
    auto catalog = Catalog::fromJson(sources);
    if (catalog)
        catalog.value().localize([](const QString& text) { return catalogText(text); });
    return catalog;
}

QJsonObject connectionTypeJson(const ConnectionType& type)
{
    return {{QStringLiteral("name"), type.name},
            {QStringLiteral("title"), type.title},
            {QStringLiteral("checkUrl"), type.checkUrl},
            {QStringLiteral("fields"), type.fields}};
}

ConnectionType connectionTypeFromJson(const QJsonObject& json)
{
    ConnectionType type;
    type.name = json.value(QStringLiteral("name")).toString();
    type.title = json.value(QStringLiteral("title")).toString(type.name);
    type.checkUrl = json.value(QStringLiteral("checkUrl")).toString();
    type.fields = json.value(QStringLiteral("fields")).toArray();
    return type;
}

QList<ConnectionType> builtinConnectionTypes()
{
    static const QList<ConnectionType> types = [] {
        QList<ConnectionType> list;
        const QDir dir(QStringLiteral(":/connection-types"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ConnectionType type = connectionTypeFromJson(QJsonDocument::fromJson(file.readAll()).object());
            type.released = true;
            type.version = 1;
            list.append(type);
        }
        return list;
    }();
    return types;
}

} // namespace warden
