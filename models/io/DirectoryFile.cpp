// Reading a directory file: the tree into a Directory, every error naming its path.
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

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryFile)

public:
    explicit Reader(const Catalog& catalog) : m_catalog(catalog) { }

    Result<Directory> read(const QJsonValue& tree)
    {
        readRoot(tree);
        if (m_error)
            return *m_error;
        AccessQuery access(m_directory, m_catalog);
        if (access.activeAdmins().isEmpty())
            return refused(tr("the file leaves no active user holding Admin (globalPermissions.admin)"));
        return m_directory;
    }

private:
    bool fail(const QString& path, const QString& message)
    {
        if (m_error)
            return false;
        const QString place = placeOf(path);
        const QString where = place.isEmpty() ? path : QStringLiteral("%1 (%2)").arg(path, place);
        m_error = invalid(where.isEmpty() ? message : where + QLatin1String(": ") + message);
        return false;
    }

    // What the nearest enclosing folder, team or connection of a place in the file is, in words a
    // person finds in a large file: "Apps/Web", "Apps, team Developers".
    QString placeOf(QString path) const
    {
        while (!path.isEmpty()) {
            const auto it = m_places.constFind(path);
            if (it != m_places.cend())
                return label(*it);
            const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
            if (cut <= 0)
                break;
            path.truncate(cut);
        }
        return {};
    }

    // A place is put into words only when an error names it: a large file has many places, few errors.
    struct Place
    {
        enum class Kind
        {
            Folder, // folderId: its parent
            Team,
            Connection, // folderId 0: a global one
        };
        Kind kind = Kind::Folder;
        Id folderId = 0;
        QString name;
    };
    QString label(const Place& place) const
    {
        const QString folder = place.folderId ? m_directory.path(place.folderId) : QString();
        switch (place.kind) {
        case Place::Kind::Folder:
            return place.folderId ? folder + QLatin1Char('/') + place.name : place.name;
        case Place::Kind::Team:
            return tr("%1, team %2").arg(folder, place.name);
        case Place::Kind::Connection:
            return place.folderId ? tr("%1, connection %2").arg(folder, place.name)
                                  : tr("connection %1").arg(place.name);
        }
        return {};
    }

    static QString at(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString& path, qsizetype index) { return path + QStringLiteral("[%1]").arg(index); }

    bool object(const QJsonValue& value, const QString& path, const QStringList& allowed, QJsonObject* out)
    {
        if (!value.isObject())
            return fail(path, tr("expected an object"));
        *out = value.toObject();
        for (auto it = out->begin(); it != out->end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(at(path, it.key()), tr("unknown key"));
        }
        return true;
    }

    bool array(const QJsonObject& object, const QString& key, const QString& path, QJsonArray* out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            *out = {};
            return true;
        }
        if (!value.isArray())
            return fail(at(path, key), tr("expected a list"));
        *out = value.toArray();
        return true;
    }

    bool string(const QJsonObject& object, const QString& key, const QString& path, bool required, QString* out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(at(path, key), tr("is missing"));
            *out = QString();
            return true;
        }
        if (!value.isString())
            return fail(at(path, key), tr("expected a string"));
        *out = value.toString();
        return true;
    }

    bool strings(const QJsonObject& object, const QString& key, const QString& path, QStringList* out)
    {
        QJsonArray list;
        if (!array(object, key, path, &list))
            return false;
        out->clear();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString())
                return fail(at(at(path, key), i), tr("expected a string"));
            out->append(list[i].toString());
        }
        return true;
    }

    void readRoot(const QJsonValue& tree)
    {
        QJsonObject root;
        if (!object(tree, {},
                    {QStringLiteral("version"), QStringLiteral("roles"), QStringLiteral("users"),
                     QStringLiteral("globalPermissions"), QStringLiteral("connectionTypes"),
                     QStringLiteral("connections"), QStringLiteral("folders"), QStringLiteral("expectations")},
                    &root))
            return;
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != 1) {
            fail(QStringLiteral("version"), tr("must be 1"));
            return;
        }
        readRoles(root) && readUsers(root) && readGlobals(root) && readFolders(root, QStringLiteral("folders"), {}, 0)
            && readConnectionTypes(root) && readConnections(root, QStringLiteral("connections"), {}, 0) && readPending()
            && readExpectations(root);
    }

    bool readRoles(const QJsonObject& root)
    {
        QJsonArray list;
        if (!array(root, QStringLiteral("roles"), {}, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("roles"), i);
            QJsonObject object;
            QString name;
            if (!this->object(list[i], path, {QStringLiteral("name")}, &object)
                || !string(object, QStringLiteral("name"), path, true, &name))
                return false;
            const QString problem = Names::checkRoleName(name);
            if (!problem.isEmpty())
                return fail(at(path, QStringLiteral("name")), problem);
            if (m_directory.roleNamed(name))
                return fail(at(path, QStringLiteral("name")), tr("duplicate role '%1'").arg(Names::echo(name)));
            if (const QString like = m_roleLooks.resembled(name); !like.isEmpty())
                return fail(at(path, QStringLiteral("name")),
                            tr("'%1' looks like the role '%2'").arg(Names::echo(name), Names::echo(like)));
            m_roleLooks.add(name);
            m_directory.load(Role{Directory::newId(), name, 1});
        }
        return true;
    }

    bool readUsers(const QJsonObject& root)
    {
        QJsonArray list;
        if (!array(root, QStringLiteral("users"), {}, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("users"), i);
            QJsonObject object;
            User user;
            QString status;
            QStringList roles;
            if (!this->object(list[i], path,
                              {QStringLiteral("username"), QStringLiteral("fullName"), QStringLiteral("email"),
                               QStringLiteral("status"), QStringLiteral("roles")},
                              &object)
                || !string(object, QStringLiteral("username"), path, true, &user.username)
                || !string(object, QStringLiteral("fullName"), path, false, &user.fullName)
                || !string(object, QStringLiteral("email"), path, false, &user.email)
                || !string(object, QStringLiteral("status"), path, false, &status)
                || !strings(object, QStringLiteral("roles"), path, &roles))
                return false;
            QString problem = Names::checkUsername(user.username);
            if (!problem.isEmpty())
                return fail(at(path, QStringLiteral("username")), problem);
            problem = Names::checkEmail(user.email);
            if (!problem.isEmpty())
                return fail(at(path, QStringLiteral("email")), problem);
            problem = Names::checkFullName(user.fullName);
            if (!problem.isEmpty())
                return fail(at(path, QStringLiteral("fullName")), problem);
            if (m_directory.userNamed(user.username))
                return fail(at(path, QStringLiteral("username")),
                            tr("duplicate user '%1'").arg(Names::echo(user.username)));
            if (const QString like = m_userLooks.resembled(user.username); !like.isEmpty())
                return fail(at(path, QStringLiteral("username")),
                            tr("'%1' looks like the user '%2'").arg(Names::echo(user.username), Names::echo(like)));
            m_userLooks.add(user.username);
            if (!user.email.isEmpty() && m_directory.userNamed(user.email))
                return fail(at(path, QStringLiteral("email")),
                            tr("duplicate email address '%1'").arg(Names::echo(user.email)));
            if (!status.isEmpty() && !parseStatus(status, &user.status))
                return fail(at(path, QStringLiteral("status")),
                            tr("'%1' is not one of invited, active, disabled").arg(Names::echo(status)));
            for (qsizetype r = 0; r < roles.size(); ++r) {
                const Role* role = m_directory.roleNamed(roles[r]);
                if (!role)
                    return fail(at(at(path, QStringLiteral("roles")), r),
                                tr("unknown role '%1'").arg(Names::echo(roles[r])));
                user.roles.insert(role->id);
            }
            user.id = Directory::newId();
            user.version = 1;
            m_directory.load(user);
        }
        return true;
    }

    bool readGlobals(const QJsonObject& root)
    {
        const QString path = QStringLiteral("globalPermissions");
        const QJsonValue value = root.value(path);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(path, tr("expected an object"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString keyPath = at(path, it.key());
            if (m_catalog.globalIndex(it.key()) < 0)
                return fail(keyPath, tr("unknown global permission"));
            QStringList roles;
            if (!strings(object, it.key(), path, &roles))
                return false;
            GlobalAssignment assignment{it.key(), {}, 1};
            for (qsizetype r = 0; r < roles.size(); ++r) {
                const Role* role = m_directory.roleNamed(roles[r]);
                if (!role)
                    return fail(at(keyPath, r), tr("unknown role '%1'").arg(Names::echo(roles[r])));
                assignment.roles.insert(role->id);
            }
            m_directory.load(assignment);
        }
        return true;
    }

    bool readFolders(const QJsonObject& parent, const QString& key, const QString& parentPath, Id parentId)
    {
        QJsonArray list;
        if (!array(parent, key, parentPath, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!readFolder(list[i], at(at(parentPath, key), i), parentId))
                return false;
        }
        return true;
    }

    bool readFolder(const QJsonValue& value, const QString& path, Id parentId)
    {
        // Named by its path from the start, so that even its first error says which folder it is.
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && Names::checkFolderName(name).isEmpty())
            m_places.insert(path, Place{Place::Kind::Folder, parentId, name});
        QJsonObject object;
        Folder folder;
        if (!this->object(value, path,
                          {QStringLiteral("name"), QStringLiteral("inherit"), QStringLiteral("teams"),
                           QStringLiteral("connections"), QStringLiteral("templates"), QStringLiteral("children")},
                          &object)
            || !string(object, QStringLiteral("name"), path, true, &folder.name))
            return false;
        const QString problem = Names::checkFolderName(folder.name);
        if (!problem.isEmpty())
            return fail(at(path, QStringLiteral("name")), problem);
        if (m_directory.childNamed(parentId, folder.name) != 0)
            return fail(at(path, QStringLiteral("name")),
                        tr("duplicate folder name '%1'").arg(Names::echo(folder.name)));
        Lookalikes& siblings = m_folderLooks[parentId];
        if (const QString like = siblings.resembled(folder.name); !like.isEmpty())
            return fail(
                at(path, QStringLiteral("name")),
                tr("'%1' looks like the folder '%2' beside it").arg(Names::echo(folder.name), Names::echo(like)));
        siblings.add(folder.name);
        const QJsonValue inherit = object.value(QStringLiteral("inherit"));
        if (!inherit.isUndefined() && !inherit.isNull() && !inherit.isBool())
            return fail(at(path, QStringLiteral("inherit")), tr("expected true or false"));
        if (parentId == 0 && inherit.toBool(false))
            return fail(at(path, QStringLiteral("inherit")), tr("a top-level folder cannot inherit"));
        folder.inherit = parentId != 0 && inherit.toBool(true);
        folder.id = Directory::newId();
        folder.parentId = parentId;
        folder.version = 1;
        m_directory.load(folder);
        if (!readTeams(object, path, folder))
            return false;
        // Connections and templates name types, teams and each other: read once every folder is.
        if (object.contains(QStringLiteral("connections")))
            m_folderConnections.append({object, path, folder.id});
        if (object.contains(QStringLiteral("templates")))
            m_folderTemplates.append({object, path, folder.id});
        return readFolders(object, QStringLiteral("children"), path, folder.id);
    }

    bool readTeams(const QJsonObject& folderObject, const QString& folderPath, const Folder& folder)
    {
        QJsonArray list;
        if (!array(folderObject, QStringLiteral("teams"), folderPath, &list))
            return false;
        if (folder.inherit && !list.isEmpty())
            return fail(at(folderPath, QStringLiteral("teams")),
                        tr("an inheriting folder cannot have teams of its own (set \"inherit\": false)"));
        QSet<QString> kinds;
        for (qsizetype i = 0; i < list.size(); ++i) {
            Team team;
            if (!readTeam(list[i], at(at(folderPath, QStringLiteral("teams")), i), folder.id, &team))
                return false;
            kinds.insert(team.systemKind);
            m_directory.load(team);
        }
        if (folder.inherit)
            return true;
        for (const SystemTeamInfo& info : m_catalog.systemTeams()) {
            if (kinds.contains(info.kind))
                continue;
            Team team;
            team.id = Directory::newId();
            team.folderId = folder.id;
            team.name = info.name;
            team.systemKind = info.kind;
            team.permissions = info.defaults;
            team.version = 1;
            m_directory.load(team);
        }
        return true;
    }

    bool readTeam(const QJsonValue& value, const QString& path, Id folderId, Team* team)
    {
        QJsonObject object;
        QStringList users, roles, permissions;
        if (!this->object(value, path,
                          {QStringLiteral("name"), QStringLiteral("users"), QStringLiteral("roles"),
                           QStringLiteral("permissions")},
                          &object)
            || !string(object, QStringLiteral("name"), path, true, &team->name)
            || !strings(object, QStringLiteral("users"), path, &users)
            || !strings(object, QStringLiteral("roles"), path, &roles)
            || !strings(object, QStringLiteral("permissions"), path, &permissions))
            return false;
        const QString problem = Names::checkTeamName(team->name);
        if (!problem.isEmpty())
            return fail(at(path, QStringLiteral("name")), problem);
        if (m_directory.teamNamed(folderId, team->name))
            return fail(at(path, QStringLiteral("name")), tr("duplicate team name '%1'").arg(Names::echo(team->name)));
        Lookalikes& teams = m_teamLooks[folderId];
        if (const QString like = teams.resembled(team->name); !like.isEmpty())
            return fail(
                at(path, QStringLiteral("name")),
                tr("'%1' looks like the team '%2' on the same folder").arg(Names::echo(team->name), Names::echo(like)));
        teams.add(team->name);
        m_places.insert(path, Place{Place::Kind::Team, folderId, team->name});
        if (const SystemTeamInfo* info = m_catalog.systemTeamNamed(team->name)) {
            team->systemKind = info->kind;
            team->name = info->name;
        }
        for (qsizetype u = 0; u < users.size(); ++u) {
            const User* user = m_directory.userNamed(users[u]);
            if (!user)
                return fail(at(at(path, QStringLiteral("users")), u),
                            tr("unknown user '%1'").arg(Names::echo(users[u])));
            team->users.insert(user->id);
        }
        for (qsizetype r = 0; r < roles.size(); ++r) {
            const Role* role = m_directory.roleNamed(roles[r]);
            if (!role)
                return fail(at(at(path, QStringLiteral("roles")), r),
                            tr("unknown role '%1'").arg(Names::echo(roles[r])));
            team->roles.insert(role->id);
        }
        for (qsizetype p = 0; p < permissions.size(); ++p) {
            const int index = m_catalog.folderIndex(permissions[p]);
            if (index < 0)
                return fail(at(at(path, QStringLiteral("permissions")), p),
                            tr("unknown folder permission '%1'").arg(Names::echo(permissions[p])));
            team->permissions.set(index);
        }
        team->id = Directory::newId();
        team->folderId = folderId;
        team->version = 1;
        return true;
    }

    bool readConnectionTypes(const QJsonObject& root)
    {
        QJsonArray list;
        if (!array(root, QStringLiteral("connectionTypes"), {}, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("connectionTypes"), i);
            QJsonObject object;
            QString availability;
            QStringList grants;
            if (!this->object(list[i], path,
                              {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("availability"),
                               QStringLiteral("grants"), QStringLiteral("checkUrl"), QStringLiteral("fields")},
                              &object)
                || !string(object, QStringLiteral("availability"), path, false, &availability)
                || !strings(object, QStringLiteral("grants"), path, &grants))
                return false;
            ConnectionType type = connectionTypeFromJson(object);
            static const QRegularExpression typeName(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
            if (!typeName.match(type.name).hasMatch())
                return fail(at(path, QStringLiteral("name")), tr("a type name is small letters, digits and -"));
            if (m_directory.connectionType(type.name))
                return fail(at(path, QStringLiteral("name")),
                            tr("duplicate connection type '%1'").arg(Names::echo(type.name)));
            if (!object.value(QStringLiteral("fields")).isArray())
                return fail(at(path, QStringLiteral("fields")), tr("expected a list"));
            if (availability.isEmpty() || availability == QLatin1String("released"))
                type.released = true;
            else if (availability != QLatin1String("restricted"))
                return fail(at(path, QStringLiteral("availability")),
                            tr("'%1' is not one of released, restricted").arg(Names::echo(availability)));
            if (type.released && !grants.isEmpty())
                return fail(at(path, QStringLiteral("grants")), tr("a released type has no grants"));
            for (qsizetype g = 0; g < grants.size(); ++g) {
                const Id folder = m_directory.folderByPath(grants[g]);
                if (!folder)
                    return fail(at(at(path, QStringLiteral("grants")), g),
                                tr("unknown folder '%1'").arg(Names::echo(grants[g])));
                type.grants.insert(folder);
            }
            type.version = 1;
            m_directory.load(type);
        }
        // Every store has the built-in types; a file may redefine them.
        for (const ConnectionType& type : builtinConnectionTypes()) {
            if (!m_directory.connectionType(type.name))
                m_directory.load(type);
        }
        return true;
    }

    bool readConnections(const QJsonObject& owner, const QString& key, const QString& ownerPath, Id folderId)
    {
        QJsonArray list;
        if (!array(owner, key, ownerPath, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!readConnection(list[i], at(at(ownerPath, key), i), folderId))
                return false;
        }
        return true;
    }

    bool readConnection(const QJsonValue& value, const QString& path, Id folderId)
    {
        QJsonObject object;
        Connection c;
        QString level;
        if (!this->object(value, path,
                          {QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("properties"),
                           QStringLiteral("secrets"), QStringLiteral("defaultLevel"), QStringLiteral("access"),
                           QStringLiteral("allowedTemplates")},
                          &object)
            || !string(object, QStringLiteral("type"), path, true, &c.type)
            || !string(object, QStringLiteral("title"), path, true, &c.title)
            || !string(object, QStringLiteral("defaultLevel"), path, false, &level))
            return false;
        const ConnectionType* type = m_directory.connectionType(c.type);
        if (!type)
            return fail(at(path, QStringLiteral("type")), tr("unknown connection type '%1'").arg(Names::echo(c.type)));
        auto fields = ConnectionTypes::fields(*type);
        if (!fields)
            return fail(at(path, QStringLiteral("type")), fields.error().message);
        if (QString problem = Names::checkFolderName(c.title); !problem.isEmpty())
            return fail(at(path, QStringLiteral("title")), problem);
        if (m_directory.connectionNamed(folderId, c.title))
            return fail(at(path, QStringLiteral("title")),
                        tr("duplicate connection title '%1'").arg(Names::echo(c.title)));
        m_places.insert(path, Place{Place::Kind::Connection, folderId, c.title});
        const QJsonValue properties = object.value(QStringLiteral("properties"));
        if (!properties.isUndefined() && !properties.isNull() && !properties.isObject())
            return fail(at(path, QStringLiteral("properties")), tr("expected an object"));
        c.properties = properties.toObject();
        const QJsonValue secrets = object.value(QStringLiteral("secrets"));
        if (!secrets.isUndefined() && !secrets.isNull() && !secrets.isObject())
            return fail(at(path, QStringLiteral("secrets")), tr("expected an object"));
        const QJsonObject secretObject = secrets.toObject();
        for (auto it = secretObject.begin(); it != secretObject.end(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty())
                return fail(at(at(path, QStringLiteral("secrets")), it.key()), tr("expected a secret as text"));
            c.secrets.insert(it.key(), it.value().toString());
        }
        const QList<QString> names = c.secrets.keys();
        if (Status s = ConnectionTypes::checkProperties(fields.value(), c.properties,
                                                        QSet<QString>(names.cbegin(), names.cend()));
            s.failed())
            return fail(path, s.error().message);
        if (!level.isEmpty() && !parseLevel(level, &c.defaultLevel))
            return fail(at(path, QStringLiteral("defaultLevel")),
                        tr("'%1' is not one of deny, delete_only, use, manage").arg(Names::echo(level)));
        if (!readAccess(object, path, &c.access))
            return false;
        c.id = Directory::newId();
        c.folderId = folderId;
        c.version = 1;
        m_directory.load(c);
        m_allowed.append(
            {object.value(QStringLiteral("allowedTemplates")), at(path, QStringLiteral("allowedTemplates")), c.id});
        return true;
    }

    bool readAccess(const QJsonObject& object, const QString& path, QList<AccessEntry>* entries)
    {
        QJsonArray list;
        if (!array(object, QStringLiteral("access"), path, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString entryPath = at(at(path, QStringLiteral("access")), i);
            QJsonObject entry;
            QString user, role, team, level;
            if (!this->object(
                    list[i], entryPath,
                    {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("team"), QStringLiteral("level")},
                    &entry)
                || !string(entry, QStringLiteral("user"), entryPath, false, &user)
                || !string(entry, QStringLiteral("role"), entryPath, false, &role)
                || !string(entry, QStringLiteral("team"), entryPath, false, &team)
                || !string(entry, QStringLiteral("level"), entryPath, true, &level))
                return false;
            if (int(!user.isEmpty()) + int(!role.isEmpty()) + int(!team.isEmpty()) != 1)
                return fail(entryPath, tr("an entry names exactly one of user, role or team"));
            AccessEntry e;
            if (!parseLevel(level, &e.level))
                return fail(at(entryPath, QStringLiteral("level")),
                            tr("'%1' is not one of deny, delete_only, use, manage").arg(Names::echo(level)));
            if (!user.isEmpty()) {
                const User* u = m_directory.userNamed(user);
                if (!u)
                    return fail(at(entryPath, QStringLiteral("user")), tr("unknown user '%1'").arg(Names::echo(user)));
                e.kind = AccessEntry::Kind::User;
                e.principal = u->id;
            } else if (!role.isEmpty()) {
                const Role* r = m_directory.roleNamed(role);
                if (!r)
                    return fail(at(entryPath, QStringLiteral("role")), tr("unknown role '%1'").arg(Names::echo(role)));
                e.kind = AccessEntry::Kind::Role;
                e.principal = r->id;
            } else {
                const qsizetype colon = team.lastIndexOf(QLatin1Char(':'));
                const Id folder = colon > 0 ? m_directory.folderByPath(team.left(colon)) : 0;
                const Team* t = folder ? m_directory.teamNamed(folder, team.mid(colon + 1)) : nullptr;
                if (!t)
                    return fail(at(entryPath, QStringLiteral("team")),
                                tr("unknown team '%1' (write FOLDER_PATH:TEAM)").arg(Names::echo(team)));
                e.kind = AccessEntry::Kind::Team;
                e.principal = t->id;
            }
            for (const AccessEntry& other : std::as_const(*entries)) {
                if (other.kind == e.kind && other.principal == e.principal)
                    return fail(entryPath, tr("a second entry for the same user, role or team"));
            }
            entries->append(e);
        }
        return true;
    }

    bool readTemplates(const QJsonObject& folderObject, const QString& folderPath, Id folderId)
    {
        QJsonArray list;
        if (!array(folderObject, QStringLiteral("templates"), folderPath, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(at(folderPath, QStringLiteral("templates")), i);
            QJsonObject object;
            Template t;
            QStringList uses;
            if (!this->object(list[i], path, {QStringLiteral("name"), QStringLiteral("uses")}, &object)
                || !string(object, QStringLiteral("name"), path, true, &t.name)
                || !strings(object, QStringLiteral("uses"), path, &uses))
                return false;
            if (QString problem = Names::checkFolderName(t.name); !problem.isEmpty())
                return fail(at(path, QStringLiteral("name")), problem);
            if (m_directory.templateNamed(folderId, t.name))
                return fail(at(path, QStringLiteral("name")), tr("duplicate template '%1'").arg(Names::echo(t.name)));
            for (qsizetype u = 0; u < uses.size(); ++u) {
                const Connection* c = m_directory.visibleConnectionNamed(folderId, uses[u]);
                if (!c)
                    return fail(at(at(path, QStringLiteral("uses")), u),
                                tr("no connection '%1' is visible from this folder").arg(Names::echo(uses[u])));
                t.uses.insert(c->id);
            }
            t.id = Directory::newId();
            t.folderId = folderId;
            t.version = 1;
            m_directory.load(t);
        }
        return true;
    }

    bool readAllowed(const QJsonValue& value, const QString& path, Id connectionId)
    {
        Connection c = *m_directory.connection(connectionId);
        if (value.isUndefined() || value.isNull() || value == QJsonValue(QStringLiteral("all")))
            return true;
        if (!value.isArray())
            return fail(path, tr("expected \"all\" or a list of FOLDER_PATH:TEMPLATE"));
        c.allTemplates = false;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString name = list[i].toString();
            const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
            const Id folder = colon > 0 ? m_directory.folderByPath(name.left(colon)) : 0;
            const Template* t = folder ? m_directory.templateNamed(folder, name.mid(colon + 1)) : nullptr;
            if (!t)
                return fail(at(path, i),
                            tr("unknown template '%1' (write FOLDER_PATH:TEMPLATE)").arg(Names::echo(name)));
            c.allowedTemplates.insert(t->id);
        }
        m_directory.load(c);
        return true;
    }

    bool readPending()
    {
        for (const Pending& p : std::as_const(m_folderConnections)) {
            if (!readConnections(p.object, QStringLiteral("connections"), p.path, p.folderId))
                return false;
        }
        for (const Pending& p : std::as_const(m_folderTemplates)) {
            if (!readTemplates(p.object, p.path, p.folderId))
                return false;
        }
        for (const Allowed& a : std::as_const(m_allowed)) {
            if (!readAllowed(a.value, a.path, a.connectionId))
                return false;
        }
        return true;
    }

    bool readExpectations(const QJsonObject& root)
    {
        QJsonArray list;
        if (!array(root, QStringLiteral("expectations"), {}, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("expectations"), i);
            QJsonObject object;
            Expectation e;
            QString kind, folder;
            QStringList subjects;
            if (!this->object(list[i], path,
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("subjects"),
                               QStringLiteral("permission"), QStringLiteral("folder"), QStringLiteral("note")},
                              &object)
                || !string(object, QStringLiteral("name"), path, true, &e.name)
                || !string(object, QStringLiteral("kind"), path, true, &kind)
                || !strings(object, QStringLiteral("subjects"), path, &subjects)
                || !string(object, QStringLiteral("permission"), path, true, &e.permission)
                || !string(object, QStringLiteral("folder"), path, false, &folder)
                || !string(object, QStringLiteral("note"), path, false, &e.note))
                return false;
            if (!parseKind(kind, &e.kind))
                return fail(at(path, QStringLiteral("kind")),
                            tr("'%1' is not one of holds, never, only").arg(Names::echo(kind)));
            const QString subjectsPath = at(path, QStringLiteral("subjects"));
            for (qsizetype s = 0; s < subjects.size(); ++s) {
                const QString& subject = subjects[s];
                if (subject.startsWith(QLatin1String("role:"))) {
                    const Role* role = m_directory.roleNamed(subject.mid(5));
                    if (!role)
                        return fail(at(subjectsPath, s), tr("unknown role '%1'").arg(Names::echo(subject.mid(5))));
                    e.roles.insert(role->id);
                } else {
                    const User* user = m_directory.userNamed(subject);
                    if (!user)
                        return fail(at(subjectsPath, s), tr("unknown user '%1'").arg(Names::echo(subject)));
                    e.users.insert(user->id);
                }
            }
            if (!folder.isEmpty()) {
                e.folderId = m_directory.folderByPath(folder);
                if (!e.folderId)
                    return fail(at(path, QStringLiteral("folder")), tr("unknown folder '%1'").arg(Names::echo(folder)));
            }
            e.id = Directory::newId();
            e.version = 1;
            if (Status s = ExpectationCheck::validate(m_directory, m_catalog, e); s.failed())
                return fail(path, s.error().message);
            m_directory.load(e);
        }
        return true;
    }

    struct Pending
    {
        QJsonObject object;
        QString path;
        Id folderId = 0;
    };
    struct Allowed
    {
        QJsonValue value;
        QString path;
        Id connectionId = 0;
    };

    const Catalog& m_catalog;
    Directory m_directory;
    std::optional<Error> m_error;
    QHash<QString, Place> m_places; // "folders[0].children[5]" -> the folder Web under Apps
    // Names read so far, to refuse one that looks like another of its kind (Names::skeleton).
    Lookalikes m_roleLooks;
    Lookalikes m_userLooks;
    QHash<Id, Lookalikes> m_folderLooks; // by parent
    QHash<Id, Lookalikes> m_teamLooks; // by folder
    QList<Pending> m_folderConnections;
    QList<Pending> m_folderTemplates;
    QList<Allowed> m_allowed;
};

} // namespace

Result<Directory> DirectoryFile::read(const QJsonValue& tree, const Catalog& catalog)
{
    return Reader(catalog).read(tree);
}

Result<Directory> DirectoryFile::demo(const Catalog& catalog)
{
    QFile file(QStringLiteral(":/demo/directory.json"));
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("the demo directory is missing"));
    auto tree = parse(file.readAll(), Format::Json);
    auto read = tree ? DirectoryFile::read(tree.value(), catalog) : Result<Directory>(tree.error());
    if (!read)
        return failed(tr("the demo directory is broken: %1").arg(read.error().message));
    return read;
}

Result<Directory> DirectoryFile::readFile(const QString& fileName, const Catalog& catalog)
{
    auto format = formatOf(fileName);
    if (!format)
        return format.error();
    auto bytes = FileAccess::read(fileName, MaxBytes);
    if (!bytes)
        return bytes.error();
    auto tree = parse(bytes.value(), format.value());
    if (!tree)
        return Error{tree.error().kind, fileName + QLatin1String(": ") + tree.error().message};
    auto directory = read(tree.value(), catalog);
    if (!directory)
        return Error{directory.error().kind, fileName + QLatin1String(": ") + directory.error().message};
    return directory;
}

} // namespace warden
