#pragma once

#include "TestHelpers.h"

#include <QRandomGenerator>

namespace warden::test {

// Applies an edit as admin; a refusal fails the test.
inline void must(Store& s, const Edit& e)
{
    auto r = s.apply(e, userNamed(s, QStringLiteral("admin")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

// admin and eve (Owner); alice (devs), bob, carol@example.com (invited, devs), dave (disabled);
// Apps > Web > Frontend (inheriting), Ops; on Apps: Developers {role devs: template#view},
// Viewers {bob: folder#view}; on Ops: Operators {dave: folder#view}; connection Hook on Apps,
// default use, bob manage. Login is open to everyone (no role holds it).
inline std::unique_ptr<Store> smallScenario(TestStores& stores, const QString& backend)
{
    auto store = stores.createStore(backend);
    if (!store)
        return store;
    Store& s = *store;
    const Catalog& c = s.catalog();
    must(s, edit::AddRole{QStringLiteral("devs")});
    const Id devs = roleNamed(s, QStringLiteral("devs"));
    for (const char* name : {"alice", "bob", "dave", "eve"})
        must(s,
             edit::AddUser{
                 QString::fromLatin1(name), QStringLiteral("%1@example.com").arg(QString::fromLatin1(name)), {}});
    must(s, edit::RoleMember{devs, userNamed(s, QStringLiteral("alice"))});
    must(s, edit::RoleMember{roleNamed(s, QStringLiteral("Owner")), userNamed(s, QStringLiteral("eve"))});
    must(s, edit::InviteUser{QStringLiteral("carol@example.com"), devs});
    must(s, edit::SetUserStatus{userNamed(s, QStringLiteral("dave")), UserStatus::Disabled});
    // Login open to everyone: the presets give it to roles; take it from each.
    for (Id roleId : s.directory().global(c.global(c.known().login).key).roles)
        must(s, edit::GlobalGrant{c.global(c.known().login).key, roleId, edit::Assignment::Unassign});
    must(s, edit::AddFolder{0, QStringLiteral("Apps")});
    must(s, edit::AddFolder{folderAt(s, QStringLiteral("Apps")), QStringLiteral("Web")});
    must(s, edit::AddFolder{folderAt(s, QStringLiteral("Apps/Web")), QStringLiteral("Frontend")});
    must(s, edit::AddFolder{0, QStringLiteral("Ops")});
    auto team = [&](const QString& folder, const QString& name, Id user, Id role, const QString& key) {
        must(s, edit::AddTeam{folderAt(s, folder), name});
        const Id id = teamOn(s, folder, name);
        must(s, edit::TeamMember{id, user, role});
        must(s, edit::TeamPermissions{id, keys(s, {key}), {}});
    };
    team(QStringLiteral("Apps"), QStringLiteral("Developers"), 0, devs, QStringLiteral("template#view"));
    team(QStringLiteral("Apps"), QStringLiteral("Viewers"), userNamed(s, QStringLiteral("bob")), 0,
         QStringLiteral("folder#view"));
    team(QStringLiteral("Ops"), QStringLiteral("Operators"), userNamed(s, QStringLiteral("dave")), 0,
         QStringLiteral("folder#view"));
    must(s,
         edit::AddConnection{folderAt(s, QStringLiteral("Apps")),
                             QStringLiteral("webhook"),
                             QStringLiteral("Hook"),
                             {{QStringLiteral("url"), QStringLiteral("https://h.example")},
                              {QStringLiteral("method"), QStringLiteral("POST")}},
                             {}});
    const Id hook = s.directory().connectionNamed(folderAt(s, QStringLiteral("Apps")), QStringLiteral("Hook"))->id;
    must(s,
         edit::SetConnectionAccess{
             hook,
             AccessLevel::Use,
             {{AccessEntry::Kind::User, userNamed(s, QStringLiteral("bob")), AccessLevel::Manage}}});
    return store;
}

// One edit of any kind on what the store holds, admin's own user and the Owner role left alone.
inline Edit randomEdit(const Store& s, QRandomGenerator& random)
{
    const Directory& d = s.directory();
    auto pick = [&random](const auto& hash) {
        auto keys = hash.keys();
        std::sort(keys.begin(), keys.end());
        return keys.isEmpty() ? Id(0) : keys.at(random.bounded(int(keys.size())));
    };
    const Catalog& c = s.catalog();
    auto someKeys = [&] {
        PermissionSet set;
        set.set(random.bounded(c.folderCount()));
        return set;
    };
    const Id folder = pick(d.folders());
    // The operator keeps Admin: their user and the role that gives it are left alone.
    const Id admin = userNamed(s, QStringLiteral("admin"));
    const Id owner = roleNamed(s, QStringLiteral("Owner"));
    Id user = pick(d.users());
    Id role = pick(d.roles());
    for (int tries = 0; (user == admin || role == owner) && tries < 10; ++tries) {
        user = user == admin ? pick(d.users()) : user;
        role = role == owner ? pick(d.roles()) : role;
    }
    const Id team = pick(d.teams());
    switch (random.bounded(16)) {
    case 0:
        return edit::AddFolder{random.bounded(3) == 0 ? 0 : folder, QStringLiteral("New %1").arg(random.generate())};
    case 1:
        return edit::MoveFolder{folder, random.bounded(4) == 0 ? 0 : pick(d.folders())};
    case 2:
        return edit::DeleteFolder{folder};
    case 3:
        return edit::SetInherit{folder, random.bounded(2) == 0,
                                random.bounded(2) ? edit::InheritChoice::CopyTeams
                                                  : edit::InheritChoice::SystemTeamsOnly};
    case 4:
        return edit::DeleteTeam{team};
    case 5:
        return edit::TeamMember{team, random.bounded(3) ? user : 0, 0,
                                random.bounded(2) ? edit::Membership::Add : edit::Membership::Remove};
    case 6:
        return edit::TeamMember{team, 0, role};
    case 7:
        return edit::TeamPermissions{team, someKeys(), someKeys()};
    case 8:
        return edit::SetUserStatus{user, random.bounded(2) ? UserStatus::Active : UserStatus::Disabled};
    case 9:
        return edit::DeleteUser{user};
    case 10:
        return edit::RoleMember{role, user, random.bounded(2) ? edit::Assignment::Assign : edit::Assignment::Unassign};
    case 11:
        return edit::DeleteRole{role};
    case 12: {
        const int g = random.bounded(c.globalCount());
        return edit::GlobalGrant{c.global(g).key, role,
                                 random.bounded(2) ? edit::Assignment::Assign : edit::Assignment::Unassign};
    }
    case 13:
        return edit::InviteUser{QStringLiteral("n%1@example.com").arg(random.generate()), role};
    case 14: {
        const Id connection = pick(d.connections());
        QList<AccessEntry> entries;
        entries.append({AccessEntry::Kind::User, user, AccessLevel(random.bounded(4))});
        if (team)
            entries.append({AccessEntry::Kind::Team, team, AccessLevel(random.bounded(4))});
        entries.append({AccessEntry::Kind::Role, role, AccessLevel(random.bounded(4))});
        return edit::SetConnectionAccess{connection, AccessLevel(random.bounded(4)), entries};
    }
    default:
        return edit::AddTeam{folder, QStringLiteral("T%1").arg(random.generate())};
    }
}

} // namespace warden::test
