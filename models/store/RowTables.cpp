#include "RowTables.h"

#include "models/domain/Names.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace warden {

namespace {

QStringList list(std::initializer_list<const char*> names)
{
    QStringList result;
    for (const char* name : names)
        result.append(QLatin1String(name));
    return result;
}

QVariant nullableId(Id id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }
Id idOrZero(const QVariant& value) { return value.isNull() ? 0 : value.toLongLong(); }

QString joinKeys(const Catalog& catalog, const PermissionSet& set)
{
    return catalog.folderKeys(set).join(QLatin1Char(' '));
}

// Keys that the catalog no longer knows are dropped.
PermissionSet folderKeys(const Catalog& catalog, const QString& text)
{
    PermissionSet set;
    for (const QString& key : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.set(catalog.folderIndex(key));
    return set;
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Ids go into JSON as strings: they are 63-bit, beyond what a JSON number keeps exactly.
QString idsJson(const QSet<Id>& ids)
{
    QList<Id> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (Id id : sorted)
        array.append(QString::number(id));
    return jsonText(array);
}

QSet<Id> idsFromJson(const QString& text)
{
    QSet<Id> ids;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        ids.insert(value.toString().toLongLong());
    return ids;
}

QString accessJson(const QList<AccessEntry>& entries)
{
    static const char* const kinds[] = {"user", "role", "team"};
    QJsonArray array;
    for (const AccessEntry& entry : entries)
        array.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kinds[int(entry.kind)])},
                                 {QStringLiteral("id"), QString::number(entry.principal)},
                                 {QStringLiteral("level"), levelKey(entry.level)}});
    return jsonText(array);
}

QList<AccessEntry> accessFromJson(const QString& text)
{
    QList<AccessEntry> entries;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        AccessEntry entry;
        const QString kind = object.value(QStringLiteral("kind")).toString();
        entry.kind = kind == QLatin1String("role") ? AccessEntry::Kind::Role
            : kind == QLatin1String("team")        ? AccessEntry::Kind::Team
                                                   : AccessEntry::Kind::User;
        entry.principal = object.value(QStringLiteral("id")).toString().toLongLong();
        parseLevel(object.value(QStringLiteral("level")).toString(), &entry.level);
        entries.append(entry);
    }
    return entries;
}

QString secretsJson(const QHash<QString, QString>& secrets)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    return jsonText(object);
}

QHash<QString, QString> secretsFromJson(const QString& text)
{
    QHash<QString, QString> secrets;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        secrets.insert(it.key(), it.value().toString());
    return secrets;
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RowTable)
};

QJsonArray sortedNames(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    return QJsonArray::fromStringList(names);
}

QString idText(Id id) { return QString::number(id); }
Id idIn(const QJsonObject& object) { return object.value(QStringLiteral("id")).toString().toLongLong(); }

} // namespace

AuditNames::AuditNames(const Directory& directory, const Catalog& catalog, const std::vector<Change>& changes)
    : m_directory(directory)
    , m_catalog(catalog)
{
    for (const Change& change : changes) {
        if (!change.before)
            continue;
        if (auto u = std::get_if<User>(&*change.before))
            m_deletedUsers.insert(u->id, u->username);
        if (auto r = std::get_if<Role>(&*change.before))
            m_deletedRoles.insert(r->id, r->name);
    }
}

QString AuditNames::user(Id id) const
{
    const User* u = m_directory.user(id);
    return u ? u->username : m_deletedUsers.value(id, idText(id));
}

QString AuditNames::role(Id id) const
{
    const Role* r = m_directory.role(id);
    return r ? r->name : m_deletedRoles.value(id, idText(id));
}

QJsonArray AuditNames::roles(const IdSet& ids) const
{
    QStringList names;
    for (Id id : ids)
        names.append(role(id));
    return sortedNames(names);
}

// Folders

