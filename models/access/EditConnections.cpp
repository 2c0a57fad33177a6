// Edits of connections, their access and templates, and connection types.
#include "EditApplier.h"

#include "models/domain/ConnectionTypes.h"
#include "models/domain/Names.h"

namespace warden {

// Connections

Status EditApplier::checkConnectionTitle(Id folderId, const QString& title, Id except) const
{
    if (QString problem = Names::checkFolderName(title); !problem.isEmpty())
        return invalid(tr("connection title: %1").arg(problem));
    const Connection* other = m_directory.connectionNamed(folderId, title);
    if (other && other->id != except)
        return refused(folderId == 0
                           ? tr("a global connection named %1 already exists").arg(Names::quoted(other->title))
                           : tr("a connection named %1 already exists on %2")
                                 .arg(Names::quoted(other->title), Names::quoted(m_directory.path(folderId))));
    return {};
}

Status EditApplier::checkAccessEntries(const QList<AccessEntry>& entries) const
{
    QSet<QPair<int, Id>> seen;
    for (const AccessEntry& entry : entries) {
        const bool exists = entry.kind == AccessEntry::Kind::User ? m_directory.user(entry.principal) != nullptr
            : entry.kind == AccessEntry::Kind::Role               ? m_directory.role(entry.principal) != nullptr
                                                                  : m_directory.team(entry.principal) != nullptr;
        if (!exists)
            return invalid(tr("an access entry names a user, role or team that does not exist"));
        if (seen.contains({int(entry.kind), entry.principal}))
            return invalid(tr("a user, role or team has two access entries"));
        seen.insert({int(entry.kind), entry.principal});
    }
    return {};
}

void EditApplier::forgetPrincipal(AccessEntry::Kind kind, Id principal)
{
    const QHash<Id, Connection> connections = m_directory.connections();
    for (Connection connection : connections) {
        const auto removed = connection.access.removeIf(
            [&](const AccessEntry& entry) { return entry.kind == kind && entry.principal == principal; });
        if (removed > 0)
            m_directory.put(connection);
    }
}

void EditApplier::deleteConnectionsAndTemplatesOn(Id folderId)
{
    const QList<Id> templates = m_directory.templatesOn(folderId);
    for (Id templateId : templates) {
        // Connections elsewhere forget that they allowed it.
        const QHash<Id, Connection> connections = m_directory.connections();
        for (Connection connection : connections) {
            if (connection.allowedTemplates.remove(templateId))
                m_directory.put(connection);
        }
        m_directory.remove(Row(*m_directory.releaseTemplate(templateId)));
    }
    const QList<Id> connections = m_directory.connectionsOn(folderId);
    for (Id connectionId : connections)
        m_directory.remove(Row(*m_directory.connection(connectionId)));
    const QHash<QString, ConnectionType> types = m_directory.connectionTypes();
    for (ConnectionType type : types) {
        if (type.grants.remove(folderId))
            m_directory.put(type);
    }
}

Result<Applied> EditApplier::run(const edit::AddConnection& e)
{
    const ConnectionType* type = m_directory.connectionType(e.type);
    if (!type)
        return invalid(tr("there is no connection type %1").arg(Names::quoted(e.type)));
    if (Status s = ConnectionTypes::validate(*type); s.failed())
        return refused(tr("connection type %1 cannot be used until its definition is fixed: %2")
                           .arg(Names::quoted(e.type), s.error().message));
    if (!ConnectionTypes::availableAt(*type, e.folderId, m_directory))
        return refused(e.folderId == 0 ? tr("connection type %1 is not released, so it cannot have global connections")
                                             .arg(Names::quoted(e.type))
                                       : tr("connection type %1 is not available on %2")
                                             .arg(Names::quoted(e.type), Names::quoted(m_directory.path(e.folderId))));
    if (Status s = checkConnectionTitle(e.folderId, e.title, 0); s.failed())
        return s.error();
    QSet<QString> secrets;
    for (auto it = e.secrets.cbegin(); it != e.secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            secrets.insert(it.key());
    }
    if (Status s = ConnectionTypes::checkProperties(ConnectionTypes::fields(*type).value(), e.properties, secrets);
        s.failed())
        return s.error();
    if (e.id != 0 && (m_directory.connection(e.id) || e.id < 0))
        return invalid(tr("the id of the new connection is taken"));
    Connection connection;
    connection.id = e.id ? e.id : Directory::newId();
    connection.folderId = e.folderId;
    connection.type = e.type;
    connection.title = e.title;
    connection.properties = e.properties;
    for (const QString& name : secrets)
        connection.secrets.insert(name, e.secrets.value(name));
    // Whoever creates a connection may manage it, whatever the default level.
    if (!m_rights.isAdmin())
        connection.access.append(AccessEntry{AccessEntry::Kind::User, m_rights.operatorId(), AccessLevel::Manage});
    m_directory.put(connection);
    return Applied{tr("Add %1").arg(m_rights.describeConnection(connection)), connection.id};
}

Result<Applied> EditApplier::run(const edit::UpdateConnection& e)
{
    auto found = existing<Connection>(e.connectionId);
    if (!found)
        return found.error();
    Connection changed = *found.value();
    if (Status s = checkConnectionTitle(changed.folderId, e.title, changed.id); s.failed())
        return s.error();
    const ConnectionType* type = m_directory.connectionType(changed.type);
    auto fields = type ? ConnectionTypes::fields(*type) : Result<QList<FieldDef>>(invalid(tr("the type is gone")));
    if (!fields)
        return refused(tr("connection type %1 cannot be used until its definition is fixed: %2")
                           .arg(Names::quoted(changed.type), fields.error().message));
    for (auto it = e.secrets.cbegin(); it != e.secrets.cend(); ++it) {
        if (it.value().isEmpty())
            changed.secrets.remove(it.key());
        else
            changed.secrets.insert(it.key(), it.value());
    }
    const QList<QString> names = changed.secrets.keys();
    if (Status s
        = ConnectionTypes::checkProperties(fields.value(), e.properties, QSet<QString>(names.cbegin(), names.cend()));
        s.failed())
        return s.error();
    const QString before = m_rights.describeConnection(changed);
    changed.title = e.title;
    changed.properties = e.properties;
    if (changed.title != found.value()->title || changed.properties != found.value()->properties
        || changed.secrets != found.value()->secrets)
        m_directory.put(changed);
    return Applied{tr("Edit %1").arg(before)};
}

Result<Applied> EditApplier::run(const edit::DeleteConnection& e)
{
    auto found = existing<Connection>(e.connectionId);
    if (!found)
        return found.error();
    const Connection& connection = *found.value();
    const QString summary = tr("Delete %1").arg(m_rights.describeConnection(connection));
    const QHash<Id, Template> templates = m_directory.templates();
    for (Template t : templates) {
        if (t.uses.remove(connection.id))
            m_directory.put(t);
    }
    m_directory.remove(Row(connection));
    return Applied{summary};
}

Result<Applied> EditApplier::run(const edit::SetConnectionAccess& e)
{
    auto found = existing<Connection>(e.connectionId);
    if (!found)
        return found.error();
    Connection changed = *found.value();
    if (Status s = checkAccessEntries(e.access); s.failed())
        return s.error();
    changed.defaultLevel = e.defaultLevel;
    changed.access = e.access;
    if (changed.defaultLevel != found.value()->defaultLevel || changed.access != found.value()->access)
        m_directory.put(changed);
    return Applied{tr("Change who may use %1").arg(m_rights.describeConnection(changed))};
}

Result<Applied> EditApplier::run(const edit::SetAllowedTemplates& e)
{
    auto found = existing<Connection>(e.connectionId);
    if (!found)
        return found.error();
    Connection changed = *found.value();
    for (Id templateId : e.templates) {
        if (!m_directory.releaseTemplate(templateId))
            return invalid(tr("an allowed template does not exist"));
    }
    changed.allTemplates = e.all;
    changed.allowedTemplates = e.all ? QSet<Id>() : e.templates;
    if (changed.allTemplates != found.value()->allTemplates
        || changed.allowedTemplates != found.value()->allowedTemplates)
        m_directory.put(changed);
    return Applied{tr("Change the templates allowed to use %1").arg(m_rights.describeConnection(changed))};
}

Result<Applied> EditApplier::run(const edit::AllowTemplate& e)
{
    auto found = existing<Connection>(e.connectionId);
    if (!found)
        return found.error();
    const Template* t = m_directory.releaseTemplate(e.templateId);
    if (!t)
        return invalid(tr("the template does not exist"));
    if (!t->uses.contains(e.connectionId))
        return invalid(
            tr("template %1 does not use %2").arg(Names::quoted(t->name), m_rights.describeConnection(*found.value())));
    Connection changed = *found.value();
    if (!changed.allTemplates && !changed.allowedTemplates.contains(t->id)) {
        changed.allowedTemplates.insert(t->id);
        m_directory.put(changed);
    }
    return Applied{tr("Allow template %1 on %2 to use %3")
                       .arg(t->name, m_directory.path(t->folderId), m_rights.describeConnection(changed))};
}

Result<Applied> EditApplier::run(const edit::SetTypeAvailability& e)
{
    const ConnectionType* type = m_directory.connectionType(e.type);
    if (!type)
        return invalid(tr("there is no connection type %1").arg(Names::quoted(e.type)));
    ConnectionType changed = *type;
    QString summary;
    const bool needsValid = e.action == edit::Availability::Release || e.action == edit::Availability::Grant;
    if (needsValid) {
        if (Status s = ConnectionTypes::validate(*type); s.failed())
            return refused(tr("connection type %1 cannot be made available until its definition is fixed: %2")
                               .arg(Names::quoted(e.type), s.error().message));
    }
    switch (e.action) {
    case edit::Availability::Release:
        changed.released = true;
        changed.grants.clear(); // one way: the grants do not come back on unrelease
        summary = tr("Release connection type %1 everywhere").arg(e.type);
        break;
    case edit::Availability::Unrelease:
        changed.released = false;
        summary = tr("Unrelease connection type %1").arg(e.type);
        break;
    case edit::Availability::Grant:
    case edit::Availability::Revoke: {
        if (type->released)
            return refused(tr("connection type %1 is released everywhere; unrelease it to grant or revoke folders")
                               .arg(Names::quoted(e.type)));
        auto folder = existing<Folder>(e.folderId);
        if (!folder)
            return folder.error();
        if (e.action == edit::Availability::Grant) {
            changed.grants.insert(e.folderId);
            summary = tr("Make connection type %1 available on %2").arg(e.type, m_directory.path(e.folderId));
        } else {
            changed.grants.remove(e.folderId);
            summary = tr("Take connection type %1 away from %2").arg(e.type, m_directory.path(e.folderId));
        }
        break;
    }
    }
    if (changed.released != type->released || changed.grants != type->grants)
        m_directory.put(changed);
    return Applied{summary};
}

} // namespace warden
