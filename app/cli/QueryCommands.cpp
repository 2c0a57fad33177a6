// wardenctl's questions about access: effective, explain, who-has.
#include "Cli.h"

#include "models/domain/Names.h"
#include "models/domain/BuiltinCatalog.h"
#include "models/io/BulkPlan.h"
#include "models/io/DirectoryFile.h"
#include "models/io/FileAccess.h"

#include "JsonWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimeZone>

namespace warden {

namespace {

// Folder paths, each made from its parent's: the folders of an answer come in tree order, so that
// every parent is met first.
class FolderPaths
{
public:
    explicit FolderPaths(const Directory& d) : m_d(d) { }

    const QString& of(Id folderId)
    {
        if (auto it = m_paths.constFind(folderId); it != m_paths.cend())
            return it.value();
        const Folder* f = m_d.folder(folderId);
        QString path = !f ? QString() : f->parentId ? of(f->parentId) + QLatin1Char('/') + f->name : f->name;
        return m_paths.insert(folderId, std::move(path)).value();
    }

private:
    const Directory& m_d;
    QHash<Id, QString> m_paths;
};

} // namespace

Result<Cli::Query> Cli::openQuery() const
{
    auto store = openStore(Store::OpenMode::Existing);
    if (!store)
        return store.error();
    Query query{std::move(store.value()), nullptr, 0, -1};
    const Store& s = *query.store;
    if (has(QStringLiteral("user"))) {
        auto u = user(s, option(QStringLiteral("user")));
        if (!u)
            return u.error();
        query.user = u.value();
    }
    if (has(QStringLiteral("folder"))) {
        auto folder = folderId(s, option(QStringLiteral("folder")));
        if (!folder)
            return folder.error();
        query.folder = folder.value();
    }
    if (has(QStringLiteral("permission"))) {
        query.permission = s.catalog().folderIndex(option(QStringLiteral("permission")));
        if (query.permission < 0)
            return invalid(tr("unknown folder permission '%1'").arg(Names::echo(option(QStringLiteral("permission")))));
    }
    return query;
}

int Cli::effective()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Store& s = *query->store;
    const User* u = query->user;
    const AccessQuery access = s.access();
    const Directory& d = s.directory();
    const QStringList global = s.catalog().globalKeys(access.globalPermissions(u->id));
    const bool json = has(QStringLiteral("json"));
    // Written folder by folder: an Admin's answer over every folder is large.
    JsonWriter writer(m_out);
    if (json) {
        writer.beginObject();
        writer.field(QStringLiteral("user"), u->username);
        writer.field(QStringLiteral("global"), QJsonArray::fromStringList(global));
        writer.key(QStringLiteral("folders"));
        writer.beginArray(true);
    }
    FolderPaths paths(d);
    // Folders hold the same few sets of permissions over and over (an Admin one set everywhere):
    // each set's keys are written as JSON once, not once for each of thousands of security roots.
    QHash<PermissionSet, QString> keysJsonOf;
    // One folder asked for is worked out alone, not picked out of every folder's.
    const QList<FolderPermissions> folders = query->folder == 0
        ? access.effective(u->id)
        : QList<FolderPermissions>{
            {query->folder, d.securityRoot(query->folder), access.folderPermissions(u->id, query->folder)}};
    for (const FolderPermissions& f : folders) {
        const QStringList keys
            = json && keysJsonOf.contains(f.permissions) ? QStringList() : s.catalog().folderKeys(f.permissions);
        if (json) {
            QString& keysJson = keysJsonOf[f.permissions];
            if (keysJson.isEmpty()) {
                keysJson = QStringLiteral("[");
                for (const QString& k : keys) {
                    if (keysJson.size() > 1)
                        keysJson += QLatin1Char(',');
                    JsonWriter::quote(keysJson, k);
                }
                keysJson += QLatin1Char(']');
            }
            // As QJsonObject writes it: keys in order, compact.
            QString line = QStringLiteral("{\"path\":");
            JsonWriter::quote(line, paths.of(f.folderId));
            line += QStringLiteral(",\"permissions\":") + keysJson + QStringLiteral(",\"securityRoot\":");
            JsonWriter::quote(line, paths.of(f.rootId));
            line += QLatin1Char('}');
            writer.rawValue(line);
        } else {
            m_out << paths.of(f.folderId) << "  [" << tr("rules from %1").arg(paths.of(f.rootId)) << "]\n    "
                  << (keys.isEmpty() ? tr("(nothing)") : keys.join(QLatin1Char(' '))) << "\n";
        }
    }
    if (json) {
        writer.endArray();
        writer.endObject();
    } else {
        m_out << tr("global: %1").arg(global.isEmpty() ? tr("(nothing)") : global.join(QLatin1Char(' '))) << "\n";
    }
    return 0;
}

