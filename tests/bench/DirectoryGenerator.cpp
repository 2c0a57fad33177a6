#include "DirectoryGenerator.h"

#include <random>

namespace warden::bench {

Sizes Sizes::scaled(double factor) const
{
    Sizes s = *this;
    s.folders = std::max(10, int(folders * factor));
    s.users = std::max(10, int(users * factor));
    s.roles = std::max(5, int(roles * factor));
    s.teams = std::max(5, int(teams * factor));
    s.memberships = std::max(20, int(memberships * factor));
    return s;
}

Directory generateDirectory(const Catalog& catalog, const Sizes& sizes, quint64 seed)
{
    std::mt19937_64 random(seed);
    auto below = [&](int n) { return int(random() % quint64(n)); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(random) < p; };
    Directory d;
    Id nextId = 1;

    QList<Id> roles;
    for (int i = 0; i < sizes.roles; ++i) {
        const Role role{nextId++, QStringLiteral("role-%1").arg(i, 5, 10, QLatin1Char('0')), 1};
        d.load(role);
        roles.append(role.id);
    }
    d.load(GlobalAssignment{QStringLiteral("admin"), {roles.first()}, 1});
    d.load(GlobalAssignment{QStringLiteral("security#edit"), {roles[1 % roles.size()]}, 1});

    QList<Id> users;
    for (int i = 0; i < sizes.users; ++i) {
        User user;
        user.id = nextId++;
        user.username = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        user.fullName = QStringLiteral("User %1").arg(i);
        user.email = user.username + QStringLiteral("@example.com");
        user.status = i == 0
            ? UserStatus::Active
            : (chance(0.01) ? UserStatus::Invited : (chance(0.01) ? UserStatus::Disabled : UserStatus::Active));
        if (i == 0)
            user.roles.insert(roles.first());
        for (int r = below(4); r > 0; --r)
            user.roles.insert(roles[below(int(roles.size()))]);
        user.version = 1;
        d.load(user);
        users.append(user.id);
    }

    // Folders: a few hundred top-level ones, then each new folder under a random one not yet at the deepest level.
    QList<Id> roots;
    QList<Id> parents;
    QHash<Id, int> depth;
    const int topLevel = std::max(1, sizes.folders / 500);
    for (int i = 0; i < sizes.folders; ++i) {
        Folder folder;
        folder.id = nextId++;
        folder.version = 1;
        folder.name = QStringLiteral("Folder %1").arg(i);
        if (i >= topLevel) {
            folder.parentId = parents[below(int(parents.size()))];
            folder.inherit = !chance(sizes.nonInheriting);
        }
        const int level = folder.parentId ? depth.value(folder.parentId) + 1 : 1;
        depth.insert(folder.id, level);
        d.load(folder);
        if (level < sizes.maxDepth)
            parents.append(folder.id);
        if (!folder.inherit)
            roots.append(folder.id);
    }

    QList<Id> teams;
    for (Id root : std::as_const(roots)) {
        for (const SystemTeamInfo& info : catalog.systemTeams()) {
            Team team;
            team.id = nextId++;
            team.folderId = root;
            team.name = info.name;
            team.systemKind = info.kind;
            team.permissions = info.defaults;
            team.version = 1;
            d.load(team);
            teams.append(team.id);
        }
    }
    for (int i = 0; i < sizes.teams; ++i) {
        Team team;
        team.id = nextId++;
        team.folderId = roots[below(int(roots.size()))];
        team.name = QStringLiteral("Team %1").arg(i);
        for (int p = 5 + below(10); p > 0; --p)
            team.permissions.set(below(catalog.folderCount()));
        team.version = 1;
        d.load(team);
        teams.append(team.id);
    }
    // Memberships: nine in ten are users, the rest roles.
    QHash<Id, Team> members;
    for (int i = 0; i < sizes.memberships; ++i) {
        const Id teamId = teams[below(int(teams.size()))];
        auto it = members.find(teamId);
        if (it == members.end())
            it = members.insert(teamId, *d.team(teamId));
        if (chance(0.9))
            it->users.insert(users[below(int(users.size()))]);
        else
            it->roles.insert(roles[below(int(roles.size()))]);
    }
    for (const Team& team : std::as_const(members))
        d.load(team);
    return d;
}

} // namespace warden::bench