const QString& RowTable<Folder>::table()
{
    static const QString name = QStringLiteral("folders");
    return name;
}
const QString& RowTable<Folder>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<Folder>::columns()
{
    static const QStringList names = list({"parent_id", "name", "name_key", "inherit"});
    return names;
}
RowTable<Folder>::Key RowTable<Folder>::keyOf(const Folder& f) { return f.id; }
QVariantList RowTable<Folder>::values(const Folder& f, const Catalog&)
{
    return {nullableId(f.parentId), f.name, Names::key(f.name), int(f.inherit)};
}
Folder RowTable<Folder>::read(const QSqlQuery& q, const Catalog&)
{
    return Folder{q.value(0).toLongLong(), idOrZero(q.value(1)), q.value(2).toString(), q.value(4).toInt() != 0,
                  q.value(5).toInt()};
}
const std::vector<MemberTable<Folder>>& RowTable<Folder>::members()
{
    static const std::vector<MemberTable<Folder>> none;
    return none;
}
FolderLink RowTable<Folder>::folderLink() { return FolderLink::Optional; } // the parent; top level: none
Id RowTable<Folder>::folderOf(const Folder& f) { return f.parentId; }
QString RowTable<Folder>::describe(const Folder& f) { return Tr::tr("folder '%1'").arg(f.name); }
const QString& RowTable<Folder>::auditKind()
{
    static const QString name = QStringLiteral("folder");
    return name;
}
QJsonObject RowTable<Folder>::auditJson(const Folder& f, const AuditNames&)
{
    return {{QStringLiteral("folder"), f.name},
            {QStringLiteral("id"), idText(f.id)},
            {QStringLiteral("parent"), idText(f.parentId)},
            {QStringLiteral("inherit"), f.inherit}};
}
Folder RowTable<Folder>::fromAudit(const QJsonObject& object) { return Folder{idIn(object), 0, {}, false, 0}; }

// Teams

const QString& RowTable<Team>::table()
{
    static const QString name = QStringLiteral("teams");
    return name;
}
const QString& RowTable<Team>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<Team>::columns()
{
    static const QStringList names = list({"folder_id", "name", "name_key", "system_kind", "permissions"});
    return names;
}
RowTable<Team>::Key RowTable<Team>::keyOf(const Team& t) { return t.id; }
QVariantList RowTable<Team>::values(const Team& t, const Catalog& catalog)
{
    return {t.folderId, t.name, Names::key(t.name), t.systemKind, joinKeys(catalog, t.permissions)};
}
Team RowTable<Team>::read(const QSqlQuery& q, const Catalog& catalog)
{
    Team t;
    t.id = q.value(0).toLongLong();
    t.folderId = q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.systemKind = q.value(4).toString();
    t.permissions = folderKeys(catalog, q.value(5).toString());
    t.version = q.value(6).toInt();
    return t;
}
const std::vector<MemberTable<Team>>& RowTable<Team>::members()
{
    static const std::vector<MemberTable<Team>> tables
        = {{QStringLiteral("team_users"), QStringLiteral("team_id"), QStringLiteral("user_id"), &Team::users, false},
           {QStringLiteral("team_roles"), QStringLiteral("team_id"), QStringLiteral("role_id"), &Team::roles, true}};
    return tables;
}
FolderLink RowTable<Team>::folderLink() { return FolderLink::Required; }
Id RowTable<Team>::folderOf(const Team& t) { return t.folderId; }
QString RowTable<Team>::describe(const Team& t) { return Tr::tr("team '%1'").arg(t.name); }
const QString& RowTable<Team>::auditKind()
{
    static const QString name = QStringLiteral("team");
    return name;
}
QJsonObject RowTable<Team>::auditJson(const Team& t, const AuditNames& names)
{
    QStringList users;
    for (Id id : t.users)
        users.append(names.user(id));
    return {{QStringLiteral("team"), t.name},
            {QStringLiteral("id"), idText(t.id)},
            {QStringLiteral("folder"), idText(t.folderId)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(names.catalog().folderKeys(t.permissions))},
            {QStringLiteral("users"), sortedNames(users)},
            {QStringLiteral("roles"), names.roles(t.roles)}};
}
Team RowTable<Team>::fromAudit(const QJsonObject& object) { return Team{idIn(object), 0, {}, {}, {}, {}, {}, 0}; }

// Users