int Cli::explain()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Store& s = *query->store;
    const User* user = query->user;
    const Id folder = query->folder;
    const int index = query->permission;
    const QString key = option(QStringLiteral("permission"));
    const Directory& d = s.directory();
    const Explanation explanation = s.access().explain(user->id, folder, index);
    QJsonArray reasons;
    QStringList lines;
    for (const Reason& r : explanation.reasons) {
        QJsonObject json;
        if (r.kind == Reason::Kind::Status) {
            json
                = {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), statusKey(r.status)}};
            lines.append(tr("%1 is %2 and holds no permission").arg(user->username, statusKey(r.status)));
        } else if (r.kind == Reason::Kind::Admin) {
            json = {{QStringLiteral("kind"), QStringLiteral("admin")},
                    {QStringLiteral("via"), QStringLiteral("role")},
                    {QStringLiteral("role"), d.role(r.roleId)->name}};
            lines.append(tr("Admin, through role %1").arg(d.role(r.roleId)->name));
        } else {
            const QString teamName = d.team(r.teamId)->name;
            const QString heldKey = s.catalog().folderPermission(r.held).key;
            json = {{QStringLiteral("kind"), QStringLiteral("team")}, {QStringLiteral("team"), teamName},
                    {QStringLiteral("folder"), d.path(r.folderId)},   {QStringLiteral("member"), r.member},
                    {QStringLiteral("permission"), heldKey},          {QStringLiteral("implied"), r.held != index}};
            if (r.member) {
                json.insert(QStringLiteral("via"), r.roleId ? QStringLiteral("role") : QStringLiteral("direct"));
                if (r.roleId)
                    json.insert(QStringLiteral("role"), d.role(r.roleId)->name);
            }
            const QString held = r.held == index ? key : tr("%1 (implies %2)").arg(heldKey, key);
            if (!r.member)
                lines.append(tr("team %1 on %2 holds %3, but %4 is not in it")
                                 .arg(teamName, d.path(r.folderId), held, user->username));
            else if (r.roleId)
                lines.append(tr("team %1 on %2 holds %3; member through role %4")
                                 .arg(teamName, d.path(r.folderId), held, d.role(r.roleId)->name));
            else
                lines.append(tr("team %1 on %2 holds %3; direct member").arg(teamName, d.path(r.folderId), held));
        }
        reasons.append(json);
    }
    if (has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("granted"), explanation.granted}, {QStringLiteral("reasons"), reasons}});
    } else {
        m_out << (explanation.granted ? tr("granted") : tr("not granted")) << "\n";
        for (const QString& line : lines)
            m_out << "  " << line << "\n";
        if (lines.isEmpty())
            m_out << "  " << tr("no team on %1 holds %2").arg(d.path(d.securityRoot(folder)), key) << "\n";
    }
    return 0;
}

int Cli::whoHas()
{
    auto query = openQuery();
    if (!query)
        return fail(query.error());
    const Store& s = *query->store;
    QStringList names;
    for (Id id : s.access().whoHas(query->folder, query->permission))
        names.append(s.directory().user(id)->username);
    if (has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("users"), QJsonArray::fromStringList(names)}});
    else
        for (const QString& name : names)
            m_out << name << "\n";
    return 0;
}

} // namespace warden
