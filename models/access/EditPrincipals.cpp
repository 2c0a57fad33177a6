// Edits of users, roles and global permission assignments.
#include "EditApplier.h"

#include "models/domain/Names.h"

namespace warden {

Status EditApplier::checkUserUnique(const QString& username, const QString& email) const
{
    if (m_directory.userNamed(username))
        return refused(tr("a user named %1 already exists").arg(Names::quoted(username)));
    if (!email.isEmpty() && m_directory.userNamed(email))
        return refused(tr("a user with the email address %1 already exists").arg(Names::quoted(email)));
    QStringList usernames;
    for (const User& user : m_directory.users())
        usernames.append(user.username);
    if (const QString like = Names::lookalikeIn(username, usernames); !like.isEmpty())
        return refused(tr("%1 looks like the user %2; choose a name that reads differently")
                           .arg(Names::quoted(username), Names::quoted(like)));
    return {};
}

Status EditApplier::checkRoleLookalike(const QString& name, Id except) const
{
    QStringList names;
    for (const Role& role : m_directory.roles()) {
        if (role.id != except)
            names.append(role.name);
    }
    if (const QString like = Names::lookalikeIn(name, names); !like.isEmpty())
        return refused(tr("%1 looks like the role %2; choose a name that reads differently")
                           .arg(Names::quoted(name), Names::quoted(like)));
    return {};
}

Result<Applied> EditApplier::run(const edit::AddUser& e)
{
    QString problem = Names::checkUsername(e.username);
    if (problem.isEmpty())
        problem = Names::checkEmail(e.email);
    if (problem.isEmpty())
        problem = Names::checkFullName(e.fullName);
    if (!problem.isEmpty())
        return invalid(problem);
    if (Status s = checkUserUnique(e.username, e.email); s.failed())
        return s.error();
    User user;
    user.id = Directory::newId();
    user.username = e.username;
    user.email = e.email;
    user.fullName = e.fullName;
    user.status = UserStatus::Active;
    m_directory.put(user);
    return Applied{tr("Add user %1").arg(e.username), user.id};
}

Result<Applied> EditApplier::run(const edit::InviteUser& e)
{
    if (e.email.isEmpty())
        return invalid(tr("an invitation needs an email address"));
    QString problem = Names::checkEmail(e.email);
    if (problem.isEmpty())
        problem = Names::checkUsername(e.email);
    if (!problem.isEmpty())
        return invalid(problem);
    auto role = existing<Role>(e.roleId);
    if (!role)
        return role.error();
    if (Status s = checkUserUnique(e.email, e.email); s.failed())
        return s.error();
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

Result<Applied> EditApplier::run(const edit::SetUserStatus& e)
{
    auto user = existing<User>(e.userId);
    if (!user)
        return user.error();
    return setStatus(e.userId, e.status);
}

// Rights are checked by the caller, before anything changed: an operator may disable themselves.
Result<Applied> EditApplier::setStatus(Id userId, UserStatus status)
{
    auto user = existing<User>(userId);
    if (!user)
        return user.error();
    if (status == UserStatus::Invited && user.value()->status != UserStatus::Invited)
        return invalid(
            tr("%1 has already joined and cannot be invited again").arg(Names::quoted(user.value()->username)));
    User changed = *user.value();
    const QString summary
        = tr("Set %1 from %2 to %3").arg(changed.username, statusKey(changed.status), statusKey(status));
    if (changed.status == status)
        return Applied{summary};
    changed.status = status;
    m_directory.put(changed);
    return Applied{summary};
}

Result<Applied> EditApplier::run(const edit::DeleteUser& e)
{
    auto user = existing<User>(e.userId);
    if (!user)
        return user.error();
    return deleteUser(e.userId);
}

Result<Applied> EditApplier::deleteUser(Id userId)
{
    auto user = existing<User>(userId);
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

Result<Applied> EditApplier::run(const edit::UpdateUser& e)
{
    auto user = existing<User>(e.userId);
    if (!user)
        return user.error();
    QString problem = Names::checkEmail(e.email);
    if (problem.isEmpty())
        problem = Names::checkFullName(e.fullName);
    if (!problem.isEmpty())
        return invalid(problem);
    const User* other = e.email.isEmpty() ? nullptr : m_directory.userNamed(e.email);
    if (other && other->id != e.userId)
        return refused(tr("a user with the email address %1 already exists").arg(Names::quoted(e.email)));
    User changed = *user.value();
    changed.fullName = e.fullName;
    changed.email = e.email;
    if (changed.fullName != user.value()->fullName || changed.email != user.value()->email)
        m_directory.put(changed);
    return Applied{tr("Edit user %1").arg(changed.username)};
}

Result<Applied> EditApplier::run(const edit::DeleteUsers& e)
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

Result<Applied> EditApplier::run(const edit::SetUserStatuses& e)
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

Result<Applied> EditApplier::run(const edit::AddRole& e)
{
    const QString problem = Names::checkRoleName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid role name: %1").arg(problem));
    if (m_directory.roleNamed(e.name))
        return refused(tr("a role named %1 already exists").arg(Names::quoted(e.name)));
    if (Status s = checkRoleLookalike(e.name, 0); s.failed())
        return s.error();
    Role role;
    role.id = Directory::newId();
    role.name = e.name;
    m_directory.put(role);
    return Applied{tr("Add role %1").arg(e.name), role.id};
}

Result<Applied> EditApplier::run(const edit::RenameRole& e)
{
    auto role = existing<Role>(e.roleId);
    if (!role)
        return role.error();
    const QString problem = Names::checkRoleName(e.name);
    if (!problem.isEmpty())
        return invalid(tr("invalid role name: %1").arg(problem));
    const Role* existing = m_directory.roleNamed(e.name);
    if (existing && existing->id != e.roleId)
        return refused(tr("a role named %1 already exists").arg(Names::quoted(existing->name)));
    if (Status s = checkRoleLookalike(e.name, e.roleId); s.failed())
        return s.error();
    Role renamed = *role.value();
    const QString summary = tr("Rename role %1 to %2").arg(renamed.name, e.name);
    renamed.name = e.name;
    m_directory.put(renamed);
    return Applied{summary};
}

Result<Applied> EditApplier::run(const edit::DeleteRole& e)
{
    auto role = existing<Role>(e.roleId);
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

Result<Applied> EditApplier::run(const edit::RoleMember& e)
{
    auto role = existing<Role>(e.roleId);
    if (!role)
        return role.error();
    auto user = existing<User>(e.userId);
    if (!user)
        return user.error();
    User changed = *user.value();
    if (e.assignment == edit::Assignment::Assign)
        changed.roles.insert(e.roleId);
    else
        changed.roles.remove(e.roleId);
    const QString summary = e.assignment == edit::Assignment::Assign
        ? tr("Assign role %1 to %2").arg(role.value()->name, changed.username)
        : tr("Unassign role %1 from %2").arg(role.value()->name, changed.username);
    if (changed.roles != user.value()->roles)
        m_directory.put(changed);
    return Applied{summary};
}

Result<Applied> EditApplier::run(const edit::GlobalGrant& e)
{
    if (m_catalog.globalIndex(e.key) < 0)
        return invalid(tr("unknown global permission %1").arg(Names::quoted(e.key)));
    auto role = existing<Role>(e.roleId);
    if (!role)
        return role.error();
    GlobalAssignment assignment = m_directory.global(e.key);
    const IdSet before = assignment.roles;
    if (e.assignment == edit::Assignment::Assign)
        assignment.roles.insert(e.roleId);
    else
        assignment.roles.remove(e.roleId);
    const QString summary = e.assignment == edit::Assignment::Assign
        ? tr("Grant %1 to role %2").arg(e.key, role.value()->name)
        : tr("Revoke %1 from role %2").arg(e.key, role.value()->name);
    if (assignment.roles != before)
        m_directory.put(assignment);
    return Applied{summary};
}

Result<Applied> EditApplier::run(const edit::GlobalAssignments& e)
{
    QStringList changed;
    for (const auto& [key, roles] : e.permissions) {
        if (m_catalog.globalIndex(key) < 0)
            return invalid(tr("unknown global permission %1").arg(Names::quoted(key)));
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

} // namespace warden