const QString& RowTable<User>::table()
{
    static const QString name = QStringLiteral("users");
    return name;
}
const QString& RowTable<User>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<User>::columns()
{
    static const QStringList names = list({"username", "username_key", "full_name", "email", "email_key", "status"});
    return names;
}
RowTable<User>::Key RowTable<User>::keyOf(const User& u) { return u.id; }
QVariantList RowTable<User>::values(const User& u, const Catalog&)
{
    return {u.username, Names::key(u.username), u.fullName, u.email, Names::key(u.email), statusKey(u.status)};
}
User RowTable<User>::read(const QSqlQuery& q, const Catalog&)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.fullName = q.value(3).toString();
    u.email = q.value(4).toString();
    parseStatus(q.value(6).toString(), &u.status);
    u.version = q.value(7).toInt();
    return u;
}
const std::vector<MemberTable<User>>& RowTable<User>::members()
{
    static const std::vector<MemberTable<User>> tables
        = {{QStringLiteral("user_roles"), QStringLiteral("user_id"), QStringLiteral("role_id"), &User::roles, true}};
    return tables;
}
FolderLink RowTable<User>::folderLink() { return FolderLink::None; }
Id RowTable<User>::folderOf(const User&) { return 0; }
QString RowTable<User>::describe(const User& u) { return Tr::tr("user '%1'").arg(u.username); }
const QString& RowTable<User>::auditKind()
{
    static const QString name = QStringLiteral("user");
    return name;
}
QJsonObject RowTable<User>::auditJson(const User& u, const AuditNames& names)
{
    return {{QStringLiteral("user"), u.username},
            {QStringLiteral("id"), idText(u.id)},
            {QStringLiteral("fullName"), u.fullName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("status"), statusKey(u.status)},
            {QStringLiteral("roles"), names.roles(u.roles)}};
}
User RowTable<User>::fromAudit(const QJsonObject& object)
{
    return User{idIn(object), {}, {}, {}, UserStatus::Active, {}, 0};
}

// Roles

const QString& RowTable<Role>::table()
{
    static const QString name = QStringLiteral("roles");
    return name;
}
const QString& RowTable<Role>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<Role>::columns()
{
    static const QStringList names = list({"name", "name_key"});
    return names;
}
RowTable<Role>::Key RowTable<Role>::keyOf(const Role& r) { return r.id; }
QVariantList RowTable<Role>::values(const Role& r, const Catalog&) { return {r.name, Names::key(r.name)}; }
Role RowTable<Role>::read(const QSqlQuery& q, const Catalog&)
{
    return Role{q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toInt()};
}
const std::vector<MemberTable<Role>>& RowTable<Role>::members()
{
    static const std::vector<MemberTable<Role>> none;
    return none;
}
FolderLink RowTable<Role>::folderLink() { return FolderLink::None; }
Id RowTable<Role>::folderOf(const Role&) { return 0; }
QString RowTable<Role>::describe(const Role& r) { return Tr::tr("role '%1'").arg(r.name); }
const QString& RowTable<Role>::auditKind()
{
    static const QString name = QStringLiteral("role");
    return name;
}
QJsonObject RowTable<Role>::auditJson(const Role& r, const AuditNames&)
{
    return {{QStringLiteral("role"), r.name}, {QStringLiteral("id"), idText(r.id)}};
}
Role RowTable<Role>::fromAudit(const QJsonObject& object) { return Role{idIn(object), {}, 0}; }

// Global permission assignments

