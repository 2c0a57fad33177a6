// The rights table of DESIGN.md (Operator and enforcement), row by row, on a directory in memory:
// no store, no SQL. Each row is checked with the operator holding what it needs (granted) and
// holding all of that but the one permission under test (refused, and the refusal names it).
#include "models/access/Rights.h"
#include "support/TestCatalog.h"

#include <QtTest>

#include <functional>

using namespace warden;

namespace {

// Apps (top level, a security root) with Apps/Web inheriting; Dest, another top-level folder.
struct Fixture
{
    Directory d;
    const Catalog& catalog = testCatalog();
    Id apps = 0, web = 0, dest = 0, crew = 0, op = 0, bob = 0, dev = 0;

    Fixture()
    {
        apps = folder(0, QStringLiteral("Apps"), false);
        web = folder(apps, QStringLiteral("Web"), true);
        dest = folder(0, QStringLiteral("Dest"), false);
        crew = team(apps, QStringLiteral("Crew"), {}, {});
        dev = role(QStringLiteral("Dev"));
        const Id owner = role(QStringLiteral("Owner"));
        assign(catalog.adminKey(), owner);
        user(QStringLiteral("root"), {owner}); // somebody holds Admin
        op = user(QStringLiteral("op"), {});
        bob = user(QStringLiteral("bob"), {});
    }

