#include "AccessQuery.h"

#include "models/domain/Names.h"

#include <algorithm>

namespace warden {

bool AccessQuery::isActive(Id userId) const
{
    const User* user = m_directory.user(userId);
    return user && user->status == UserStatus::Active;
}

bool AccessQuery::isAdmin(Id userId) const
{
    const User* user = m_directory.user(userId);
    return user && user->status == UserStatus::Active && hasAdminRole(*user);
}

// Whatever the user's status: the test of Admin for those taken as active.
bool AccessQuery::hasAdminRole(const User& user) const
{
    return user.roles.intersects(m_directory.global(m_catalog.global(m_catalog.known().admin).key).roles);
}

QList<Id> AccessQuery::activeAdmins() const
{
    QSet<Id> result;
    for (Id roleId : m_directory.global(m_catalog.global(m_catalog.known().admin).key).roles) {
        for (Id userId : m_directory.usersOfRole(roleId)) {
            if (isActive(userId))
                result.insert(userId);
        }
    }
    return result.values();
}

PermissionSet AccessQuery::globalPermissions(Id userId, bool asIfActive) const
{
    PermissionSet set;
    const User* user = m_directory.user(userId);
    if (!user || (user->status != UserStatus::Active && !asIfActive))
        return set;
    for (int i = 0; i < m_catalog.globalCount(); ++i) {
        const IdSet roles = m_directory.global(m_catalog.global(i).key).roles;
        // Login with no role assigned is open to every enabled user.
        if (user->roles.intersects(roles) || (i == m_catalog.known().login && roles.isEmpty()))
            set.set(i);
    }
    if (set.test(m_catalog.known().admin)) {
        for (int i = 0; i < m_catalog.globalCount(); ++i)
            set.set(i);
    }
    return set;
}

bool AccessQuery::holdsGlobal(Id userId, int globalIndex) const { return globalPermissions(userId).test(globalIndex); }

QSet<Id> AccessQuery::teamsReaching(Id userId) const { return m_directory.teamsReaching(userId); }

// The teams on the root, not every team the user reaches: a question about one folder looks at a
// handful of teams.
PermissionSet AccessQuery::teamGrants(Id userId, Id rootId) const
{
    PermissionSet held;
    const User* user = m_directory.user(userId);
    if (!user)
        return held;
    for (Id teamId : m_directory.teamsOn(rootId)) {
        const Team* team = m_directory.team(teamId);
        if (team->users.contains(userId) || team->roles.intersects(user->roles))
            held |= team->permissions;
    }
    return held;
}

PermissionSet AccessQuery::folderPermissions(Id userId, Id folderId, bool asIfActive) const
{
    const User* user = m_directory.user(userId);
    if (!user || !m_directory.folder(folderId))
        return {};
    if (user->status != UserStatus::Active && !asIfActive)
        return {};
    if (hasAdminRole(*user)) // active here, or taken as active
        return m_catalog.allFolderPermissions();
    return m_catalog.closure(teamGrants(userId, m_directory.securityRoot(folderId)));
}

QHash<Id, PermissionSet> AccessQuery::grantedByRoot(Id userId, bool asIfActive) const
{
    QHash<Id, PermissionSet> byRoot;
    const User* user = m_directory.user(userId);
    if (!user || (user->status != UserStatus::Active && !asIfActive))
        return byRoot;
    for (Id teamId : teamsReaching(userId)) {
        const Team* team = m_directory.team(teamId);
        byRoot[team->folderId] |= team->permissions;
    }
    return byRoot;
}

QHash<Id, PermissionSet> AccessQuery::heldByRoot(Id userId, bool asIfActive) const
{
    QHash<Id, PermissionSet> byRoot = grantedByRoot(userId, asIfActive);
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it)
        it.value() = m_catalog.closure(it.value());
    return byRoot;
}

