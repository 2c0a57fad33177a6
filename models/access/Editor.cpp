#include "Editor.h"

#include "models/domain/ConnectionTypes.h"
#include "models/domain/Names.h"

namespace warden {

namespace {

QString quoted(const QString& text) { return QLatin1Char('\'') + text + QLatin1Char('\''); }

} // namespace

Editor::Editor(Directory& directory, const Catalog& catalog)
    : m_directory(directory), m_catalog(catalog), m_access(directory, catalog), m_rights(directory, catalog)
{
}

Status Editor::startAs(Id operatorId)
{
    const User* op = m_directory.user(operatorId);
    if (!op)
        return refused(tr("there is no user to act as"));
    if (op->status != UserStatus::Active)
        return refused(tr("%1 is %2 and cannot make changes").arg(quoted(op->username), statusKey(op->status)));
    m_rights.setOperator(operatorId);
    return {};
}

Result<Applied> Editor::apply(const Edit& edit, Id operatorId)
{
    if (Status s = startAs(operatorId))
        return *s;
    const std::size_t mark = m_directory.journalSize();
    const Rights::Holdings held = m_rights.holdings();
    Result<Applied> result = dispatch(edit);
    if (result) {
        if (Status s = m_rights.checkGrants(m_directory.journal(), mark, held))
            result = *s;
    }
    if (result && m_access.activeAdmins().isEmpty()) {
        result = refused(tr("this change would leave no active user holding Admin"));
    }
    if (!result)
        m_directory.rollbackTo(mark);
    return result;
}

Result<Applied> Editor::applyAll(const QList<Edit>& edits, Id operatorId, const QString& summary, int* failedAt)
{
    if (Status s = startAs(operatorId))
        return *s;
    // Every step is judged by what the operator held before the first.
    m_rights.freeze();
    const Rights::Holdings held = m_rights.holdings();
    const std::size_t mark = m_directory.journalSize();
    auto fail = [&](const Error& error) {
        m_rights.thaw();
        m_directory.rollbackTo(mark);
        return error;
    };
    for (int i = 0; i < edits.size();) {
        if (std::holds_alternative<edit::TeamMember>(edits[i])) {
            int end = i;
            while (end < edits.size() && std::holds_alternative<edit::TeamMember>(edits[end]))
                ++end;
            if (Status s = applyMemberships(edits, i, end, failedAt))
                return fail(*s);
            i = end;
            continue;
        }
        Result<Applied> result = dispatch(edits[i]);
        if (!result) {
            *failedAt = i;
            return fail(result.error());
        }
        ++i;
    }
    m_rights.thaw();
    std::size_t refusedChange = 0;
    if (Status s = m_rights.checkGrants(m_directory.journal(), mark, held, &refusedChange)) {
        *failedAt = planRowOf(edits, m_directory.journal()[refusedChange]);
        m_directory.rollbackTo(mark);
        return *s;
    }
    // Only the end state counts: a plan may move Admin from one role to another.
    if (m_access.activeAdmins().isEmpty()) {
        m_directory.rollbackTo(mark);
        *failedAt = -1;
        return refused(tr("this change would leave no active user holding Admin"));
    }
    return Applied{summary};
}

Result<Applied> Editor::dispatch(const Edit& edit)
{
    if (Status s = m_rights.check(edit))
        return *s;
    return std::visit([this](const auto& e) { return run(e); }, edit);
}

// The row of a plan that made a refused change: the first that adds to that team or gives that user a role.
int Editor::planRowOf(const QList<Edit>& edits, const Change& change)
{
    const Row& row = change.row();
    for (int i = 0; i < edits.size(); ++i) {
        if (auto e = std::get_if<edit::TeamMember>(&edits[i]); e && e->add && std::holds_alternative<Team>(row) && e->teamId == rowId(row))
            return i;
        if (auto e = std::get_if<edit::RoleMember>(&edits[i]); e && e->add && std::holds_alternative<User>(row) && e->userId == rowId(row))
            return i;
    }
    return -1;
}

Status Editor::checkSiblingName(Id parentId, const QString& name, Id except) const
{
    const QString problem = Names::checkFolderName(name);
    if (!problem.isEmpty())
        return invalid(tr("invalid folder name: %1").arg(problem));
    const Id existing = m_directory.childNamed(parentId, name);
    const QString where = parentId == 0 ? tr("at the top level") : tr("in %1").arg(quoted(m_directory.path(parentId)));
    if (existing != 0 && existing != except)
        return refused(tr("a folder named %1 already exists %2").arg(quoted(m_directory.folder(existing)->name), where));
    QStringList siblings;
    for (Id id : m_directory.children(parentId)) {
        if (id != except)
            siblings.append(m_directory.folder(id)->name);
    }
    if (const QString like = Names::lookalikeIn(name, siblings); !like.isEmpty())
        return refused(tr("%1 looks like the folder %2 %3; choose a name that reads differently").arg(quoted(name), quoted(like), where));
    return {};
}

Result<const Folder*> Editor::existingFolder(Id folderId) const
{
    if (const Folder* folder = m_directory.folder(folderId))
        return folder;
    return invalid(tr("the folder does not exist"));
}

Result<const Team*> Editor::existingTeam(Id teamId) const
{
    if (const Team* team = m_directory.team(teamId))
        return team;
    return invalid(tr("the team does not exist"));
}

Result<const User*> Editor::existingUser(Id userId) const
{
    if (const User* user = m_directory.user(userId))
        return user;
    return invalid(tr("the user does not exist"));
}

Result<const Role*> Editor::existingRole(Id roleId) const
{
    if (const Role* role = m_directory.role(roleId))
        return role;
    return invalid(tr("the role does not exist"));
}

void Editor::addSystemTeam(const SystemTeamInfo& info, Id folderId, const QSet<Id>& users)
{
    Team team;
    team.id = Directory::newId();
    team.folderId = folderId;
    team.name = info.name;
    team.systemKind = info.kind;
    team.permissions = info.defaults;
    team.users = users;
    m_directory.put(team);
}

void Editor::addSystemTeams(Id folderId, const QSet<Id>& ownerUsers)
{
    for (const SystemTeamInfo& info : m_catalog.systemTeams())
        addSystemTeam(info, folderId, info.kind == QLatin1String("folder_owner") ? ownerUsers : QSet<Id>());
}

void Editor::copyTeams(Id fromRootId, Id toFolderId)
{
    QSet<QString> kinds;
    for (Id teamId : m_directory.teamsOn(fromRootId)) {
        Team copy = *m_directory.team(teamId);
        copy.id = Directory::newId();
        copy.folderId = toFolderId;
        kinds.insert(copy.systemKind);
        m_directory.put(copy);
    }
    for (const SystemTeamInfo& info : m_catalog.systemTeams()) {
        if (!kinds.contains(info.kind))
            addSystemTeam(info, toFolderId, {});
    }
}

void Editor::deleteTeamsOn(Id folderId)
{
    const QList<Id> teams = m_directory.teamsOn(folderId);
    for (Id teamId : teams) {
        forgetPrincipal(AccessEntry::Kind::Team, teamId);
        m_directory.removeTeam(teamId);
    }
}

// Folders

Result<Applied> Editor::run(const edit::AddFolder& e)
{
    if (e.parentId != 0 && !m_directory.folder(e.parentId))
        return invalid(tr("the parent folder does not exist"));
    if (Status s = checkSiblingName(e.parentId, e.name, 0))
        return *s;
    Folder folder;
    folder.id = Directory::newId();
    folder.parentId = e.parentId;
    folder.name = e.name;
    folder.inherit = e.parentId != 0;
    m_directory.put(folder);
    // The creator of a top-level folder owns it, so that they can see and secure what they made.
    if (e.parentId == 0)
        addSystemTeams(folder.id, {m_rights.operatorId()});
    return Applied{tr("Add folder %1").arg(m_directory.path(folder.id)), folder.id};
}

Result<Applied> Editor::run(const edit::RenameFolder& e)
{
    auto folder = existingFolder(e.folderId);
    if (!folder)
        return folder.error();
    if (Status s = checkSiblingName(folder.value()->parentId, e.name, e.folderId))
        return *s;
    const QString oldPath = m_directory.path(e.folderId);
    if (folder.value()->name == e.name)
        return Applied{tr("Rename folder %1 (no change)").arg(oldPath)};
    Folder renamed = *folder.value();
    renamed.name = e.name;
    m_directory.put(renamed);
    return Applied{tr("Rename folder %1 to %2").arg(oldPath, e.name)};
}

Result<Applied> Editor::run(const edit::MoveFolder& e)
{
    auto folder = existingFolder(e.folderId);
    if (!folder)
        return folder.error();
    if (e.newParentId != 0 && !m_directory.folder(e.newParentId))
        return invalid(tr("the destination folder does not exist"));
    const QString oldPath = m_directory.path(e.folderId);
    if (e.newParentId != 0 && m_directory.isWithin(e.newParentId, e.folderId))
        return refused(tr("cannot move %1 into itself or one of its subfolders").arg(quoted(oldPath)));
    if (folder.value()->parentId == e.newParentId)
        return Applied{tr("Move folder %1 (no change)").arg(oldPath)};
    if (Status s = checkSiblingName(e.newParentId, folder.value()->name, e.folderId))
        return *s;

    Folder moved = *folder.value();
    const Id oldRoot = m_directory.securityRoot(moved.id);
    const bool becomesRoot = e.newParentId == 0 && moved.inherit;
    moved.parentId = e.newParentId;
    if (becomesRoot)
        moved.inherit = false;
    m_directory.put(moved);
    // At the top level a folder cannot inherit; it keeps what it inherited so nobody loses access.
    if (becomesRoot)
        copyTeams(oldRoot, moved.id);
    const QString to = e.newParentId == 0 ? tr("the top level") : m_directory.path(e.newParentId);
    return Applied{tr("Move folder %1 to %2").arg(oldPath, to)};
}

Result<Applied> Editor::run(const edit::DeleteFolder& e)
{
    auto folder = existingFolder(e.folderId);
    if (!folder)
        return folder.error();
    const QString oldPath = m_directory.path(e.folderId);
    const QList<Id> subtree = m_directory.subtree(e.folderId);
    for (auto it = subtree.crbegin(); it != subtree.crend(); ++it) {
        deleteTeamsOn(*it);
        deleteConnectionsAndTemplatesOn(*it);
        m_directory.removeFolder(*it);
    }
    return Applied{tr("Delete folder %1 and %n subfolder(s)", nullptr, int(subtree.size() - 1)).arg(oldPath)};
}

Result<Applied> Editor::run(const edit::SetInherit& e)
{
    auto folder = existingFolder(e.folderId);
    if (!folder)
        return folder.error();
    const QString path = m_directory.path(e.folderId);
    if (folder.value()->parentId == 0)
        return refused(tr("%1 is a top-level folder; top-level folders never inherit").arg(quoted(path)));
    if (folder.value()->inherit == e.inherit)
        return Applied{tr("Set inheritance of %1 (no change)").arg(path)};

    Folder changed = *folder.value();
    changed.inherit = e.inherit;
    if (e.inherit) {
        deleteTeamsOn(changed.id);
        m_directory.put(changed);
        return Applied{tr("Make %1 inherit teams and permissions from its parent").arg(path)};
    }
    const Id oldRoot = m_directory.securityRoot(changed.id);
    m_directory.put(changed);
    if (e.choice == edit::InheritChoice::CopyTeams) {
        copyTeams(oldRoot, changed.id);
        return Applied{tr("Stop inheriting on %1, copying the inherited teams").arg(path)};
    }
    addSystemTeams(changed.id);
    return Applied{tr("Stop inheriting on %1, starting with the system teams only").arg(path)};
}

// Teams

Result<Applied> Editor::run(const edit::AddTeam& e)
{
    auto folder = existingFolder(e.folderId);
    if (!folder)
        return folder.error();
    const QString path = m_directory.path(e.folderId);
    if (m_directory.securityRoot(e.folderId) != e.folderId)
        return refused(tr("%1 inherits its teams from %2; teams can only be added to a folder that does not inherit")
                           .arg(quoted(path), quoted(m_directory.path(m_directory.securityRoot(e.folderId)))));
    const QString problem = Names::checkTeamName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid team name: %1").arg(problem));
    if (m_directory.teamNamed(e.folderId, e.name))
        return refused(tr("a team named %1 already exists on %2").arg(quoted(e.name), quoted(path)));
    if (Status s = checkTeamLookalike(e.folderId, e.name, 0))
        return *s;
    Team team;
    team.id = Directory::newId();
    team.folderId = e.folderId;
    team.name = e.name;
    m_directory.put(team);
    return Applied{tr("Add team %1 on %2").arg(e.name, path), team.id};
}

Result<Applied> Editor::run(const edit::RenameTeam& e)
{
    auto team = existingTeam(e.teamId);
    if (!team)
        return team.error();
    const QString path = m_directory.path(team.value()->folderId);
    if (team.value()->isSystem())
        return refused(tr("%1 is a system team and cannot be renamed").arg(quoted(team.value()->name)));
    const QString problem = Names::checkTeamName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid team name: %1").arg(problem));
    const Team* existing = m_directory.teamNamed(team.value()->folderId, e.name);
    if (existing && existing->id != e.teamId)
        return refused(tr("a team named %1 already exists on %2").arg(quoted(existing->name), quoted(path)));
    if (Status s = checkTeamLookalike(team.value()->folderId, e.name, e.teamId))
        return *s;
    Team renamed = *team.value();
    const QString oldName = renamed.name;
    renamed.name = e.name;
    m_directory.put(renamed);
    return Applied{tr("Rename team %1 on %2 to %3").arg(oldName, path, e.name)};
}

Result<Applied> Editor::run(const edit::DeleteTeam& e)
{
    auto team = existingTeam(e.teamId);
    if (!team)
        return team.error();
    if (team.value()->isSystem())
        return refused(tr("%1 is a system team and cannot be deleted").arg(quoted(team.value()->name)));
    const QString summary = tr("Delete team %1 on %2").arg(team.value()->name, m_directory.path(team.value()->folderId));
    forgetPrincipal(AccessEntry::Kind::Team, e.teamId);
    m_directory.removeTeam(e.teamId);
    return Applied{summary};
}

Result<QString> Editor::changeMembership(const edit::TeamMember& e, Team& changed) const
{
    if (e.userId != 0) {
        auto user = existingUser(e.userId);
        if (!user)
            return user.error();
        if (e.add)
            changed.users.insert(e.userId);
        else
            changed.users.remove(e.userId);
        return user.value()->username;
    }
    auto role = existingRole(e.roleId);
    if (!role)
        return role.error();
    if (e.add)
        changed.roles.insert(e.roleId);
    else
        changed.roles.remove(e.roleId);
    return tr("role %1").arg(role.value()->name);
}

Result<Applied> Editor::run(const edit::TeamMember& e)
{
    auto team = existingTeam(e.teamId);
    if (!team)
        return team.error();
    Team changed = *team.value();
    auto member = changeMembership(e, changed);
    if (!member)
        return member.error();
    const QString path = m_directory.path(changed.folderId);
    const QString summary = e.add ? tr("Add %1 to team %2 on %3").arg(member.value(), changed.name, path)
                                  : tr("Remove %1 from team %2 on %3").arg(member.value(), changed.name, path);
    if (changed.users != team.value()->users || changed.roles != team.value()->roles)
        m_directory.put(changed);
    return Applied{summary};
}

// Membership edits change nothing that another one checks (rights are frozen, and teams, users and
// roles stay), so each team is copied and written once however many members a plan gives it.
Status Editor::applyMemberships(const QList<Edit>& edits, int from, int to, int* failedAt)
{
    QHash<Id, Team> changed;
    QList<Id> order;
    for (int i = from; i < to; ++i) {
        const auto& e = std::get<edit::TeamMember>(edits[i]);
        if (Status s = m_rights.check(edits[i])) {
            *failedAt = i;
            return s;
        }
        auto it = changed.find(e.teamId);
        if (it == changed.end()) {
            auto team = existingTeam(e.teamId);
            if (!team) {
                *failedAt = i;
                return team.error();
            }
            it = changed.insert(e.teamId, *team.value());
            order.append(e.teamId);
        }
        if (auto member = changeMembership(e, *it); !member) {
            *failedAt = i;
            return member.error();
        }
    }
    for (Id teamId : order) {
        const Team& team = *m_directory.team(teamId);
        const Team& after = changed[teamId];
        if (after.users != team.users || after.roles != team.roles)
            m_directory.put(after);
    }
    return std::nullopt;
}

Result<Applied> Editor::run(const edit::TeamPermissions& e)
{
    auto team = existingTeam(e.teamId);
    if (!team)
        return team.error();
    Team changed = *team.value();
    changed.permissions = (changed.permissions | e.grant) - e.revoke;
    QStringList parts;
    if (!e.grant.isEmpty())
        parts.append(tr("grant %1").arg(m_catalog.folderKeys(e.grant).join(QLatin1String(", "))));
    if (!e.revoke.isEmpty())
        parts.append(tr("revoke %1").arg(m_catalog.folderKeys(e.revoke).join(QLatin1String(", "))));
    if (changed.permissions != team.value()->permissions)
        m_directory.put(changed);
    return Applied{tr("Team %1 on %2: %3")
                       .arg(changed.name, m_directory.path(changed.folderId), parts.join(QLatin1String("; ")))};
}

Result<Applied> Editor::run(const edit::TeamPermissionSets& e)
{
    // Rights as they are before the save: a team may take its own right to edit teams away.
    for (const auto& [teamId, permissions] : e.teams) {
        auto team = existingTeam(teamId);
        if (!team)
            return team.error();
    }
    QStringList changed;
    QSet<Id> folders;
    for (const auto& [teamId, permissions] : e.teams) {
        auto team = existingTeam(teamId);
        if (team.value()->permissions == permissions)
            continue;
        Team updated = *team.value();
        updated.permissions = permissions & m_catalog.allFolderPermissions();
        m_directory.put(updated);
        changed.append(updated.name);
        folders.insert(updated.folderId);
    }
    const QString where = folders.size() == 1 ? m_directory.path(*folders.begin()) : tr("several folders");
    return Applied{tr("Change the permissions of %1 on %2").arg(changed.join(QLatin1String(", ")), where)};
}

Result<Applied> Editor::run(const edit::UpdateTeam& e)
{
    auto team = existingTeam(e.teamId);
    if (!team)
        return team.error();
    const Team before = *team.value();
    const QString path = m_directory.path(before.folderId);
    if (e.name != before.name) {
        auto renamed = run(edit::RenameTeam{e.teamId, e.name});
        if (!renamed)
            return renamed.error();
    }
    if (e.users != before.users || e.roles != before.roles) {
        for (Id userId : e.users) {
            if (!m_directory.user(userId))
                return invalid(tr("the user does not exist"));
        }
        for (Id roleId : e.roles) {
            if (!m_directory.role(roleId))
                return invalid(tr("the role does not exist"));
        }
        Team changed = *m_directory.team(e.teamId);
        changed.users = e.users;
        changed.roles = e.roles;
        m_directory.put(changed);
    }
    return Applied{tr("Edit team %1 on %2").arg(e.name, path)};
}

// Users and roles

Status Editor::checkUserUnique(const QString& username, const QString& email) const
{
    if (m_directory.userNamed(username))
        return refused(tr("a user named %1 already exists").arg(quoted(username)));
    if (!email.isEmpty() && m_directory.userNamed(email))
        return refused(tr("a user with the email address %1 already exists").arg(quoted(email)));
    QStringList usernames;
    for (const User& user : m_directory.users())
        usernames.append(user.username);
    if (const QString like = Names::lookalikeIn(username, usernames); !like.isEmpty())
        return refused(tr("%1 looks like the user %2; choose a name that reads differently").arg(quoted(username), quoted(like)));
    return {};
}

Status Editor::checkTeamLookalike(Id folderId, const QString& name, Id except) const
{
    QStringList names;
    for (Id id : m_directory.teamsOn(folderId)) {
        if (id != except)
            names.append(m_directory.team(id)->name);
    }
    if (const QString like = Names::lookalikeIn(name, names); !like.isEmpty())
        return refused(tr("%1 looks like the team %2 on %3; choose a name that reads differently")
                           .arg(quoted(name), quoted(like), quoted(m_directory.path(folderId))));
    return {};
}

Status Editor::checkRoleLookalike(const QString& name, Id except) const
{
    QStringList names;
    for (const Role& role : m_directory.roles()) {
        if (role.id != except)
            names.append(role.name);
    }
    if (const QString like = Names::lookalikeIn(name, names); !like.isEmpty())
        return refused(tr("%1 looks like the role %2; choose a name that reads differently").arg(quoted(name), quoted(like)));
    return {};
}

Result<Applied> Editor::run(const edit::AddUser& e)
{
    QString problem = Names::checkUsername(e.username);
    if (problem.isEmpty())
        problem = Names::checkEmail(e.email);
    if (problem.isEmpty())
        problem = Names::checkFullName(e.fullName);
    if (!problem.isEmpty())
        return invalid(problem);
    if (Status s = checkUserUnique(e.username, e.email))
        return *s;
    User user;
    user.id = Directory::newId();
    user.username = e.username;
    user.email = e.email;
    user.fullName = e.fullName;
    user.status = UserStatus::Active;
    m_directory.put(user);
    return Applied{tr("Add user %1").arg(e.username), user.id};
}

Result<Applied> Editor::run(const edit::InviteUser& e)
{
    if (e.email.isEmpty())
        return invalid(tr("an invitation needs an email address"));
    QString problem = Names::checkEmail(e.email);
    if (problem.isEmpty())
        problem = Names::checkUsername(e.email);
    if (!problem.isEmpty())
        return invalid(problem);
    auto role = existingRole(e.roleId);
    if (!role)
        return role.error();
    if (Status s = checkUserUnique(e.email, e.email))
        return *s;
    User user;
    user.id = Directory::newId();
    // An invited user is known by the address they were invited at.
    user.username = e.email.toLower();
    user.email = e.email;
    user.status = UserStatus::Invited;
    user.roles = {e.roleId};
    m_directory.put(user);
    return Applied{tr("Invite %1 as %2").arg(e.email, role.value()->name), user.id};
}

Result<Applied> Editor::run(const edit::SetUserStatus& e)
{
    auto user = existingUser(e.userId);
    if (!user)
        return user.error();
    return setStatus(e.userId, e.status);
}

// Rights are checked by the caller, before anything changed: an operator may disable themselves.
Result<Applied> Editor::setStatus(Id userId, UserStatus status)
{
    auto user = existingUser(userId);
    if (!user)
        return user.error();
    if (status == UserStatus::Invited && user.value()->status != UserStatus::Invited)
        return invalid(tr("%1 has already joined and cannot be invited again").arg(quoted(user.value()->username)));
    User changed = *user.value();
    const QString summary
        = tr("Set %1 from %2 to %3").arg(changed.username, statusKey(changed.status), statusKey(status));
    if (changed.status == status)
        return Applied{summary};
    changed.status = status;
    m_directory.put(changed);
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::DeleteUser& e)
{
    auto user = existingUser(e.userId);
    if (!user)
        return user.error();
    return deleteUser(e.userId);
}

Result<Applied> Editor::deleteUser(Id userId)
{
    auto user = existingUser(userId);
    if (!user)
        return user.error();
    const QString summary = tr("Delete user %1").arg(user.value()->username);
    const QSet<Id> teams = m_directory.teamsOfUser(userId);
    for (Id teamId : teams) {
        Team changed = *m_directory.team(teamId);
        changed.users.remove(userId);
        m_directory.put(changed);
    }
    forgetPrincipal(AccessEntry::Kind::User, userId);
    m_directory.removeUser(userId);
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::UpdateUser& e)
{
    auto user = existingUser(e.userId);
    if (!user)
        return user.error();
    QString problem = Names::checkEmail(e.email);
    if (problem.isEmpty())
        problem = Names::checkFullName(e.fullName);
    if (!problem.isEmpty())
        return invalid(problem);
    const User* other = e.email.isEmpty() ? nullptr : m_directory.userNamed(e.email);
    if (other && other->id != e.userId)
        return refused(tr("a user with the email address %1 already exists").arg(quoted(e.email)));
    User changed = *user.value();
    changed.fullName = e.fullName;
    changed.email = e.email;
    if (changed.fullName != user.value()->fullName || changed.email != user.value()->email)
        m_directory.put(changed);
    return Applied{tr("Edit user %1").arg(changed.username)};
}

Result<Applied> Editor::run(const edit::DeleteUsers& e)
{
    QStringList names;
    for (Id userId : e.users) {
        const User* user = m_directory.user(userId);
        if (user)
            names.append(user->username);
        auto applied = deleteUser(userId);
        if (!applied)
            return applied.error();
    }
    return Applied{tr("Delete users %1").arg(names.join(QLatin1String(", ")))};
}

Result<Applied> Editor::run(const edit::SetUserStatuses& e)
{
    QStringList names;
    for (Id userId : e.users) {
        auto applied = setStatus(userId, e.status);
        if (!applied)
            return applied.error();
        names.append(m_directory.user(userId)->username);
    }
    return Applied{e.status == UserStatus::Disabled ? tr("Disable %1").arg(names.join(QLatin1String(", ")))
                                                    : tr("Activate %1").arg(names.join(QLatin1String(", ")))};
}

Result<Applied> Editor::run(const edit::AddRole& e)
{
    const QString problem = Names::checkRoleName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid role name: %1").arg(problem));
    if (m_directory.roleNamed(e.name))
        return refused(tr("a role named %1 already exists").arg(quoted(e.name)));
    if (Status s = checkRoleLookalike(e.name, 0))
        return *s;
    Role role;
    role.id = Directory::newId();
    role.name = e.name;
    m_directory.put(role);
    return Applied{tr("Add role %1").arg(e.name), role.id};
}

Result<Applied> Editor::run(const edit::RenameRole& e)
{
    auto role = existingRole(e.roleId);
    if (!role)
        return role.error();
    const QString problem = Names::checkRoleName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid role name: %1").arg(problem));
    const Role* existing = m_directory.roleNamed(e.name);
    if (existing && existing->id != e.roleId)
        return refused(tr("a role named %1 already exists").arg(quoted(existing->name)));
    if (Status s = checkRoleLookalike(e.name, e.roleId))
        return *s;
    Role renamed = *role.value();
    const QString summary = tr("Rename role %1 to %2").arg(renamed.name, e.name);
    renamed.name = e.name;
    m_directory.put(renamed);
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::DeleteRole& e)
{
    auto role = existingRole(e.roleId);
    if (!role)
        return role.error();
    const QString summary = tr("Delete role %1").arg(role.value()->name);
    const QSet<Id> users = m_directory.usersOfRole(e.roleId);
    for (Id userId : users) {
        User changed = *m_directory.user(userId);
        changed.roles.remove(e.roleId);
        m_directory.put(changed);
    }
    const QSet<Id> teams = m_directory.teamsOfRole(e.roleId);
    for (Id teamId : teams) {
        Team changed = *m_directory.team(teamId);
        changed.roles.remove(e.roleId);
        m_directory.put(changed);
    }
    const auto globals = m_directory.globals();
    for (GlobalAssignment assignment : globals) {
        if (assignment.roles.remove(e.roleId))
            m_directory.put(assignment);
    }
    forgetPrincipal(AccessEntry::Kind::Role, e.roleId);
    m_directory.removeRole(e.roleId);
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::RoleMember& e)
{
    auto role = existingRole(e.roleId);
    if (!role)
        return role.error();
    auto user = existingUser(e.userId);
    if (!user)
        return user.error();
    User changed = *user.value();
    if (e.add)
        changed.roles.insert(e.roleId);
    else
        changed.roles.remove(e.roleId);
    const QString summary = e.add ? tr("Assign role %1 to %2").arg(role.value()->name, changed.username)
                                  : tr("Unassign role %1 from %2").arg(role.value()->name, changed.username);
    if (changed.roles != user.value()->roles)
        m_directory.put(changed);
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::GlobalGrant& e)
{
    if (m_catalog.globalIndex(e.key) < 0)
        return invalid(tr("unknown global permission %1").arg(quoted(e.key)));
    auto role = existingRole(e.roleId);
    if (!role)
        return role.error();
    GlobalAssignment assignment = m_directory.global(e.key);
    const QSet<Id> before = assignment.roles;
    if (e.grant)
        assignment.roles.insert(e.roleId);
    else
        assignment.roles.remove(e.roleId);
    const QString summary = e.grant ? tr("Grant %1 to role %2").arg(e.key, role.value()->name)
                                    : tr("Revoke %1 from role %2").arg(e.key, role.value()->name);
    if (assignment.roles != before)
        m_directory.put(assignment);
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::GlobalAssignments& e)
{
    QStringList changed;
    for (const auto& [key, roles] : e.permissions) {
        if (m_catalog.globalIndex(key) < 0)
            return invalid(tr("unknown global permission %1").arg(quoted(key)));
        for (Id roleId : roles) {
            if (!m_directory.role(roleId))
                return invalid(tr("the role does not exist"));
        }
        GlobalAssignment assignment = m_directory.global(key);
        if (assignment.roles == roles)
            continue;
        assignment.roles = roles;
        m_directory.put(assignment);
        changed.append(key);
    }
    return Applied{tr("Change the roles of %1").arg(changed.join(QLatin1String(", ")))};
}

// Connections

Result<const Connection*> Editor::existingConnection(Id connectionId) const
{
    if (const Connection* connection = m_directory.connection(connectionId))
        return connection;
    return invalid(tr("the connection does not exist"));
}

Status Editor::checkConnectionTitle(Id folderId, const QString& title, Id except) const
{
    if (QString problem = Names::checkFolderName(title); !problem.isEmpty())
        return invalid(tr("connection title: %1").arg(problem));
    const Connection* other = m_directory.connectionNamed(folderId, title);
    if (other && other->id != except)
        return refused(folderId == 0 ? tr("a global connection named %1 already exists").arg(quoted(other->title))
                                     : tr("a connection named %1 already exists on %2").arg(quoted(other->title), quoted(m_directory.path(folderId))));
    return {};
}

Status Editor::checkAccessEntries(const QList<AccessEntry>& entries) const
{
    QSet<QPair<int, Id>> seen;
    for (const AccessEntry& entry : entries) {
        const bool exists = entry.kind == AccessEntry::Kind::User   ? m_directory.user(entry.principal) != nullptr
                            : entry.kind == AccessEntry::Kind::Role ? m_directory.role(entry.principal) != nullptr
                                                                    : m_directory.team(entry.principal) != nullptr;
        if (!exists)
            return invalid(tr("an access entry names a user, role or team that does not exist"));
        if (seen.contains({int(entry.kind), entry.principal}))
            return invalid(tr("a user, role or team has two access entries"));
        seen.insert({int(entry.kind), entry.principal});
    }
    return {};
}

void Editor::forgetPrincipal(AccessEntry::Kind kind, Id principal)
{
    const QHash<Id, Connection> connections = m_directory.connections();
    for (Connection connection : connections) {
        const auto removed = connection.access.removeIf([&](const AccessEntry& entry) {
            return entry.kind == kind && entry.principal == principal;
        });
        if (removed > 0)
            m_directory.put(connection);
    }
}

void Editor::deleteConnectionsAndTemplatesOn(Id folderId)
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

Result<Applied> Editor::run(const edit::AddConnection& e)
{
    const ConnectionType* type = m_directory.connectionType(e.type);
    if (!type)
        return invalid(tr("there is no connection type %1").arg(quoted(e.type)));
    if (Status s = ConnectionTypes::validate(*type))
        return refused(tr("connection type %1 cannot be used until its definition is fixed: %2").arg(quoted(e.type), s->message));
    if (!ConnectionTypes::availableAt(*type, e.folderId, m_directory))
        return refused(e.folderId == 0 ? tr("connection type %1 is not released, so it cannot have global connections").arg(quoted(e.type))
                                       : tr("connection type %1 is not available on %2").arg(quoted(e.type), quoted(m_directory.path(e.folderId))));
    if (Status s = checkConnectionTitle(e.folderId, e.title, 0))
        return *s;
    QSet<QString> secrets;
    for (auto it = e.secrets.cbegin(); it != e.secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            secrets.insert(it.key());
    }
    if (Status s = ConnectionTypes::checkProperties(ConnectionTypes::fields(*type).value(), e.properties, secrets))
        return *s;
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

Result<Applied> Editor::run(const edit::UpdateConnection& e)
{
    auto existing = existingConnection(e.connectionId);
    if (!existing)
        return existing.error();
    Connection changed = *existing.value();
    if (Status s = checkConnectionTitle(changed.folderId, e.title, changed.id))
        return *s;
    const ConnectionType* type = m_directory.connectionType(changed.type);
    auto fields = type ? ConnectionTypes::fields(*type) : Result<QList<FieldDef>>(invalid(tr("the type is gone")));
    if (!fields)
        return refused(tr("connection type %1 cannot be used until its definition is fixed: %2").arg(quoted(changed.type), fields.error().message));
    for (auto it = e.secrets.cbegin(); it != e.secrets.cend(); ++it) {
        if (it.value().isEmpty())
            changed.secrets.remove(it.key());
        else
            changed.secrets.insert(it.key(), it.value());
    }
    const QList<QString> names = changed.secrets.keys();
    if (Status s = ConnectionTypes::checkProperties(fields.value(), e.properties, QSet<QString>(names.cbegin(), names.cend())))
        return *s;
    const QString before = m_rights.describeConnection(changed);
    changed.title = e.title;
    changed.properties = e.properties;
    if (changed.title != existing.value()->title || changed.properties != existing.value()->properties
        || changed.secrets != existing.value()->secrets)
        m_directory.put(changed);
    return Applied{tr("Edit %1").arg(before)};
}

Result<Applied> Editor::run(const edit::DeleteConnection& e)
{
    auto existing = existingConnection(e.connectionId);
    if (!existing)
        return existing.error();
    const Connection& connection = *existing.value();
    const QString summary = tr("Delete %1").arg(m_rights.describeConnection(connection));
    const QHash<Id, Template> templates = m_directory.templates();
    for (Template t : templates) {
        if (t.uses.remove(connection.id))
            m_directory.put(t);
    }
    m_directory.remove(Row(connection));
    return Applied{summary};
}

Result<Applied> Editor::run(const edit::SetConnectionAccess& e)
{
    auto existing = existingConnection(e.connectionId);
    if (!existing)
        return existing.error();
    Connection changed = *existing.value();
    if (Status s = checkAccessEntries(e.access))
        return *s;
    changed.defaultLevel = e.defaultLevel;
    changed.access = e.access;
    if (changed.defaultLevel != existing.value()->defaultLevel || changed.access != existing.value()->access)
        m_directory.put(changed);
    return Applied{tr("Change who may use %1").arg(m_rights.describeConnection(changed))};
}

Result<Applied> Editor::run(const edit::SetAllowedTemplates& e)
{
    auto existing = existingConnection(e.connectionId);
    if (!existing)
        return existing.error();
    Connection changed = *existing.value();
    for (Id templateId : e.templates) {
        if (!m_directory.releaseTemplate(templateId))
            return invalid(tr("an allowed template does not exist"));
    }
    changed.allTemplates = e.all;
    changed.allowedTemplates = e.all ? QSet<Id>() : e.templates;
    if (changed.allTemplates != existing.value()->allTemplates || changed.allowedTemplates != existing.value()->allowedTemplates)
        m_directory.put(changed);
    return Applied{tr("Change the templates allowed to use %1").arg(m_rights.describeConnection(changed))};
}

Result<Applied> Editor::run(const edit::AllowTemplate& e)
{
    auto existing = existingConnection(e.connectionId);
    if (!existing)
        return existing.error();
    const Template* t = m_directory.releaseTemplate(e.templateId);
    if (!t)
        return invalid(tr("the template does not exist"));
    if (!t->uses.contains(e.connectionId))
        return invalid(tr("template %1 does not use %2").arg(quoted(t->name), m_rights.describeConnection(*existing.value())));
    Connection changed = *existing.value();
    if (!changed.allTemplates && !changed.allowedTemplates.contains(t->id)) {
        changed.allowedTemplates.insert(t->id);
        m_directory.put(changed);
    }
    return Applied{tr("Allow template %1 on %2 to use %3").arg(t->name, m_directory.path(t->folderId), m_rights.describeConnection(changed))};
}

Result<Applied> Editor::run(const edit::SetTypeAvailability& e)
{
    const ConnectionType* type = m_directory.connectionType(e.type);
    if (!type)
        return invalid(tr("there is no connection type %1").arg(quoted(e.type)));
    ConnectionType changed = *type;
    QString summary;
    const bool needsValid = e.action == edit::Availability::Release || e.action == edit::Availability::Grant;
    if (needsValid) {
        if (Status s = ConnectionTypes::validate(*type))
            return refused(tr("connection type %1 cannot be made available until its definition is fixed: %2").arg(quoted(e.type), s->message));
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
            return refused(tr("connection type %1 is released everywhere; unrelease it to grant or revoke folders").arg(quoted(e.type)));
        auto folder = existingFolder(e.folderId);
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
