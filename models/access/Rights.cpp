#include "Rights.h"

#include "models/domain/Names.h"

#include <array>

namespace warden {

namespace {

enum class Scope
{
    Global, // a global permission
    Folder, // a folder permission, held on the folder named
};

} // namespace

// What an operation needs: any one of up to two permissions (Admin always suffices).
struct Rights::Need
{
    Scope scope;
    std::array<int KnownPermissions::*, 2> anyOf;
    const char* purpose = nullptr; // said in refusals where the permission alone does not say it
};

// DESIGN.md, Operator and enforcement: the whole table.
const Rights::Need& Rights::needOf(Operation operation)
{
    using K = KnownPermissions;
    static const Need table[] = {
        /* CreateTopLevel */ {Scope::Global, {&K::createTopLevel, nullptr}},
        /* EditFolder */ {Scope::Folder, {&K::folderEdit, nullptr}},
        /* SecureFolder */ {Scope::Folder, {&K::folderEditSecurity, nullptr}},
        /* EditTeams */ {Scope::Folder, {&K::folderEditTeams, &K::folderEditSecurity}},
        /* ManageMembers */ {Scope::Global, {&K::membersManage, &K::securityEdit}},
        /* EditSecurity */ {Scope::Global, {&K::securityEdit, nullptr}},
        /* Administer */ {Scope::Global, {&K::admin, nullptr}},
        /* ConfigureFolder */ {Scope::Folder, {&K::folderEditConfiguration, nullptr}},
        /* ReadLog */ {Scope::Global, {&K::auditView, nullptr}, QT_TRANSLATE_NOOP("Rights", "read the audit log")},
        /* ReplaceContent */
        {Scope::Global, {&K::admin, nullptr}, QT_TRANSLATE_NOOP("Rights", "replace the store's content")},
        /* GuardAccess */ {Scope::Global, {&K::securityEdit, nullptr}},
    };
    static_assert(std::size(table) == std::size_t(Operation::GuardAccess) + 1, "one row per operation");
    Q_ASSERT(std::size_t(operation) < std::size(table));
    return table[std::size_t(operation)];
}

Rights::Rights(const Directory& directory, const Catalog& catalog, Id operatorId)
    : m_directory(directory)
    , m_catalog(catalog)
    , m_access(directory, catalog)
    , m_operator(operatorId)
{
}

void Rights::setOperator(Id operatorId)
{
    m_operator = operatorId;
    m_frozen.reset();
}

bool Rights::isActive() const { return m_access.isActive(m_operator); }

bool Rights::isAdmin() const { return m_frozen ? m_frozen->admin : m_access.isAdmin(m_operator); }

bool Rights::holds(const Need& need, Id folderId) const
{
    const KnownPermissions& known = m_catalog.known();
    PermissionSet held;
    if (m_frozen && m_frozen->admin)
        return true;
    if (need.scope == Scope::Global)
        held = m_frozen ? m_frozen->global : m_access.globalPermissions(m_operator);
    else
        held = m_frozen ? m_frozen->byRoot.value(m_directory.securityRoot(folderId))
                        : m_access.folderPermissions(m_operator, folderId);
    for (int KnownPermissions::*permission : need.anyOf) {
        if (permission && held.test(known.*permission))
            return true;
    }
    return false;
}

bool Rights::may(Operation operation, Id folderId) const { return holds(needOf(operation), folderId); }

QString Rights::needed(Operation operation, Id folderId) const
{
    const Need& need = needOf(operation);
    const KnownPermissions& known = m_catalog.known();
    QStringList keys;
    for (int KnownPermissions::*permission : need.anyOf) {
        if (!permission)
            continue;
        if (known.*permission == known.admin && need.scope == Scope::Global)
            return tr("Admin");
        keys.append(need.scope == Scope::Global ? m_catalog.global(known.*permission).key
                                                : m_catalog.folderPermission(known.*permission).key);
    }
    if (need.scope == Scope::Global)
        return tr("the global permission %1").arg(keys.join(tr(" or ")));
    return tr("%1 on folder %2").arg(keys.join(tr(" or ")), Names::quoted(m_directory.path(folderId)));
}

QString Rights::operatorName() const
{
    const User* op = m_directory.user(m_operator);
    return Names::quoted(op ? op->username : QString::number(m_operator));
}

Status Rights::require(Operation operation, Id folderId) const
{
    const Need& need = needOf(operation);
    if (holds(need, folderId))
        return {};
    if (need.purpose)
        return refused(tr("%1 needs %2 to %3").arg(operatorName(), needed(operation, folderId), tr(need.purpose)));
    return refused(tr("%1 needs %2").arg(operatorName(), needed(operation, folderId)));
}

Status Rights::requireNewParent(Id parentId) const
{
    return parentId == 0 ? require(Operation::CreateTopLevel) : require(Operation::EditFolder, parentId);
}

Status Rights::requireTeam(Operation operation, Id teamId) const
{
    const Team* team = m_directory.team(teamId);
    return team ? require(operation, team->folderId) : Status();
}

// Connections

QString Rights::describeConnection(const Connection& connection) const
{
    return connection.folderId == 0
        ? tr("global connection %1").arg(Names::quoted(connection.title))
        : tr("connection %1 on %2")
              .arg(Names::quoted(connection.title), Names::quoted(m_directory.path(connection.folderId)));
}

AccessLevel Rights::level(Id connectionId) const { return m_access.connectionLevel(m_operator, connectionId); }

bool Rights::mayReach(const Connection& connection, AccessLevel level) const
{
    return this->level(connection.id) >= level;
}

Status Rights::requireLevel(const Connection& connection, AccessLevel level) const
{
    const AccessLevel held = this->level(connection.id);
    if (held >= level)
        return {};
    return refused(tr("%1 has %2 on %3 and needs %4")
                       .arg(operatorName(), levelKey(held), describeConnection(connection), levelKey(level)));
}

Status Rights::requireConnectionScope(Id folderId) const
{
    if (folderId == 0) {
        if (!may(Operation::Administer))
            return refused(tr("%1 needs Admin to change global connections").arg(operatorName()));
        return {};
    }
    if (!m_directory.folder(folderId))
        return invalid(tr("the folder does not exist"));
    return require(Operation::ConfigureFolder, folderId);
}

Status Rights::requireConnection(Id connectionId, AccessLevel level) const
{
    const Connection* connection = m_directory.connection(connectionId);
    if (!connection)
        return {};
    if (Status s = requireConnectionScope(connection->folderId); s.failed())
        return s;
    return requireLevel(*connection, level);
}

// Edits

// One overload per kind of edit: what it needs, asked before it is made.
struct Rights::EditCheck
{
    const Rights& r;