QList<FolderPermissions> AccessQuery::effective(Id userId, bool asIfActive) const
{
    QList<FolderPermissions> result;
    const User* user = m_directory.user(userId);
    if (!user)
        return result;
    const bool active = user->status == UserStatus::Active || asIfActive;
    const bool admin = active && globalPermissions(userId, asIfActive).test(m_catalog.known().admin);
    const Directory::Tree& tree = m_directory.tree();
    const std::size_t count = std::size_t(tree.order.size());

    // Held permissions per security root (by tree position), from the teams the user reaches.
    std::vector<PermissionSet> atRoot(active && !admin ? count : 0);
    if (active && !admin) {
        QList<int> roots;
        for (Id teamId : teamsReaching(userId)) {
            const int at = tree.positionOf.value(m_directory.team(teamId)->folderId, -1);
            if (at < 0)
                continue;
            if (atRoot[std::size_t(at)].isEmpty())
                roots.append(at);
            atRoot[std::size_t(at)] |= m_directory.team(teamId)->permissions;
        }
        for (int at : roots)
            atRoot[std::size_t(at)] = m_catalog.closure(atRoot[std::size_t(at)]);
    }

    // Parents come before children, so each folder's root is known when it is reached.
    std::vector<int> rootAt(count);
    result.reserve(qsizetype(count));
    const PermissionSet all = m_catalog.allFolderPermissions();
    for (std::size_t i = 0; i < count; ++i) {
        const int parent = tree.parentAt[i];
        rootAt[i] = (tree.inheritAt[i] && parent >= 0) ? rootAt[std::size_t(parent)] : int(i);
        const std::size_t root = std::size_t(rootAt[i]);
        result.append(FolderPermissions{tree.order[qsizetype(i)], tree.order[qsizetype(root)],
                                        admin ? all : (active ? atRoot[root] : PermissionSet())});
    }
    return result;
}

QList<Id> AccessQuery::membershipsIn(Id userId, const Team& team) const
{
    QList<Id> via;
    const User* user = m_directory.user(userId);
    if (!user)
        return via;
    if (team.users.contains(userId))
        via.append(0);
    QList<Id> roles;
    for (Id roleId : team.roles) {
        if (user->roles.contains(roleId))
            roles.append(roleId);
    }
    std::sort(roles.begin(), roles.end(), [this](Id a, Id b) {
        return m_directory.role(a)->name.compare(m_directory.role(b)->name, Qt::CaseInsensitive) < 0;
    });
    return via + roles;
}

Explanation AccessQuery::explain(Id userId, Id folderId, int permission) const
{
    Explanation explanation;
    const User* user = m_directory.user(userId);
    if (!user || !m_directory.folder(folderId) || permission < 0)
        return explanation;
    if (user->status != UserStatus::Active) {
        Reason reason;
        reason.kind = Reason::Kind::Status;
        reason.status = user->status;
        explanation.reasons.append(reason);
    }
    if (user->status == UserStatus::Active) {
        const IdSet adminRoles = m_directory.global(m_catalog.global(m_catalog.known().admin).key).roles;
        for (Id roleId : user->roles) {
            if (adminRoles.contains(roleId)) {
                Reason reason;
                reason.kind = Reason::Kind::Admin;
                reason.roleId = roleId;
                reason.member = true;
                explanation.reasons.append(reason);
                explanation.granted = true;
            }
        }
    }

    const Id rootId = m_directory.securityRoot(folderId);
    QList<Id> teamIds = m_directory.teamsOn(rootId);
    std::sort(teamIds.begin(), teamIds.end(), [this](Id a, Id b) {
        return m_directory.team(a)->name.compare(m_directory.team(b)->name, Qt::CaseInsensitive) < 0;
    });
    for (Id teamId : teamIds) {
        const Team& team = *m_directory.team(teamId);
        // The held permissions that imply the asked one, the asked one itself first.
        QList<int> implying;
        if (team.permissions.test(permission))
            implying.append(permission);
        team.permissions.forEach([&](int held) {
            if (held != permission && m_catalog.implied(held).test(permission))
                implying.append(held);
        });
        if (implying.isEmpty())
            continue;
        const QList<Id> via = membershipsIn(userId, team);
        Reason reason;
        reason.teamId = teamId;
        reason.folderId = rootId;
        reason.held = implying.first();
        if (via.isEmpty()) {
            explanation.reasons.append(reason);
            continue;
        }
        reason.member = true;
        for (Id roleId : via) {
            reason.roleId = roleId;
            explanation.reasons.append(reason);
        }
        if (user->status == UserStatus::Active)
            explanation.granted = true;
    }
    // The teams the user is in come first; then those that would grant it.
    std::stable_partition(explanation.reasons.begin(), explanation.reasons.end(),
                          [](const Reason& r) { return r.member || r.kind != Reason::Kind::Team; });
    return explanation;
}