const QString& RowTable<GlobalAssignment>::table()
{
    static const QString name = QStringLiteral("global_permissions");
    return name;
}
const QString& RowTable<GlobalAssignment>::keyColumn()
{
    static const QString name = QStringLiteral("key");
    return name;
}
const QStringList& RowTable<GlobalAssignment>::columns()
{
    static const QStringList names = QStringList();
    return names;
}
RowTable<GlobalAssignment>::Key RowTable<GlobalAssignment>::keyOf(const GlobalAssignment& g) { return g.key; }
QVariantList RowTable<GlobalAssignment>::values(const GlobalAssignment&, const Catalog&) { return {}; }
GlobalAssignment RowTable<GlobalAssignment>::read(const QSqlQuery& q, const Catalog&)
{
    return GlobalAssignment{q.value(0).toString(), {}, q.value(1).toInt()};
}
const std::vector<MemberTable<GlobalAssignment>>& RowTable<GlobalAssignment>::members()
{
    static const std::vector<MemberTable<GlobalAssignment>> tables
        = {{QStringLiteral("global_roles"), QStringLiteral("key"), QStringLiteral("role_id"), &GlobalAssignment::roles,
            true}};
    return tables;
}
FolderLink RowTable<GlobalAssignment>::folderLink() { return FolderLink::None; }
Id RowTable<GlobalAssignment>::folderOf(const GlobalAssignment&) { return 0; }
QString RowTable<GlobalAssignment>::describe(const GlobalAssignment& g)
{
    return Tr::tr("global permission '%1'").arg(g.key);
}
const QString& RowTable<GlobalAssignment>::auditKind()
{
    static const QString name = QStringLiteral("globalPermission");
    return name;
}
QJsonObject RowTable<GlobalAssignment>::auditJson(const GlobalAssignment& g, const AuditNames& names)
{
    return {{QStringLiteral("globalPermission"), g.key}, {QStringLiteral("roles"), names.roles(g.roles)}};
}
GlobalAssignment RowTable<GlobalAssignment>::fromAudit(const QJsonObject& object)
{
    return GlobalAssignment{object.value(auditKind()).toString(), {}, 0};
}

// Connection types

const QString& RowTable<ConnectionType>::table()
{
    static const QString name = QStringLiteral("connection_types");
    return name;
}
const QString& RowTable<ConnectionType>::keyColumn()
{
    static const QString name = QStringLiteral("name");
    return name;
}
const QStringList& RowTable<ConnectionType>::columns()
{
    static const QStringList names = list({"title", "fields", "check_url", "released", "grants"});
    return names;
}
RowTable<ConnectionType>::Key RowTable<ConnectionType>::keyOf(const ConnectionType& t) { return t.name; }
QVariantList RowTable<ConnectionType>::values(const ConnectionType& t, const Catalog&)
{
    return {t.title, jsonText(t.fields), t.checkUrl, int(t.released), idsJson(t.grants)};
}
ConnectionType RowTable<ConnectionType>::read(const QSqlQuery& q, const Catalog&)
{
    ConnectionType t;
    t.name = q.value(0).toString();
    t.title = q.value(1).toString();
    t.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
    t.checkUrl = q.value(3).toString();
    t.released = q.value(4).toInt() != 0;
    t.grants = idsFromJson(q.value(5).toString());
    t.version = q.value(6).toInt();
    return t;
}
const std::vector<MemberTable<ConnectionType>>& RowTable<ConnectionType>::members()
{
    static const std::vector<MemberTable<ConnectionType>> none;
    return none;
}
FolderLink RowTable<ConnectionType>::folderLink() { return FolderLink::None; }
Id RowTable<ConnectionType>::folderOf(const ConnectionType&) { return 0; }
QString RowTable<ConnectionType>::describe(const ConnectionType& t)
{
    return Tr::tr("connection type '%1'").arg(t.name);
}
const QString& RowTable<ConnectionType>::auditKind()
{
    static const QString name = QStringLiteral("connectionType");
    return name;
}
QJsonObject RowTable<ConnectionType>::auditJson(const ConnectionType& t, const AuditNames& names)
{
    const Directory& d = names.directory();
    QStringList grants;
    for (Id id : t.grants)
        grants.append(d.folder(id) ? d.path(id) : idText(id));
    return {{QStringLiteral("connectionType"), t.name},
            {QStringLiteral("released"), t.released},
            {QStringLiteral("grants"), sortedNames(grants)}};
}
ConnectionType RowTable<ConnectionType>::fromAudit(const QJsonObject& object)
{
    return ConnectionType{object.value(auditKind()).toString(), {}, {}, {}, false, {}, 0};
}

// Connections