    Status operator()(const edit::AddFolder& e) const
    {
        return e.parentId != 0 && !r.m_directory.folder(e.parentId) ? Status() : r.requireNewParent(e.parentId);
    }
    Status operator()(const edit::RenameFolder& e) const { return onFolder(Operation::EditFolder, e.folderId); }
    Status operator()(const edit::MoveFolder& e) const
    {
        if (Status s = onFolder(Operation::EditFolder, e.folderId); s.failed())
            return s;
        return e.newParentId != 0 && !r.m_directory.folder(e.newParentId) ? Status()
                                                                          : r.requireNewParent(e.newParentId);
    }
    Status operator()(const edit::DeleteFolder& e) const { return onFolder(Operation::EditFolder, e.folderId); }
    Status operator()(const edit::SetInherit& e) const { return onFolder(Operation::SecureFolder, e.folderId); }
    Status operator()(const edit::AddTeam& e) const { return onFolder(Operation::SecureFolder, e.folderId); }
    Status operator()(const edit::RenameTeam& e) const { return r.requireTeam(Operation::SecureFolder, e.teamId); }
    Status operator()(const edit::DeleteTeam& e) const { return r.requireTeam(Operation::SecureFolder, e.teamId); }
    Status operator()(const edit::TeamMember& e) const { return r.requireTeam(Operation::EditTeams, e.teamId); }
    Status operator()(const edit::TeamPermissions& e) const { return r.requireTeam(Operation::EditTeams, e.teamId); }
    Status operator()(const edit::TeamPermissionSets& e) const
    {
        for (const auto& [teamId, permissions] : e.teams) {
            if (Status s = r.requireTeam(Operation::EditTeams, teamId); s.failed())
                return s;
        }
        return {};
    }
    Status operator()(const edit::UpdateTeam& e) const
    {
        const Team* team = r.m_directory.team(e.teamId);
        if (!team)
            return {};
        if (Status s = e.name != team->name ? r.require(Operation::SecureFolder, team->folderId) : Status(); s.failed())
            return s;
        if (IdSet(e.users) != team->users || IdSet(e.roles) != team->roles)
            return r.require(Operation::EditTeams, team->folderId);
        return {};
    }
    Status operator()(const edit::AddUser&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::InviteUser&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::SetUserStatus&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::DeleteUser&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::UpdateUser&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::DeleteUsers&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::SetUserStatuses&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::RoleMember&) const { return r.require(Operation::ManageMembers); }
    Status operator()(const edit::AddRole&) const { return r.require(Operation::EditSecurity); }
    Status operator()(const edit::RenameRole&) const { return r.require(Operation::EditSecurity); }
    Status operator()(const edit::DeleteRole&) const { return r.require(Operation::EditSecurity); }
    Status operator()(const edit::GlobalGrant&) const { return r.require(Operation::EditSecurity); }
    Status operator()(const edit::GlobalAssignments&) const { return r.require(Operation::EditSecurity); }
    Status operator()(const edit::AddConnection& e) const { return r.requireConnectionScope(e.folderId); }
    Status operator()(const edit::UpdateConnection& e) const
    {
        return r.requireConnection(e.connectionId, AccessLevel::Manage);
    }
    // Delete-only is enough to delete, and is what an administrator left at Deny holds.
    Status operator()(const edit::DeleteConnection& e) const
    {
        return r.requireConnection(e.connectionId, AccessLevel::DeleteOnly);
    }
    Status operator()(const edit::SetConnectionAccess& e) const
    {
        return r.requireConnection(e.connectionId, AccessLevel::Manage);
    }
    Status operator()(const edit::SetAllowedTemplates& e) const
    {
        return r.requireConnection(e.connectionId, AccessLevel::Manage);
    }
    // Using the connection is enough: the fix a template's owner needs, not an edit of the connection.
    Status operator()(const edit::AllowTemplate& e) const
    {
        const Connection* connection = r.m_directory.connection(e.connectionId);
        return connection ? r.requireLevel(*connection, AccessLevel::Use) : Status();
    }
    Status operator()(const edit::SetTypeAvailability&) const
    {
        if (!r.may(Operation::Administer))
            return refused(tr("%1 needs Admin to change where connection types are available").arg(r.operatorName()));
        return {};
    }