QList<Id> AccessQuery::whoHas(Id folderId, int permission) const
{
    QSet<Id> users;
    if (!m_directory.folder(folderId) || permission < 0)
        return {};
    for (Id userId : activeAdmins())
        users.insert(userId);
    for (Id teamId : m_directory.teamsOn(m_directory.securityRoot(folderId))) {
        const Team& team = *m_directory.team(teamId);
        if (!m_catalog.closure(team.permissions).test(permission))
            continue;
        addActiveMembers(team.users, team.roles, users);
    }
    QList<Id> sorted = users.values();
    std::sort(sorted.begin(), sorted.end(), [this](Id a, Id b) {
        return Names::key(m_directory.user(a)->username) < Names::key(m_directory.user(b)->username);
    });
    return sorted;
}

AccessLevel AccessQuery::connectionLevel(Id userId, Id connectionId, bool asIfActive) const
{
    const User* user = m_directory.user(userId);
    const Connection* connection = m_directory.connection(connectionId);
    if (!user || !connection || (user->status != UserStatus::Active && !asIfActive))
        return AccessLevel::Deny;
    std::optional<AccessLevel> own;
    std::optional<AccessLevel> shared;
    QSet<Id> teams;
    bool teamsKnown = false;
    for (const AccessEntry& entry : connection->access) {
        bool applies = false;
        switch (entry.kind) {
        case AccessEntry::Kind::User:
            if (entry.principal == userId)
                own = entry.level;
            break;
        case AccessEntry::Kind::Role:
            applies = user->roles.contains(entry.principal);
            break;
        case AccessEntry::Kind::Team:
            if (!teamsKnown) {
                teams = teamsReaching(userId);
                teamsKnown = true;
            }
            applies = teams.contains(entry.principal);
            break;
        }
        if (applies && (!shared || entry.level > *shared))
            shared = entry.level;
    }
    const AccessLevel resolved = own ? *own : (shared ? *shared : connection->defaultLevel);
    if (hasAdminRole(*user)) // active here, or taken as active
        return resolved <= AccessLevel::DeleteOnly ? AccessLevel::DeleteOnly : AccessLevel::Manage;
    return resolved;
}

QList<ConnectionProblem> AccessQuery::connectionProblems() const
{
    QList<ConnectionProblem> problems;
    for (const Template& t : m_directory.templates()) {
        for (Id connectionId : t.uses) {
            const Connection* c = m_directory.connection(connectionId);
            if (!c)
                continue;
            if (c->folderId && !m_directory.isWithin(t.folderId, c->folderId))
                problems.append({t.id, connectionId, ConnectionProblem::Kind::OutOfScope});
            else if (!c->allTemplates && !c->allowedTemplates.contains(t.id))
                problems.append({t.id, connectionId, ConnectionProblem::Kind::NotAllowed});
        }
    }
    std::sort(problems.begin(), problems.end(), [this](const ConnectionProblem& a, const ConnectionProblem& b) {
        const QString pa = m_directory.path(m_directory.releaseTemplate(a.templateId)->folderId);
        const QString pb = m_directory.path(m_directory.releaseTemplate(b.templateId)->folderId);
        if (pa != pb)
            return pa < pb;
        return m_directory.releaseTemplate(a.templateId)->name < m_directory.releaseTemplate(b.templateId)->name;
    });
    return problems;
}

} // namespace warden