    Id folder(Id parent, const QString& name, bool inherit)
    {
        Folder f;
        f.id = Directory::newId();
        f.parentId = parent;
        f.name = name;
        f.inherit = inherit;
        d.put(f);
        return f.id;
    }
    Id team(Id folderId, const QString& name, const PermissionSet& permissions, const QSet<Id>& users)
    {
        Team t;
        t.id = Directory::newId();
        t.folderId = folderId;
        t.name = name;
        t.permissions = permissions;
        t.users = users;
        d.put(t);
        return t.id;
    }
    Id role(const QString& name)
    {
        Role r;
        r.id = Directory::newId();
        r.name = name;
        d.put(r);
        return r.id;
    }
    Id user(const QString& name, const QSet<Id>& roles)
    {
        User u;
        u.id = Directory::newId();
        u.username = name;
        u.email = name + QStringLiteral("@example.com");
        u.roles = roles;
        d.put(u);
        return u.id;
    }
    void assign(const QString& key, Id roleId)
    {
        GlobalAssignment g = d.global(key);
        g.key = key;
        g.roles.insert(roleId);
        d.put(g);
    }
    // "key" (global) or "key@Path" (on that security root): given to the operator.
    void give(const QString& grant)
    {
        const QStringList parts = grant.split(QLatin1Char('@'));
        if (parts.size() == 1) {
            const Id giver = role(QStringLiteral("gives ") + grant);
            assign(grant, giver);
            User u = *d.user(op);
            u.roles.insert(giver);
            d.put(u);
            return;
        }
        PermissionSet set;
        set.set(catalog.folderIndex(parts[0]));
        team(d.folderByPath(parts[1]), QStringLiteral("gives ") + parts[0], set, {op});
    }
};

struct TableRow
{
    const char* name;
    std::function<Edit(const Fixture&)> edit; // empty: the operation itself is asked
    Operation operation;
    QStringList grants;
    int missing; // the grant left out when refused
    const char* refusal; // what the refusal says
};

const QList<TableRow>& table()
{
    using O = Operation;
    static const QList<TableRow> rows = {
        {"add a folder",
         [](const Fixture& f) -> Edit {
             return edit::AddFolder{f.apps, QStringLiteral("New")};
         },
         O::EditFolder,
         {"folder#edit@Apps"},
         0,
         "'op' needs folder#edit on folder 'Apps'"},
        {"add a top-level folder",
         [](const Fixture&) -> Edit {
             return edit::AddFolder{0, QStringLiteral("New")};
         },
         O::CreateTopLevel,
         {"folder#create_top_level"},
         0,
         "'op' needs the global permission folder#create_top_level"},
        {"rename a folder",
         [](const Fixture& f) -> Edit {
             return edit::RenameFolder{f.web, QStringLiteral("Site")};
         },
         O::EditFolder,
         {"folder#edit@Apps"},
         0,
         "'op' needs folder#edit on folder 'Apps/Web'"},
        {"delete a folder",
         [](const Fixture& f) -> Edit { return edit::DeleteFolder{f.web}; },
         O::EditFolder,
         {"folder#edit@Apps"},
         0,
         "'op' needs folder#edit on folder 'Apps/Web'"},
        {"move a folder: on it",
         [](const Fixture& f) -> Edit {
             return edit::MoveFolder{f.web, f.dest};
         },
         O::EditFolder,
         {"folder#edit@Apps", "folder#edit@Dest"},
         0,
         "'op' needs folder#edit on folder 'Apps/Web'"},
        {"move a folder: on the new parent",
         [](const Fixture& f) -> Edit {
             return edit::MoveFolder{f.web, f.dest};
         },
         O::EditFolder,
         {"folder#edit@Apps", "folder#edit@Dest"},
         1,
         "'op' needs folder#edit on folder 'Dest'"},
        {"move a folder to the top level",
         [](const Fixture& f) -> Edit {
             return edit::MoveFolder{f.web, 0};
         },
         O::CreateTopLevel,
         {"folder#edit@Apps", "folder#create_top_level"},
         1,
         "'op' needs the global permission folder#create_top_level"},
        {"turn inherit off",
         [](const Fixture& f) -> Edit {
             return edit::SetInherit{f.web, false, edit::InheritChoice::CopyTeams};
         },
         O::SecureFolder,
         {"folder#edit_security@Apps"},
         0,
         "'op' needs folder#edit_security on folder 'Apps/Web'"},
        {"add a team",
         [](const Fixture& f) -> Edit {
             return edit::AddTeam{f.apps, QStringLiteral("QA")};
         },
         O::SecureFolder,
         {"folder#edit_security@Apps"},
         0,
         "'op' needs folder#edit_security on folder 'Apps'"},
        {"rename a team",
         [](const Fixture& f) -> Edit {
             return edit::RenameTeam{f.crew, QStringLiteral("QA")};
         },
         O::SecureFolder,
         {"folder#edit_security@Apps"},
         0,
         "'op' needs folder#edit_security on folder 'Apps'"},
        {"delete a team",
         [](const Fixture& f) -> Edit { return edit::DeleteTeam{f.crew}; },
         O::SecureFolder,
         {"folder#edit_security@Apps"},
         0,
         "'op' needs folder#edit_security on folder 'Apps'"},
        {"team members (edit_teams)",
         [](const Fixture& f) -> Edit {
             return edit::TeamMember{f.crew, f.bob, 0, edit::Membership::Add};
         },
         O::EditTeams,
         {"folder#edit_teams@Apps"},
         0,
         "'op' needs folder#edit_teams or folder#edit_security on folder 'Apps'"},
        {"team members (edit_security)",
         [](const Fixture& f) -> Edit {
             return edit::TeamMember{f.crew, f.bob, 0, edit::Membership::Add};
         },
         O::EditTeams,
         {"folder#edit_security@Apps"},
         0,
         "'op' needs folder#edit_teams or folder#edit_security on folder 'Apps'"},
        {"team permissions",
         [](const Fixture& f) -> Edit {
             return edit::TeamPermissions{f.crew, {}, {}};
         },
         O::EditTeams,
         {"folder#edit_teams@Apps"},
         0,
         "'op' needs folder#edit_teams or folder#edit_security on folder 'Apps'"},
        {"add a user (members#manage)",
         [](const Fixture&) -> Edit {
             return edit::AddUser{QStringLiteral("new"), {}, {}};
         },
         O::ManageMembers,
         {"members#manage"},
         0,
         "'op' needs the global permission members#manage or security#edit"},
        {"add a user (security#edit)",
         [](const Fixture&) -> Edit {
             return edit::AddUser{QStringLiteral("new"), {}, {}};
         },
         O::ManageMembers,
         {"security#edit"},
         0,
         "'op' needs the global permission members#manage or security#edit"},
        {"invite a user",
         [](const Fixture& f) -> Edit {
             return edit::InviteUser{QStringLiteral("n@example.com"), f.dev};
         },
         O::ManageMembers,
         {"members#manage"},
         0,
         "'op' needs the global permission members#manage or security#edit"},
        {"disable a user",
         [](const Fixture& f) -> Edit {
             return edit::SetUserStatus{f.bob, UserStatus::Disabled};
         },
         O::ManageMembers,
         {"members#manage"},
         0,
         "'op' needs the global permission members#manage or security#edit"},
        {"delete a user",
         [](const Fixture& f) -> Edit { return edit::DeleteUser{f.bob}; },
         O::ManageMembers,
         {"members#manage"},
         0,
         "'op' needs the global permission members#manage or security#edit"},
        {"role membership",
         [](const Fixture& f) -> Edit {
             return edit::RoleMember{f.dev, f.bob, edit::Assignment::Assign};
         },
         O::ManageMembers,
         {"members#manage"},
         0,
         "'op' needs the global permission members#manage or security#edit"},
        {"add a role",
         [](const Fixture&) -> Edit { return edit::AddRole{QStringLiteral("Ops")}; },
         O::EditSecurity,
         {"security#edit"},
         0,
         "'op' needs the global permission security#edit"},
        {"rename a role",
         [](const Fixture& f) -> Edit {
             return edit::RenameRole{f.dev, QStringLiteral("Ops")};
         },
         O::EditSecurity,
         {"security#edit"},
         0,
         "'op' needs the global permission security#edit"},
        {"delete a role",
         [](const Fixture& f) -> Edit { return edit::DeleteRole{f.dev}; },
         O::EditSecurity,
         {"security#edit"},
         0,
         "'op' needs the global permission security#edit"},
        {"global permission assignment",
         [](const Fixture& f) -> Edit {
             return edit::GlobalGrant{QStringLiteral("audit#view"), f.dev, edit::Assignment::Assign};
         },
         O::EditSecurity,
         {"security#edit"},
         0,
         "'op' needs the global permission security#edit"},
        {"global connections",
         [](const Fixture&) -> Edit {
             return edit::AddConnection{0, QStringLiteral("jenkins"), QStringLiteral("CI"), {}, {}, 0};
         },
         O::Administer,
         {"admin"},
         0,
         "'op' needs Admin to change global connections"},
        {"connection type availability",
         [](const Fixture&) -> Edit {
             return edit::SetTypeAvailability{QStringLiteral("jenkins"), edit::Availability::Release, 0};
         },
         O::Administer,
         {"admin"},
         0,
         "'op' needs Admin to change where connection types are available"},
        {"folder connections",
         [](const Fixture& f) -> Edit {
             return edit::AddConnection{f.apps, QStringLiteral("jenkins"), QStringLiteral("CI"), {}, {}, 0};
         },
         O::ConfigureFolder,
         {"folder#edit_configuration@Apps"},
         0,
         "'op' needs folder#edit_configuration on folder 'Apps'"},
        {"read the audit log",
         nullptr,
         O::ReadLog,
         {"audit#view"},
         0,
         "'op' needs the global permission audit#view to read the audit log"},
        {"replace the content",
         nullptr,
         O::ReplaceContent,
         {"admin"},
         0,
         "'op' needs Admin to replace the store's content"},
    };
    return rows;
}

} // namespace

class TestRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRow_data();
    void everyRow();
    void everyOperationHasARow();
    void adminSufficesForEveryRow();
    void frozenRightsIgnoreLaterChanges();
    void connectionLevels();
};

void TestRights::everyRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("granted");
    for (int i = 0; i < table().size(); ++i) {
        QTest::addRow("%s: granted", table()[i].name) << i << true;
        QTest::addRow("%s: refused", table()[i].name) << i << false;
    }
}

void TestRights::everyRow()
{
    QFETCH(int, row);
    QFETCH(bool, granted);
    const TableRow& r = table()[row];
    Fixture f;
    for (int i = 0; i < r.grants.size(); ++i) {
        if (granted || i != r.missing)
            f.give(r.grants[i]);
    }
    const Rights rights(f.d, f.catalog, f.op);
    const Status s = r.edit ? rights.check(r.edit(f)) : rights.require(r.operation);
    if (granted) {
        QVERIFY2(s.ok(), s.failed() ? qPrintable(s.error().message) : "");
        return;
    }
    QVERIFY(s.failed());
    QCOMPARE(s.error().kind, ErrorKind::Refused);
    QCOMPARE(s.error().message, QString::fromUtf8(r.refusal));
    // What the screens ask gives the same answer, at the folder the refusal names.
    if (!r.edit)
        QVERIFY(!rights.may(r.operation));
}

