#include "AuditFormat.h"

#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warden {

namespace {

QJsonArray sortedNames(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    return QJsonArray::fromStringList(names);
}

} // namespace

// Which row this is, whatever its version: its kind and its id or key.
QString rowKey(const Row& row)
{
    return QString::number(row.index()) + QLatin1Char(':')
        + (std::holds_alternative<GlobalAssignment>(row)     ? std::get<GlobalAssignment>(row).key
               : std::holds_alternative<ConnectionType>(row) ? std::get<ConnectionType>(row).name
                                                             : QString::number(rowId(row)));
}

// The rows an audit entry names: {"folder": ..., "id": "42"}, {"globalPermission": "admin"}, ...
QList<Row> rowsNamedIn(const AuditEntry& entry)
{
    QList<Row> rows;
    for (const QJsonArray& side : {entry.before, entry.after}) {
        for (const QJsonValue& value : side) {
            const QJsonObject object = value.toObject();
            const Id id = object.value(QStringLiteral("id")).toString().toLongLong();
            if (object.contains(QStringLiteral("connectionType")))
                rows.append(ConnectionType{
                    object.value(QStringLiteral("connectionType")).toString(), {}, {}, {}, false, {}, 0});
            else if (object.contains(QStringLiteral("connection"))) {
                Connection c;
                c.id = id;
                rows.append(c);
            } else if (object.contains(QStringLiteral("template")))
                rows.append(Template{id, 0, {}, {}, 0});
            else if (object.contains(QStringLiteral("folder")) && !object.contains(QStringLiteral("team")))
                rows.append(Folder{id, 0, {}, false, 0});
            else if (object.contains(QStringLiteral("team")))
                rows.append(Team{id, 0, {}, {}, {}, {}, {}, 0});
            else if (object.contains(QStringLiteral("user")))
                rows.append(User{id, {}, {}, {}, UserStatus::Active, {}, 0});
            else if (object.contains(QStringLiteral("role")))
                rows.append(Role{id, {}, 0});
            else if (object.contains(QStringLiteral("globalPermission")))
                rows.append(GlobalAssignment{object.value(QStringLiteral("globalPermission")).toString(), {}, 0});
        }
    }
    return rows;
}

QString Store::describeRow(const Row& row)
{
    if (auto f = std::get_if<Folder>(&row))
        return tr("folder '%1'").arg(f->name);
    if (auto t = std::get_if<Team>(&row))
        return tr("team '%1'").arg(t->name);
    if (auto u = std::get_if<User>(&row))
        return tr("user '%1'").arg(u->username);
    if (auto r = std::get_if<Role>(&row))
        return tr("role '%1'").arg(r->name);
    if (auto c = std::get_if<Connection>(&row))
        return tr("connection '%1'").arg(c->title);
    if (auto t = std::get_if<Template>(&row))
        return tr("template '%1'").arg(t->name);
    if (auto t = std::get_if<ConnectionType>(&row))
        return tr("connection type '%1'").arg(t->name);
    return tr("global permission '%1'").arg(std::get<GlobalAssignment>(row).key);
}