    Status operator()(const edit::AddExpectation&) const { return r.require(Operation::GuardAccess); }
    Status operator()(const edit::DeleteExpectation&) const { return r.require(Operation::GuardAccess); }

    Status onFolder(Operation operation, Id folderId) const
    {
        return r.m_directory.folder(folderId) ? r.require(operation, folderId) : Status();
    }
};

Status Rights::check(const Edit& edit) const { return std::visit(EditCheck{*this}, edit); }

// Undo and redo

Status Rights::checkRestore(const std::vector<Change>& changes) const
{
    if (!isActive())
        return refused(tr("only an active user can undo or redo changes"));
    // Rows that an edit changed only as a consequence (the teams of a deleted folder, the
    // memberships of a deleted user, the templates of a deleted connection) are judged with the
    // row that caused them, as the edit was.
    bool folders = false, principals = false, connections = false;
    for (const Change& change : changes) {
        const bool comesOrGoes = !change.before || !change.after;
        folders = folders || std::holds_alternative<Folder>(change.row());
        principals = principals
            || (comesOrGoes
                && (std::holds_alternative<User>(change.row()) || std::holds_alternative<Role>(change.row())));
        connections = connections || (comesOrGoes && std::holds_alternative<Connection>(change.row()));
    }
    for (const Change& change : changes) {
        const Row& row = change.row();
        // An expectation is never a mere consequence: putting one back or taking it away is guarding.
        const bool consequence
            = (folders && !std::holds_alternative<Folder>(row) && !std::holds_alternative<Expectation>(row))
            || (principals && (std::holds_alternative<Team>(row) || std::holds_alternative<Connection>(row)))
            || (connections && std::holds_alternative<Template>(row));
        if (consequence)
            continue;
        if (Status s = checkRow(change); s.failed())
            return s;
    }
    return {};
}

Status Rights::checkRow(const Change& change) const
{
    const Row& row = change.row();
    // Rows inside a folder that does not exist (yet) come back with it, and are judged with it.
    auto gone = [this](Id folderId) { return folderId != 0 && !m_directory.folder(folderId); };
    if (auto f = std::get_if<Folder>(&row)) {
        const Folder* before = change.before ? std::get_if<Folder>(&*change.before) : nullptr;
        const Folder* after = change.after ? std::get_if<Folder>(&*change.after) : nullptr;
        if (before && after && before->name == after->name && before->parentId == after->parentId)
            return require(Operation::SecureFolder, f->id); // inheritance only
        Status s = m_directory.folder(f->id) ? require(Operation::EditFolder, f->id)
            : gone(f->parentId)              ? Status()
                                             : requireNewParent(f->parentId);
        if (s.ok() && before && after && before->inherit != after->inherit)
            s = require(Operation::SecureFolder, f->id);
        for (Id parent : {before ? before->parentId : 0, after ? after->parentId : 0}) {
            if (s.ok() && before && after && before->parentId != after->parentId)
                s = requireNewParent(m_directory.folder(parent) ? parent : 0);
        }
        return s;
    }
    if (auto t = std::get_if<Team>(&row)) {
        const Team* before = change.before ? std::get_if<Team>(&*change.before) : nullptr;
        const Team* after = change.after ? std::get_if<Team>(&*change.after) : nullptr;
        const bool structural = !before || !after || before->name != after->name;
        if (gone(t->folderId))
            return {};
        return require(structural ? Operation::SecureFolder : Operation::EditTeams, t->folderId);
    }
    if (std::holds_alternative<User>(row))
        return require(Operation::ManageMembers);
    if (std::holds_alternative<Role>(row) || std::holds_alternative<GlobalAssignment>(row))
        return require(Operation::EditSecurity);
    if (auto c = std::get_if<Connection>(&row)) {
        if (gone(c->folderId))
            return {};
        if (Status s = requireConnectionScope(c->folderId); s.failed())
            return s;
        const Connection* now = m_directory.connection(c->id);
        return now && change.before && change.after ? requireLevel(*now, AccessLevel::Manage) : Status();
    }
    if (auto t = std::get_if<Template>(&row); t && gone(t->folderId))
        return {};
    if (std::holds_alternative<Expectation>(row))
        return require(Operation::GuardAccess);
    return require(Operation::Administer); // connection types and templates
}

// Nobody grants more than they hold

Rights::Holdings Rights::holdings() const
{
    if (m_frozen)
        return *m_frozen;
    Holdings held;
    held.admin = m_access.isAdmin(m_operator);
    if (!held.admin) {
        held.global = m_access.globalPermissions(m_operator);
        held.byRoot = m_access.heldByRoot(m_operator);
    }
    return held;
}

void Rights::freeze()
{
    m_frozen.reset();
    m_frozen = holdings();
}

PermissionSet Rights::grantable(Id folderId) const
{
    if (may(Operation::SecureFolder, folderId) || may(Operation::EditSecurity))
        return m_catalog.allFolderPermissions();
    return m_access.folderPermissions(m_operator, folderId);
}

QString Rights::memberName(bool isRole, Id id) const
{
    if (isRole) {
        const Role* role = m_directory.role(id);
        return QStringLiteral("role:") + (role ? role->name : QString::number(id));
    }
    const User* user = m_directory.user(id);
    return user ? user->username : QString::number(id);
}

Status Rights::checkGrants(const std::vector<Change>& changes, std::size_t from, const Holdings& held,
                           std::size_t* changeIndex) const
{
    if (held.admin)
        return {};
    for (std::size_t i = from; i < changes.size(); ++i) {
        const Change& change = changes[i];
        Status s;
        if (change.after && std::holds_alternative<Team>(*change.after)) {
            // New teams come only with a security owner's edit, or as copies that keep access as it was.
            if (change.before)
                s = checkTeamGrants(std::get_if<Team>(&*change.before), std::get<Team>(*change.after), held);
        } else if (std::holds_alternative<User>(change.row())) {
            s = checkUserGrants(change.before ? std::get_if<User>(&*change.before) : nullptr,
                                change.after ? std::get_if<User>(&*change.after) : nullptr, held);
        }
        if (s.failed()) {
            if (changeIndex)
                *changeIndex = i;
            return s;
        }
    }
    return {};
}

Status Rights::checkTeamGrants(const Team* before, const Team& after, const Holdings& held) const
{
    const KnownPermissions& known = m_catalog.known();
    const PermissionSet there = held.byRoot.value(after.folderId);
    if (there.test(known.folderEditSecurity) || held.global.test(known.securityEdit))
        return {};
    const QString where = Names::quoted(m_directory.path(after.folderId));
    const PermissionSet granted = after.permissions - (before ? before->permissions : PermissionSet());
    if (const PermissionSet lacking = granted - there; !lacking.isEmpty())
        return refused(tr("granting %1 to team %2 on %3 needs you to hold it there, and you do not (or %4)")
                           .arg(m_catalog.folderKeys(lacking).join(QLatin1String(", ")), Names::quoted(after.name),
                                where, m_catalog.folderPermission(known.folderEditSecurity).key));
    const IdSet users = after.users - (before ? before->users : IdSet());
    const IdSet roles = after.roles - (before ? before->roles : IdSet());
    if (users.isEmpty() && roles.isEmpty())
        return {};
    if (const PermissionSet lacking = after.permissions - there; !lacking.isEmpty()) {
        const bool isRole = users.isEmpty();
        return refused(tr("adding %1 to team %2 on %3 needs you to hold every permission the team grants there; you do "
                          "not hold %4")
                           .arg(memberName(isRole, isRole ? *roles.cbegin() : *users.cbegin()),
                                Names::quoted(after.name), where,
                                m_catalog.folderKeys(lacking).join(QLatin1String(", "))));
    }
    return {};
}

// What the roles give, as assigned now: a deleted user is no longer in the directory.
PermissionSet Rights::globalsOfRoles(const IdSet& roles) const
{
    PermissionSet globals;
    for (const GlobalAssignment& g : m_directory.globals())
        if (g.roles.intersects(roles))
            globals.set(m_catalog.globalIndex(g.key));
    if (globals.test(m_catalog.known().admin))
        for (int i = 0; i < m_catalog.globalCount(); ++i)
            globals.set(i); // Admin implies every global permission
    return globals;
}

Status Rights::checkUserGrants(const User* before, const User* after, const Holdings& held) const
{
    if (held.global.test(m_catalog.known().securityEdit))
        return {};
    // Activating, disabling or deleting someone needs holding all they hold: nobody below Admin
    // disables an Admin.
    const bool statusChanges = before && (!after || before->status != after->status);
    if (statusChanges) {
        const PermissionSet theirs = globalsOfRoles(before->roles);
        if (const PermissionSet lacking = theirs - held.global; !lacking.isEmpty()) {
            const QString verb = !after                 ? tr("deleting %1")
                : after->status == UserStatus::Disabled ? tr("disabling %1")
                                                        : tr("activating %1");
            return refused(tr("%1 needs every global permission they hold; you do not hold %2")
                               .arg(verb.arg(Names::quoted(before->username)),
                                    m_catalog.globalKeys(lacking).join(QLatin1String(", "))));
        }
    }
    if (!after)
        return {};
    // A role gives its global permissions and, on each security root, what its teams grant there.
    for (Id roleId : after->roles - (before ? before->roles : IdSet())) {
        const Role* role = m_directory.role(roleId);
        if (!role)
            continue;
        const PermissionSet globals = globalsOfRoles({roleId});
        if (const PermissionSet lacking = globals - held.global; !lacking.isEmpty()) {
            if (lacking.test(m_catalog.known().admin))
                return refused(tr("assigning %1 needs Admin, which you do not hold").arg(Names::quoted(role->name)));
            return refused(
                tr("assigning %1 needs the global permission %2 it gives, which you do not hold")
                    .arg(Names::quoted(role->name), m_catalog.globalKeys(lacking).join(QLatin1String(", "))));
        }
        for (Id teamId : m_directory.teamsOfRole(roleId)) {
            const Team* team = m_directory.team(teamId);
            if (const PermissionSet lacking = team->permissions - held.byRoot.value(team->folderId); !lacking.isEmpty())
                return refused(tr("assigning %1 needs %2 on %3 (through team %4), which you do not hold")
                                   .arg(Names::quoted(role->name),
                                        m_catalog.folderKeys(lacking).join(QLatin1String(", ")),
                                        Names::quoted(m_directory.path(team->folderId)), Names::quoted(team->name)));
        }
    }
    return {};
}

QHash<Id, QString> Rights::rolesNotAssignable(const QList<Id>& roleIds) const
{
    const Holdings held = holdings();
    QHash<Id, QString> refused;
    if (held.admin)
        return refused;
    const User without; // anyone who does not have the role yet
    for (Id roleId : roleIds) {
        User with = without;
        with.roles.insert(roleId);
        if (Status s = checkUserGrants(&without, &with, held); s.failed())
            refused.insert(roleId, s.error().message);
    }
    return refused;
}

Status Rights::mayChangeStatusOf(const QList<Id>& userIds, UserStatus status, bool remove) const
{
    const Holdings held = holdings();
    if (held.admin)
        return {};
    for (Id userId : userIds) {
        const User* user = m_directory.user(userId);
        if (!user || (!remove && user->status == status))
            continue;
        User after = *user;
        after.status = status;
        if (Status s = checkUserGrants(user, remove ? nullptr : &after, held); s.failed())
            return s;
    }
    return {};
}

} // namespace warden