void TestRights::everyOperationHasARow()
{
    QSet<Operation> covered;
    for (const TableRow& r : table())
        covered.insert(r.operation);
    for (int i = 0; i <= int(Operation::ReplaceContent); ++i)
        QVERIFY2(covered.contains(Operation(i)), qPrintable(QStringLiteral("operation %1 has no row").arg(i)));
}

void TestRights::adminSufficesForEveryRow()
{
    for (const TableRow& r : table()) {
        Fixture f;
        f.give(f.catalog.adminKey());
        const Rights rights(f.d, f.catalog, f.op);
        const Status s = r.edit ? rights.check(r.edit(f)) : rights.require(r.operation);
        QVERIFY2(s.ok(), r.name);
    }
}

// A plan of several edits is judged by what the operator held before its first.
void TestRights::frozenRightsIgnoreLaterChanges()
{
    Fixture f;
    f.give(QStringLiteral("folder#edit@Apps"));
    Rights rights(f.d, f.catalog, f.op);
    rights.freeze();
    const Id giving = f.d.teamNamed(f.apps, QStringLiteral("gives folder#edit"))->id;
    f.d.removeTeam(giving);
    QVERIFY(rights.may(Operation::EditFolder, f.web));
    rights.thaw();
    QVERIFY(!rights.may(Operation::EditFolder, f.web));
    QCOMPARE(rights.require(Operation::EditFolder, f.web).error().message,
             QStringLiteral("'op' needs folder#edit on folder 'Apps/Web'"));
}

// Editing a connection needs Manage on it, deleting it Delete-only, allowing a template Use.
void TestRights::connectionLevels()
{
    Fixture f;
    f.give(QStringLiteral("folder#edit_configuration@Apps"));
    Connection c;
    c.id = Directory::newId();
    c.folderId = f.apps;
    c.type = QStringLiteral("jenkins");
    c.title = QStringLiteral("CI");
    c.defaultLevel = AccessLevel::Deny;
    f.d.put(c);
    struct Case
    {
        AccessLevel held;
        Edit edit;
        bool granted;
    };
    const QList<Case> cases = {
        {AccessLevel::Use, edit::UpdateConnection{c.id, c.title, {}, {}}, false},
        {AccessLevel::Manage, edit::UpdateConnection{c.id, c.title, {}, {}}, true},
        {AccessLevel::Use, edit::SetConnectionAccess{c.id, AccessLevel::Use, {}}, false},
        {AccessLevel::Deny, edit::DeleteConnection{c.id}, false},
        {AccessLevel::DeleteOnly, edit::DeleteConnection{c.id}, true},
        {AccessLevel::Deny, edit::AllowTemplate{c.id, 0}, false},
        {AccessLevel::Use, edit::AllowTemplate{c.id, 0}, true},
    };
    for (const Case& k : cases) {
        Connection changed = *f.d.connection(c.id);
        changed.access = {AccessEntry{AccessEntry::Kind::User, f.op, k.held}};
        f.d.put(changed);
        const Status s = Rights(f.d, f.catalog, f.op).check(k.edit);
        QCOMPARE(s.ok(), k.granted);
        if (s.failed())
            QVERIFY2(s.error().message.contains(QStringLiteral("on connection 'CI' on 'Apps' and needs")),
                     qPrintable(s.error().message));
    }
}

QTEST_GUILESS_MAIN(TestRights)
#include "tst_rights.moc"