// Compact JSON, a row at a time: the rows of a large plan are never held as one JSON tree.
QByteArray Store::rowsJson(const std::vector<Change>& changes, bool after) const
{
    // Names of users and roles that this very change deleted are found among its "before" rows.
    QHash<Id, QString> userNames;
    QHash<Id, QString> roleNames;
    for (const Change& change : changes) {
        if (!change.before)
            continue;
        if (auto u = std::get_if<User>(&*change.before))
            userNames.insert(u->id, u->username);
        if (auto r = std::get_if<Role>(&*change.before))
            roleNames.insert(r->id, r->name);
    }
    auto userName = [&](Id id) {
        const User* u = m_directory.user(id);
        return u ? u->username : userNames.value(id, QString::number(id));
    };
    auto roleName = [&](Id id) {
        const Role* r = m_directory.role(id);
        return r ? r->name : roleNames.value(id, QString::number(id));
    };
    auto roleList = [&](const QSet<Id>& ids) {
        QStringList names;
        for (Id id : ids)
            names.append(roleName(id));
        return sortedNames(names);
    };

    QByteArray rows = "[";
    for (const Change& change : changes) {
        if (rows.size() > 1)
            rows += ',';
        const std::optional<Row>& row = after ? change.after : change.before;
        if (!row) {
            rows += "null";
            continue;
        }
        QJsonObject json;
        if (auto f = std::get_if<Folder>(&*row)) {
            json = {{QStringLiteral("folder"), f->name},
                    {QStringLiteral("id"), QString::number(f->id)},
                    {QStringLiteral("parent"), QString::number(f->parentId)},
                    {QStringLiteral("inherit"), f->inherit}};
        } else if (auto t = std::get_if<Team>(&*row)) {
            QStringList users;
            for (Id id : t->users)
                users.append(userName(id));
            json = {{QStringLiteral("team"), t->name},
                    {QStringLiteral("id"), QString::number(t->id)},
                    {QStringLiteral("folder"), QString::number(t->folderId)},
                    {QStringLiteral("permissions"), QJsonArray::fromStringList(m_catalog.folderKeys(t->permissions))},
                    {QStringLiteral("users"), sortedNames(users)},
                    {QStringLiteral("roles"), roleList(t->roles)}};
        } else if (auto u = std::get_if<User>(&*row)) {
            json = {{QStringLiteral("user"), u->username},
                    {QStringLiteral("id"), QString::number(u->id)},
                    {QStringLiteral("fullName"), u->fullName},
                    {QStringLiteral("email"), u->email},
                    {QStringLiteral("status"), statusKey(u->status)},
                    {QStringLiteral("roles"), roleList(u->roles)}};
        } else if (auto r = std::get_if<Role>(&*row)) {
            json = {{QStringLiteral("role"), r->name}, {QStringLiteral("id"), QString::number(r->id)}};
        } else if (auto g = std::get_if<GlobalAssignment>(&*row)) {
            json = {{QStringLiteral("globalPermission"), g->key}, {QStringLiteral("roles"), roleList(g->roles)}};
        } else if (auto c = std::get_if<Connection>(&*row)) {
            // Secrets are named, never shown: the log says which are set.
            QStringList secrets = c->secrets.keys();
            secrets.sort();
            QJsonArray access;
            for (const AccessEntry& entry : c->access) {
                const QString who = entry.kind == AccessEntry::Kind::User ? userName(entry.principal)
                    : entry.kind == AccessEntry::Kind::Role
                    ? QStringLiteral("role:") + roleName(entry.principal)
                    : QStringLiteral("team:") + QString::number(entry.principal);
                access.append(QStringLiteral("%1=%2").arg(who, levelKey(entry.level)));
            }
            json = {
                {QStringLiteral("connection"), c->title},
                {QStringLiteral("id"), QString::number(c->id)},
                {QStringLiteral("folder"), QString::number(c->folderId)},
                {QStringLiteral("type"), c->type},
                {QStringLiteral("properties"), c->properties},
                {QStringLiteral("secretsSet"), QJsonArray::fromStringList(secrets)},
                {QStringLiteral("defaultLevel"), levelKey(c->defaultLevel)},
                {QStringLiteral("access"), access},
                {QStringLiteral("allowedTemplates"),
                 c->allTemplates ? QJsonValue(QStringLiteral("all")) : QJsonValue(qint64(c->allowedTemplates.size()))}};
        } else if (auto t = std::get_if<Template>(&*row)) {
            json = {{QStringLiteral("template"), t->name},
                    {QStringLiteral("id"), QString::number(t->id)},
                    {QStringLiteral("folder"), QString::number(t->folderId)},
                    {QStringLiteral("uses"), qint64(t->uses.size())}};
        } else if (auto t = std::get_if<ConnectionType>(&*row)) {
            QStringList grants;
            for (Id id : t->grants)
                grants.append(m_directory.folder(id) ? m_directory.path(id) : QString::number(id));
            json = {{QStringLiteral("connectionType"), t->name},
                    {QStringLiteral("released"), t->released},
                    {QStringLiteral("grants"), sortedNames(grants)}};
        }
        json.insert(QStringLiteral("version"), rowVersion(*row));
        rows += QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    return rows + ']';
}

} // namespace warden