const QString& RowTable<Connection>::table()
{
    static const QString name = QStringLiteral("connections");
    return name;
}
const QString& RowTable<Connection>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<Connection>::columns()
{
    static const QStringList names = list({"folder_id", "type", "title", "title_key", "properties", "secrets",
                                           "default_level", "access", "allowed_templates"});
    return names;
}
RowTable<Connection>::Key RowTable<Connection>::keyOf(const Connection& c) { return c.id; }
QVariantList RowTable<Connection>::values(const Connection& c, const Catalog&)
{
    const QString allowed = c.allTemplates ? QStringLiteral("all") : idsJson(c.allowedTemplates);
    return {nullableId(c.folderId),
            c.type,
            c.title,
            Names::key(c.title),
            jsonText(c.properties),
            secretsJson(c.secrets),
            levelKey(c.defaultLevel),
            accessJson(c.access),
            allowed};
}
Connection RowTable<Connection>::read(const QSqlQuery& q, const Catalog&)
{
    Connection c;
    c.id = q.value(0).toLongLong();
    c.folderId = idOrZero(q.value(1));
    c.type = q.value(2).toString();
    c.title = q.value(3).toString();
    c.properties = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    c.secrets = secretsFromJson(q.value(6).toString());
    parseLevel(q.value(7).toString(), &c.defaultLevel);
    c.access = accessFromJson(q.value(8).toString());
    c.allTemplates = q.value(9).toString() == QLatin1String("all");
    if (!c.allTemplates)
        c.allowedTemplates = idsFromJson(q.value(9).toString());
    c.version = q.value(10).toInt();
    return c;
}
const std::vector<MemberTable<Connection>>& RowTable<Connection>::members()
{
    static const std::vector<MemberTable<Connection>> none;
    return none;
}
FolderLink RowTable<Connection>::folderLink() { return FolderLink::Optional; }
Id RowTable<Connection>::folderOf(const Connection& c) { return c.folderId; }
QString RowTable<Connection>::describe(const Connection& c) { return Tr::tr("connection '%1'").arg(c.title); }
const QString& RowTable<Connection>::auditKind()
{
    static const QString name = QStringLiteral("connection");
    return name;
}
QJsonObject RowTable<Connection>::auditJson(const Connection& c, const AuditNames& names)
{
    // Secrets are named, never shown: the log says which are set.
    QStringList secrets = c.secrets.keys();
    secrets.sort();
    QJsonArray access;
    for (const AccessEntry& entry : c.access) {
        const QString who = entry.kind == AccessEntry::Kind::User ? names.user(entry.principal)
            : entry.kind == AccessEntry::Kind::Role ? QStringLiteral("role:") + names.role(entry.principal)
                                                    : QStringLiteral("team:") + idText(entry.principal);
        access.append(QStringLiteral("%1=%2").arg(who, levelKey(entry.level)));
    }
    return {{QStringLiteral("connection"), c.title},
            {QStringLiteral("id"), idText(c.id)},
            {QStringLiteral("folder"), idText(c.folderId)},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("properties"), c.properties},
            {QStringLiteral("secretsSet"), QJsonArray::fromStringList(secrets)},
            {QStringLiteral("defaultLevel"), levelKey(c.defaultLevel)},
            {QStringLiteral("access"), access},
            {QStringLiteral("allowedTemplates"),
             c.allTemplates ? QJsonValue(QStringLiteral("all")) : QJsonValue(qint64(c.allowedTemplates.size()))}};
}
Connection RowTable<Connection>::fromAudit(const QJsonObject& object)
{
    Connection c;
    c.id = idIn(object);
    return c;
}

// Release templates

const QString& RowTable<Template>::table()
{
    static const QString name = QStringLiteral("templates");
    return name;
}
const QString& RowTable<Template>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<Template>::columns()
{
    static const QStringList names = list({"folder_id", "name", "name_key", "uses"});
    return names;
}
RowTable<Template>::Key RowTable<Template>::keyOf(const Template& t) { return t.id; }
QVariantList RowTable<Template>::values(const Template& t, const Catalog&)
{
    return {t.folderId, t.name, Names::key(t.name), idsJson(t.uses)};
}
Template RowTable<Template>::read(const QSqlQuery& q, const Catalog&)
{
    return Template{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    idsFromJson(q.value(4).toString()), q.value(5).toInt()};
}
const std::vector<MemberTable<Template>>& RowTable<Template>::members()
{
    static const std::vector<MemberTable<Template>> none;
    return none;
}
FolderLink RowTable<Template>::folderLink() { return FolderLink::Required; }
Id RowTable<Template>::folderOf(const Template& t) { return t.folderId; }
QString RowTable<Template>::describe(const Template& t) { return Tr::tr("template '%1'").arg(t.name); }
const QString& RowTable<Template>::auditKind()
{
    static const QString name = QStringLiteral("template");
    return name;
}
QJsonObject RowTable<Template>::auditJson(const Template& t, const AuditNames&)
{
    return {{QStringLiteral("template"), t.name},
            {QStringLiteral("id"), idText(t.id)},
            {QStringLiteral("folder"), idText(t.folderId)},
            {QStringLiteral("uses"), qint64(t.uses.size())}};
}
Template RowTable<Template>::fromAudit(const QJsonObject& object) { return Template{idIn(object), 0, {}, {}, 0}; }

