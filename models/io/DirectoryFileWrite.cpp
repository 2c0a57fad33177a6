// Writing a directory file in a stable order.
#include "DirectoryFile.h"

#include "models/domain/BuiltinCatalog.h"
#include "FileAccess.h"
#include "models/domain/ConnectionTypes.h"

#include "models/access/AccessQuery.h"
#include "models/access/Expectations.h"
#include "models/domain/Names.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace warden {

namespace {

QJsonArray sortedArray(QStringList values)
{
    std::sort(values.begin(), values.end(), [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return QJsonArray::fromStringList(values);
}

QJsonArray roleNames(const Directory& d, const IdSet& ids)
{
    QStringList names;
    for (Id id : ids)
        names.append(d.role(id)->name);
    return sortedArray(names);
}

QJsonArray writeExpectations(const Directory& d)
{
    QJsonArray array;
    for (const Expectation* e : ExpectationCheck::byName(d)) {
        QStringList users, roles;
        for (Id id : e->users)
            users.append(d.user(id)->username);
        for (Id id : e->roles)
            roles.append(QStringLiteral("role:") + d.role(id)->name);
        QJsonArray subjects = sortedArray(users);
        for (const QJsonValue& role : sortedArray(roles))
            subjects.append(role);
        array.append(
            QJsonObject{{QStringLiteral("name"), e->name},
                        {QStringLiteral("kind"), kindKey(e->kind)},
                        {QStringLiteral("subjects"), subjects},
                        {QStringLiteral("permission"), e->permission},
                        {QStringLiteral("folder"), e->folderId ? QJsonValue(d.path(e->folderId)) : QJsonValue()},
                        {QStringLiteral("note"), e->note}});
    }
    return array;
}

// Secrets are written sealed, never in clear: only a store with the same key can open them.
QJsonArray writeConnections(const Directory& d, Id folderId)
{
    QList<const Connection*> connections;
    for (Id id : d.connectionsOn(folderId))
        connections.append(d.connection(id));
    std::sort(connections.begin(), connections.end(),
              [](const Connection* a, const Connection* b) { return Names::key(a->title) < Names::key(b->title); });
    QJsonArray array;
    for (const Connection* c : std::as_const(connections)) {
        QJsonObject secrets;
        for (auto it = c->secrets.cbegin(); it != c->secrets.cend(); ++it)
            secrets.insert(it.key(), it.value());
        QJsonArray access;
        for (const AccessEntry& entry : c->access) {
            QJsonObject object{{QStringLiteral("level"), levelKey(entry.level)}};
            if (entry.kind == AccessEntry::Kind::User)
                object.insert(QStringLiteral("user"), d.user(entry.principal)->username);
            else if (entry.kind == AccessEntry::Kind::Role)
                object.insert(QStringLiteral("role"), d.role(entry.principal)->name);
            else
                object.insert(QStringLiteral("team"),
                              QString(d.path(d.team(entry.principal)->folderId) + QLatin1Char(':')
                                      + d.team(entry.principal)->name));
            access.append(object);
        }
        QJsonValue allowed = QStringLiteral("all");
        if (!c->allTemplates) {
            QStringList names;
            for (Id id : c->allowedTemplates)
                names.append(d.path(d.releaseTemplate(id)->folderId) + QLatin1Char(':') + d.releaseTemplate(id)->name);
            allowed = sortedArray(names);
        }
        array.append(QJsonObject{{QStringLiteral("type"), c->type},
                                 {QStringLiteral("title"), c->title},
                                 {QStringLiteral("properties"), c->properties},
                                 {QStringLiteral("secrets"), secrets},
                                 {QStringLiteral("defaultLevel"), levelKey(c->defaultLevel)},
                                 {QStringLiteral("access"), access},
                                 {QStringLiteral("allowedTemplates"), allowed}});
    }
    return array;
}

QJsonArray writeTemplates(const Directory& d, Id folderId)
{
    QList<const Template*> templates;
    for (Id id : d.templatesOn(folderId))
        templates.append(d.releaseTemplate(id));
    std::sort(templates.begin(), templates.end(),
              [](const Template* a, const Template* b) { return Names::key(a->name) < Names::key(b->name); });
    QJsonArray array;
    for (const Template* t : std::as_const(templates)) {
        QStringList uses;
        for (Id id : t->uses)
            uses.append(d.connection(id)->title);
        array.append(QJsonObject{{QStringLiteral("name"), t->name}, {QStringLiteral("uses"), sortedArray(uses)}});
    }
    return array;
}

QJsonObject writeFolder(const Directory& d, const Catalog& c, Id id)
{
    const Folder& folder = *d.folder(id);
    QJsonObject object{{QStringLiteral("name"), folder.name}};
    if (folder.parentId != 0)
        object.insert(QStringLiteral("inherit"), folder.inherit);
    if (!folder.inherit || folder.parentId == 0) {
        QList<const Team*> teams;
        for (Id teamId : d.teamsOn(id))
            teams.append(d.team(teamId));
        std::sort(teams.begin(), teams.end(),
                  [](const Team* a, const Team* b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
        QJsonArray teamArray;
        for (const Team* team : teams) {
            QStringList users;
            for (Id userId : team->users)
                users.append(d.user(userId)->username);
            teamArray.append(QJsonObject{
                {QStringLiteral("name"), team->name},
                {QStringLiteral("users"), sortedArray(users)},
                {QStringLiteral("roles"), roleNames(d, team->roles)},
                {QStringLiteral("permissions"), QJsonArray::fromStringList(c.folderKeys(team->permissions))}});
        }
        object.insert(QStringLiteral("teams"), teamArray);
    }
    if (!d.connectionsOn(id).isEmpty())
        object.insert(QStringLiteral("connections"), writeConnections(d, id));
    if (!d.templatesOn(id).isEmpty())
        object.insert(QStringLiteral("templates"), writeTemplates(d, id));
    QJsonArray children;
    for (Id child : d.sortedChildren(id))
        children.append(writeFolder(d, c, child));
    object.insert(QStringLiteral("children"), children);
    return object;
}

} // namespace

QJsonObject DirectoryFile::write(const Directory& d, const Catalog& c)
{
    QList<const Role*> roles;
    for (const Role& role : d.roles())
        roles.append(&role);
    std::sort(roles.begin(), roles.end(),
              [](const Role* a, const Role* b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    QJsonArray roleArray;
    for (const Role* role : roles)
        roleArray.append(QJsonObject{{QStringLiteral("name"), role->name}});

    QList<const User*> users;
    for (const User& user : d.users())
        users.append(&user);
    std::sort(users.begin(), users.end(),
              [](const User* a, const User* b) { return Names::key(a->username) < Names::key(b->username); });
    QJsonArray userArray;
    for (const User* user : users) {
        userArray.append(QJsonObject{{QStringLiteral("username"), user->username},
                                     {QStringLiteral("fullName"), user->fullName},
                                     {QStringLiteral("email"), user->email},
                                     {QStringLiteral("status"), statusKey(user->status)},
                                     {QStringLiteral("roles"), roleNames(d, user->roles)}});
    }

    QJsonObject globals;
    for (int i = 0; i < c.globalCount(); ++i)
        globals.insert(c.global(i).key, roleNames(d, d.global(c.global(i).key).roles));

    QJsonArray folders;
    for (Id id : d.sortedChildren(0))
        folders.append(writeFolder(d, c, id));

    QList<const ConnectionType*> types;
    for (const ConnectionType& type : d.connectionTypes())
        types.append(&type);
    std::sort(types.begin(), types.end(),
              [](const ConnectionType* a, const ConnectionType* b) { return a->name < b->name; });
    QJsonArray typeArray;
    for (const ConnectionType* type : std::as_const(types)) {
        QJsonObject object = connectionTypeJson(*type);
        object.insert(QStringLiteral("availability"),
                      type->released ? QStringLiteral("released") : QStringLiteral("restricted"));
        QStringList grants;
        for (Id id : type->grants)
            grants.append(d.path(id));
        object.insert(QStringLiteral("grants"), sortedArray(grants));
        typeArray.append(object);
    }

    QJsonObject tree{{QStringLiteral("version"), 1},
                     {QStringLiteral("roles"), roleArray},
                     {QStringLiteral("users"), userArray},
                     {QStringLiteral("globalPermissions"), globals},
                     {QStringLiteral("connectionTypes"), typeArray},
                     {QStringLiteral("connections"), writeConnections(d, 0)},
                     {QStringLiteral("folders"), folders}};
    // A directory without expectations is written as before they existed.
    if (!d.expectations().isEmpty())
        tree.insert(QStringLiteral("expectations"), writeExpectations(d));
    return tree;
}

} // namespace warden
