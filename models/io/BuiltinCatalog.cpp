#include "BuiltinCatalog.h"

#include <QFile>
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

struct Loaded
{
    std::optional<Catalog> catalog;
    QString error;
};

const Loaded& loaded()
{
    static const Loaded result = [] {
        Loaded l;
        Catalog::Sources sources;
        sources.globalPermissions = readResource(QStringLiteral("global-permissions.json"), &l.error);
        sources.folderPermissions = readResource(QStringLiteral("folder-permissions.json"), &l.error);
        sources.implications = readResource(QStringLiteral("implications.json"), &l.error);
        sources.systemTeams = readResource(QStringLiteral("system-teams.json"), &l.error);
        sources.presets = readResource(QStringLiteral("presets.json"), &l.error);
        if (!l.error.isEmpty())
            return l;
        auto catalog = Catalog::fromJson(sources);
        if (catalog)
            l.catalog = catalog.value();
        else
            l.error = catalog.error().message;
        return l;
    }();
    return result;
}

} // namespace

const Catalog* builtinCatalog()
{
    const Loaded& l = loaded();
    return l.catalog ? &*l.catalog : nullptr;
}

QString builtinCatalogError() { return loaded().error; }

} // namespace warden