// Expectations: the subjects are JSON ({"users": [ids], "roles": [ids]}), read and written whole.

const QString& RowTable<Expectation>::table()
{
    static const QString name = QStringLiteral("expectations");
    return name;
}
const QString& RowTable<Expectation>::keyColumn()
{
    static const QString name = QStringLiteral("id");
    return name;
}
const QStringList& RowTable<Expectation>::columns()
{
    static const QStringList names = list({"name", "name_key", "kind", "subjects", "permission", "folder_id", "note"});
    return names;
}
RowTable<Expectation>::Key RowTable<Expectation>::keyOf(const Expectation& e) { return e.id; }
QVariantList RowTable<Expectation>::values(const Expectation& e, const Catalog&)
{
    const QJsonObject subjects{{QStringLiteral("users"), QJsonDocument::fromJson(idsJson(e.users).toUtf8()).array()},
                               {QStringLiteral("roles"), QJsonDocument::fromJson(idsJson(e.roles).toUtf8()).array()}};
    return {e.name,       Names::key(e.name),     kindKey(e.kind), jsonText(subjects),
            e.permission, nullableId(e.folderId), e.note};
}
Expectation RowTable<Expectation>::read(const QSqlQuery& q, const Catalog&)
{
    Expectation e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    parseKind(q.value(3).toString(), &e.kind);
    const QJsonObject subjects = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    for (const QJsonValue& id : subjects.value(QStringLiteral("users")).toArray())
        e.users.insert(id.toString().toLongLong());
    for (const QJsonValue& id : subjects.value(QStringLiteral("roles")).toArray())
        e.roles.insert(id.toString().toLongLong());
    e.permission = q.value(5).toString();
    e.folderId = idOrZero(q.value(6));
    e.note = q.value(7).toString();
    e.version = q.value(8).toInt();
    return e;
}
const std::vector<MemberTable<Expectation>>& RowTable<Expectation>::members()
{
    static const std::vector<MemberTable<Expectation>> none;
    return none;
}
FolderLink RowTable<Expectation>::folderLink() { return FolderLink::Optional; }
Id RowTable<Expectation>::folderOf(const Expectation& e) { return e.folderId; }
QString RowTable<Expectation>::describe(const Expectation& e) { return Tr::tr("expectation '%1'").arg(e.name); }
const QString& RowTable<Expectation>::auditKind()
{
    static const QString name = QStringLiteral("expectation");
    return name;
}
QJsonObject RowTable<Expectation>::auditJson(const Expectation& e, const AuditNames& names)
{
    QStringList subjects;
    for (Id id : e.users)
        subjects.append(names.user(id));
    for (Id id : e.roles)
        subjects.append(QStringLiteral("role:") + names.role(id));
    const Directory& d = names.directory();
    return {
        {QStringLiteral("expectation"), e.name},
        {QStringLiteral("id"), idText(e.id)},
        {QStringLiteral("kind"), kindKey(e.kind)},
        {QStringLiteral("subjects"), sortedNames(subjects)},
        {QStringLiteral("permission"), e.permission},
        {QStringLiteral("folder"),
         e.folderId == 0 ? QJsonValue() : QJsonValue(d.folder(e.folderId) ? d.path(e.folderId) : idText(e.folderId))},
        {QStringLiteral("note"), e.note}};
}
Expectation RowTable<Expectation>::fromAudit(const QJsonObject& object)
{
    Expectation e;
    e.id = idIn(object);
    return e;
}

} // namespace warden
