// Edits of folders and their teams.
#include "EditApplier.h"

#include "models/domain/Names.h"

namespace warden {

Status EditApplier::checkSiblingName(Id parentId, const QString& name, Id except) const
{
    const QString problem = Names::checkFolderName(name);
    if (!problem.isEmpty())
        return invalid(tr("invalid folder name: %1").arg(problem));
    const Id existing = m_directory.childNamed(parentId, name);
    const QString where
        = parentId == 0 ? tr("at the top level") : tr("in %1").arg(Names::quoted(m_directory.path(parentId)));
    if (existing != 0 && existing != except)
        return refused(
            tr("a folder named %1 already exists %2").arg(Names::quoted(m_directory.folder(existing)->name), where));
    QStringList siblings;
    for (Id id : m_directory.children(parentId)) {
        if (id != except)
            siblings.append(m_directory.folder(id)->name);
    }
    if (const QString like = Names::lookalikeIn(name, siblings); !like.isEmpty())
        return refused(tr("%1 looks like the folder %2 %3; choose a name that reads differently")
                           .arg(Names::quoted(name), Names::quoted(like), where));
    return {};
}

void EditApplier::addSystemTeam(const SystemTeamInfo& info, Id folderId, const QSet<Id>& users)
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

void EditApplier::addSystemTeams(Id folderId, const QSet<Id>& ownerUsers)
{
    for (const SystemTeamInfo& info : m_catalog.systemTeams())
        addSystemTeam(info, folderId, info.kind == QLatin1String("folder_owner") ? ownerUsers : QSet<Id>());
}

void EditApplier::copyTeams(Id fromRootId, Id toFolderId)
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

void EditApplier::deleteTeamsOn(Id folderId)
{
    const QList<Id> teams = m_directory.teamsOn(folderId);
    for (Id teamId : teams) {
        forgetPrincipal(AccessEntry::Kind::Team, teamId);
        m_directory.removeTeam(teamId);
    }
}

// Folders

Result<Applied> EditApplier::run(const edit::AddFolder& e)
{
    if (e.parentId != 0 && !m_directory.folder(e.parentId))
        return invalid(tr("the parent folder does not exist"));
    if (Status s = checkSiblingName(e.parentId, e.name, 0); s.failed())
        return s.error();
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

Result<Applied> EditApplier::run(const edit::RenameFolder& e)
{
    auto folder = existing<Folder>(e.folderId);
    if (!folder)
        return folder.error();
    if (Status s = checkSiblingName(folder.value()->parentId, e.name, e.folderId); s.failed())
        return s.error();
    const QString oldPath = m_directory.path(e.folderId);
    if (folder.value()->name == e.name)
        return Applied{tr("Rename folder %1 (no change)").arg(oldPath)};
    Folder renamed = *folder.value();
    renamed.name = e.name;
    m_directory.put(renamed);
    return Applied{tr("Rename folder %1 to %2").arg(oldPath, e.name)};
}

Result<Applied> EditApplier::run(const edit::MoveFolder& e)
{
    auto folder = existing<Folder>(e.folderId);
    if (!folder)
        return folder.error();
    if (e.newParentId != 0 && !m_directory.folder(e.newParentId))
        return invalid(tr("the destination folder does not exist"));
    const QString oldPath = m_directory.path(e.folderId);
    if (e.newParentId != 0 && m_directory.isWithin(e.newParentId, e.folderId))
        return refused(tr("cannot move %1 into itself or one of its subfolders").arg(Names::quoted(oldPath)));
    if (folder.value()->parentId == e.newParentId)
        return Applied{tr("Move folder %1 (no change)").arg(oldPath)};
    if (Status s = checkSiblingName(e.newParentId, folder.value()->name, e.folderId); s.failed())
        return s.error();

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

Result<Applied> EditApplier::run(const edit::DeleteFolder& e)
{
    auto folder = existing<Folder>(e.folderId);
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

Result<Applied> EditApplier::run(const edit::SetInherit& e)
{
    auto folder = existing<Folder>(e.folderId);
    if (!folder)
        return folder.error();
    const QString path = m_directory.path(e.folderId);
    if (folder.value()->parentId == 0)
        return refused(tr("%1 is a top-level folder; top-level folders never inherit").arg(Names::quoted(path)));
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

Result<Applied> EditApplier::run(const edit::AddTeam& e)
{
    auto folder = existing<Folder>(e.folderId);
    if (!folder)
        return folder.error();
    const QString path = m_directory.path(e.folderId);
    if (m_directory.securityRoot(e.folderId) != e.folderId)
        return refused(
            tr("%1 inherits its teams from %2; teams can only be added to a folder that does not inherit")
                .arg(Names::quoted(path), Names::quoted(m_directory.path(m_directory.securityRoot(e.folderId)))));
    const QString problem = Names::checkTeamName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid team name: %1").arg(problem));
    if (m_directory.teamNamed(e.folderId, e.name))
        return refused(tr("a team named %1 already exists on %2").arg(Names::quoted(e.name), Names::quoted(path)));
    if (Status s = checkTeamLookalike(e.folderId, e.name, 0); s.failed())
        return s.error();
    Team team;
    team.id = Directory::newId();
    team.folderId = e.folderId;
    team.name = e.name;
    m_directory.put(team);
    return Applied{tr("Add team %1 on %2").arg(e.name, path), team.id};
}

Result<Applied> EditApplier::run(const edit::RenameTeam& e)
{
    auto team = existing<Team>(e.teamId);
    if (!team)
        return team.error();
    const QString path = m_directory.path(team.value()->folderId);
    if (team.value()->isSystem())
        return refused(tr("%1 is a system team and cannot be renamed").arg(Names::quoted(team.value()->name)));
    const QString problem = Names::checkTeamName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid team name: %1").arg(problem));
    const Team* existing = m_directory.teamNamed(team.value()->folderId, e.name);
    if (existing && existing->id != e.teamId)
        return refused(
            tr("a team named %1 already exists on %2").arg(Names::quoted(existing->name), Names::quoted(path)));
    if (Status s = checkTeamLookalike(team.value()->folderId, e.name, e.teamId); s.failed())
        return s.error();
    Team renamed = *team.value();
    const QString oldName = renamed.name;
    renamed.name = e.name;
    m_directory.put(renamed);
    return Applied{tr("Rename team %1 on %2 to %3").arg(oldName, path, e.name)};
}

Result<Applied> EditApplier::run(const edit::DeleteTeam& e)
{
    auto team = existing<Team>(e.teamId);
    if (!team)
        return team.error();
    if (team.value()->isSystem())
        return refused(tr("%1 is a system team and cannot be deleted").arg(Names::quoted(team.value()->name)));
    const QString summary
        = tr("Delete team %1 on %2").arg(team.value()->name, m_directory.path(team.value()->folderId));
    forgetPrincipal(AccessEntry::Kind::Team, e.teamId);
    m_directory.removeTeam(e.teamId);
    return Applied{summary};
}

Result<QString> EditApplier::changeMembership(const edit::TeamMember& e, Team& changed) const
{
    if (e.userId != 0) {
        auto user = existing<User>(e.userId);
        if (!user)
            return user.error();
        if (e.membership == edit::Membership::Add)
            changed.users.insert(e.userId);
        else
            changed.users.remove(e.userId);
        return user.value()->username;
    }
    auto role = existing<Role>(e.roleId);
    if (!role)
        return role.error();
    if (e.membership == edit::Membership::Add)
        changed.roles.insert(e.roleId);
    else
        changed.roles.remove(e.roleId);
    return tr("role %1").arg(role.value()->name);
}

Result<Applied> EditApplier::run(const edit::TeamMember& e)
{
    auto team = existing<Team>(e.teamId);
    if (!team)
        return team.error();
    Team changed = *team.value();
    auto member = changeMembership(e, changed);
    if (!member)
        return member.error();
    const QString path = m_directory.path(changed.folderId);
    const QString summary = e.membership == edit::Membership::Add
        ? tr("Add %1 to team %2 on %3").arg(member.value(), changed.name, path)
        : tr("Remove %1 from team %2 on %3").arg(member.value(), changed.name, path);
    if (changed.users != team.value()->users || changed.roles != team.value()->roles)
        m_directory.put(changed);
    return Applied{summary};
}

// Membership edits change nothing that another one checks (rights are frozen, and teams, users and
// roles stay), so each team is copied and written once however many members a plan gives it.
Status EditApplier::applyMemberships(const QList<Edit>& edits, int from, int to, int* failedAt)
{
    QHash<Id, Team> changed;
    QList<Id> order;
    for (int i = from; i < to; ++i) {
        const auto& e = std::get<edit::TeamMember>(edits[i]);
        if (Status s = m_rights.check(edits[i]); s.failed()) {
            *failedAt = i;
            return s;
        }
        auto it = changed.find(e.teamId);
        if (it == changed.end()) {
            auto team = existing<Team>(e.teamId);
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
    return {};
}

Result<Applied> EditApplier::run(const edit::TeamPermissions& e)
{
    auto team = existing<Team>(e.teamId);
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
    return Applied{
        tr("Team %1 on %2: %3").arg(changed.name, m_directory.path(changed.folderId), parts.join(QLatin1String("; ")))};
}

Result<Applied> EditApplier::run(const edit::TeamPermissionSets& e)
{
    // Rights as they are before the save: a team may take its own right to edit teams away.
    for (const auto& [teamId, permissions] : e.teams) {
        auto team = existing<Team>(teamId);
        if (!team)
            return team.error();
    }
    QStringList changed;
    QSet<Id> folders;
    for (const auto& [teamId, permissions] : e.teams) {
        auto team = existing<Team>(teamId);
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

Result<Applied> EditApplier::run(const edit::UpdateTeam& e)
{
    auto team = existing<Team>(e.teamId);
    if (!team)
        return team.error();
    const Team before = *team.value();
    const QString path = m_directory.path(before.folderId);
    if (e.name != before.name) {
        auto renamed = run(edit::RenameTeam{e.teamId, e.name});
        if (!renamed)
            return renamed.error();
    }
    if (IdSet(e.users) != before.users || IdSet(e.roles) != before.roles) {
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

Status EditApplier::checkTeamLookalike(Id folderId, const QString& name, Id except) const
{
    QStringList names;
    for (Id id : m_directory.teamsOn(folderId)) {
        if (id != except)
            names.append(m_directory.team(id)->name);
    }
    if (const QString like = Names::lookalikeIn(name, names); !like.isEmpty())
        return refused(tr("%1 looks like the team %2 on %3; choose a name that reads differently")
                           .arg(Names::quoted(name), Names::quoted(like), Names::quoted(m_directory.path(folderId))));
    return {};
}

} // namespace warden
