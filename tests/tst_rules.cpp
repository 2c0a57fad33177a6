// The rules of the domain, applied through a real store on SQLite and PostgreSQL.
#include "support/TestHelpers.h"

#include "models/store/SqlStore.h"

#include <QTest>

using namespace warden;
using namespace warden::test;

class TestRules : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

    // admin (Owner); alice (role devs), bob, carol; Apps (root) > Web (inherits) > Frontend (inherits);
    // on Apps: Developers {role devs: release#start}, Viewers {bob: folder#view}.
    std::unique_ptr<Store> scenario(const QString& backend);
    void must(Store& s, const Edit& e, const QString& as = QStringLiteral("admin"))
    {
        auto r = s.apply(e, userNamed(s, as));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }
    static void verifyPersisted(Store& s);

private Q_SLOTS:
    void effectiveExpandsImplications_data();
    void effectiveExpandsImplications();
    void loginOpenUntilRoleAssigned_data() { TestStores::addBackendRows(); }
    void loginOpenUntilRoleAssigned();
    void adminHoldsEverythingEverywhere_data() { TestStores::addBackendRows(); }
    void adminHoldsEverythingEverywhere();
    void inactiveUsersHoldNothing_data();
    void inactiveUsersHoldNothing();
    void inheritOffCopiesTeamsByDefault_data() { TestStores::addBackendRows(); }
    void inheritOffCopiesTeamsByDefault();
    void inheritOffWithSystemTeamsOnly_data() { TestStores::addBackendRows(); }
    void inheritOffWithSystemTeamsOnly();
    void inheritOnRemovesOwnTeams_data() { TestStores::addBackendRows(); }
    void inheritOnRemovesOwnTeams();
    void refusesInvalidMoves_data();
    void refusesInvalidMoves();
    void moveToTopLevelKeepsInheritedAccess_data() { TestStores::addBackendRows(); }
    void moveToTopLevelKeepsInheritedAccess();
    void refusesBrokenInvariants_data();
    void refusesBrokenInvariants();
    void refusesLockout_data();
    void refusesLockout();
    void refusesMissingRightsWithMessage_data();
    void refusesMissingRightsWithMessage();
    void nobodyGrantsMoreThanTheyHold_data();
    void nobodyGrantsMoreThanTheyHold();
    void bulkGrantsNoMoreThanHeld_data() { TestStores::addBackendRows(); }
    void bulkGrantsNoMoreThanHeld();
    void undoGrantsNoMoreThanHeld_data() { TestStores::addBackendRows(); }
    void undoGrantsNoMoreThanHeld();
    void replacingTheContentNeedsAdmin_data() { TestStores::addBackendRows(); }
    void replacingTheContentNeedsAdmin();
    void grantsRightsThroughTeams_data() { TestStores::addBackendRows(); }
    void grantsRightsThroughTeams();
    void deleteFolderTakesSubtree_data() { TestStores::addBackendRows(); }
    void deleteFolderTakesSubtree();
    void deleteRoleLeavesEverywhere_data() { TestStores::addBackendRows(); }
    void deleteRoleLeavesEverywhere();
    void staleEditIsConflict_data() { TestStores::addBackendRows(); }
    void staleEditIsConflict();
    void auditLogRecordsEachEdit_data() { TestStores::addBackendRows(); }
    void auditLogRecordsEachEdit();
    void explainsGrantedAndMissing_data() { TestStores::addBackendRows(); }
    void explainsGrantedAndMissing();
    void whoHasListsActiveHolders_data() { TestStores::addBackendRows(); }
    void whoHasListsActiveHolders();
    void savesSeveralTeamsAtOnce_data() { TestStores::addBackendRows(); }
    void savesSeveralTeamsAtOnce();
    void updatesTeamNameAndMembersTogether_data() { TestStores::addBackendRows(); }
    void updatesTeamNameAndMembersTogether();
    void editsUsersAndGlobalsAllOrNothing_data() { TestStores::addBackendRows(); }
    void editsUsersAndGlobalsAllOrNothing();
    void undoRestoresExactly_data();
    void undoRestoresExactly();
    void undoNeedsTheRightsOfTheEdit_data() { TestStores::addBackendRows(); }
    void undoNeedsTheRightsOfTheEdit();
    void refusesStaleUndo_data() { TestStores::addBackendRows(); }
    void refusesStaleUndo();
};

std::unique_ptr<Store> TestRules::scenario(const QString& backend)
{
    auto s = m_stores.createStore(backend);
    if (!s)
        return s;
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    auto apply = [&](const Edit& e) {
        auto r = s->apply(e, admin);
        if (!r)
            qFatal("scenario edit failed: %s", qPrintable(r.error().message));
        return r->createdId;
    };
    const Id devs = apply(edit::AddRole{QStringLiteral("devs")});
    const Id alice
        = apply(edit::AddUser{QStringLiteral("alice"), QStringLiteral("alice@example.com"), QStringLiteral("Alice")});
    const Id bob = apply(edit::AddUser{QStringLiteral("bob"), QStringLiteral("bob@example.com"), {}});
    apply(edit::AddUser{QStringLiteral("carol"), QStringLiteral("carol@example.com"), {}});
    apply(edit::RoleMember{devs, alice, edit::Assignment::Assign});
    const Id apps = apply(edit::AddFolder{0, QStringLiteral("Apps")});
    const Id web = apply(edit::AddFolder{apps, QStringLiteral("Web")});
    apply(edit::AddFolder{web, QStringLiteral("Frontend")});
    const Id developers = apply(edit::AddTeam{apps, QStringLiteral("Developers")});
    apply(edit::TeamMember{developers, 0, devs, edit::Membership::Add});
    apply(edit::TeamPermissions{developers, keys(*s, {QStringLiteral("release#start")}), {}});
    const Id viewers = apply(edit::AddTeam{apps, QStringLiteral("Viewers")});
    apply(edit::TeamMember{viewers, bob, 0, edit::Membership::Add});
    apply(edit::TeamPermissions{viewers, keys(*s, {QStringLiteral("folder#view")}), {}});
    return s;
}

// What the store holds in memory is what it wrote: a fresh read of the database exports the same.
void TestRules::verifyPersisted(Store& s)
{
    auto reopened = Store::open(s.location(), Store::OpenMode::Existing, testCatalog());
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    QCOMPARE(exportJson(*reopened.value()), exportJson(s));
}

#define SCENARIO(var)                                                                                                  \
    QFETCH(QString, backend);                                                                                          \
    WARDEN_REQUIRE_BACKEND(backend)                                                                                    \
    auto var = scenario(backend);                                                                                      \
    QVERIFY(var);

void TestRules::effectiveExpandsImplications_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<QStringList>("expected");
    for (const char* backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        QTest::addRow("%s: edit implies view", backend)
            << b << QStringList{QStringLiteral("template#edit")}
            << QStringList{QStringLiteral("folder#view"), QStringLiteral("template#edit"),
                           QStringLiteral("template#view")};
        QTest::addRow("%s: versions", backend)
            << b << QStringList{QStringLiteral("folder#edit_versions")}
            << QStringList{QStringLiteral("folder#edit_versions"), QStringLiteral("folder#view"),
                           QStringLiteral("folder#view_versions")};
        QTest::addRow("%s: tracked items", backend)
            << b << QStringList{QStringLiteral("delivery#edit_tracked_item")}
            << QStringList{QStringLiteral("delivery#edit_tracked_item"), QStringLiteral("delivery#view"),
                           QStringLiteral("folder#view")};
        QTest::addRow("%s: triggers", backend)
            << b << QStringList{QStringLiteral("trigger#edit_trigger")}
            << QStringList{QStringLiteral("folder#view"), QStringLiteral("trigger#edit_trigger"),
                           QStringLiteral("trigger#view_trigger")};
    }
}

void TestRules::effectiveExpandsImplications()
{
    QFETCH(QStringList, granted);
    QFETCH(QStringList, expected);
    SCENARIO(s);
    must(*s,
         edit::TeamPermissions{teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers")), keys(*s, granted),
                               keys(*s, {QStringLiteral("folder#view")})});
    QCOMPARE(keysOf(*s, QStringLiteral("bob"), QStringLiteral("Apps/Web/Frontend")), expected);
    verifyPersisted(*s);
}

void TestRules::loginOpenUntilRoleAssigned()
{
    SCENARIO(s);
    const int login = s->catalog().known().login;
    QVERIFY(s->access().holdsGlobal(userNamed(*s, QStringLiteral("bob")), login));
    must(*s,
         edit::GlobalGrant{QStringLiteral("login"), roleNamed(*s, QStringLiteral("devs")), edit::Assignment::Assign});
    QVERIFY(!s->access().holdsGlobal(userNamed(*s, QStringLiteral("bob")), login));
    QVERIFY(s->access().holdsGlobal(userNamed(*s, QStringLiteral("alice")), login));
    QVERIFY(s->access().holdsGlobal(userNamed(*s, QStringLiteral("admin")), login));
    verifyPersisted(*s);
}

void TestRules::adminHoldsEverythingEverywhere()
{
    SCENARIO(s);
    const PermissionSet all = s->catalog().allFolderPermissions();
    for (const FolderPermissions& f : s->access().effective(userNamed(*s, QStringLiteral("admin"))))
        QCOMPARE(f.permissions, all);
    QCOMPARE(s->access().globalPermissions(userNamed(*s, QStringLiteral("admin"))).count(), s->catalog().globalCount());
}

void TestRules::inactiveUsersHoldNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("status");
    for (const char* backend : {"sqlite", "postgresql"}) {
        QTest::addRow("%s: disabled", backend) << QString::fromLatin1(backend) << int(UserStatus::Disabled);
        QTest::addRow("%s: invited", backend) << QString::fromLatin1(backend) << int(UserStatus::Invited);
    }
}

void TestRules::inactiveUsersHoldNothing()
{
    QFETCH(int, status);
    SCENARIO(s);
    const Id alice = userNamed(*s, QStringLiteral("alice"));
    if (UserStatus(status) == UserStatus::Invited) {
        must(*s, edit::InviteUser{QStringLiteral("dave@example.com"), roleNamed(*s, QStringLiteral("devs"))});
        QCOMPARE(s->user(QStringLiteral("dave@example.com"))->status, UserStatus::Invited);
        const Id dave = userNamed(*s, QStringLiteral("dave@example.com"));
        QVERIFY(s->access().folderPermissions(dave, folderAt(*s, QStringLiteral("Apps"))).isEmpty());
        QVERIFY(s->access().globalPermissions(dave).isEmpty());
        // What the invited user would hold once active.
        QVERIFY(s->access()
                    .folderPermissions(dave, folderAt(*s, QStringLiteral("Apps")), true)
                    .test(s->catalog().folderIndex(QStringLiteral("release#start"))));
        must(*s, edit::SetUserStatus{dave, UserStatus::Active});
        QVERIFY(!s->access().folderPermissions(dave, folderAt(*s, QStringLiteral("Apps"))).isEmpty());
    } else {
        QVERIFY(!s->access().folderPermissions(alice, folderAt(*s, QStringLiteral("Apps"))).isEmpty());
        must(*s, edit::SetUserStatus{alice, UserStatus::Disabled});
        QVERIFY(s->access().folderPermissions(alice, folderAt(*s, QStringLiteral("Apps"))).isEmpty());
        QVERIFY(s->access().globalPermissions(alice).isEmpty());
        const Explanation e = s->access().explain(alice, folderAt(*s, QStringLiteral("Apps")),
                                                  s->catalog().folderIndex(QStringLiteral("release#start")));
        QVERIFY(!e.granted);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::Status);
    }
    verifyPersisted(*s);
}

void TestRules::inheritOffCopiesTeamsByDefault()
{
    SCENARIO(s);
    const Id web = folderAt(*s, QStringLiteral("Apps/Web"));
    must(*s, edit::SetInherit{web, false, edit::InheritChoice::CopyTeams});
    QCOMPARE(s->directory().securityRoot(web), web);
    QCOMPARE(s->directory().securityRoot(folderAt(*s, QStringLiteral("Apps/Web/Frontend"))), web);
    QCOMPARE(s->directory().teamsOn(web).size(), s->directory().teamsOn(folderAt(*s, QStringLiteral("Apps"))).size());
    QCOMPARE(keysOf(*s, QStringLiteral("alice"), QStringLiteral("Apps/Web/Frontend")),
             keysOf(*s, QStringLiteral("alice"), QStringLiteral("Apps")));
    // The copies are independent of the originals.
    must(*s,
         edit::TeamPermissions{teamOn(*s, QStringLiteral("Apps/Web"), QStringLiteral("Developers")),
                               {},
                               keys(*s, {QStringLiteral("release#start")})});
    QVERIFY(keysOf(*s, QStringLiteral("alice"), QStringLiteral("Apps/Web")).isEmpty());
    QVERIFY(keysOf(*s, QStringLiteral("alice"), QStringLiteral("Apps")).contains(QStringLiteral("release#start")));
    verifyPersisted(*s);
}

void TestRules::inheritOffWithSystemTeamsOnly()
{
    SCENARIO(s);
    const Id web = folderAt(*s, QStringLiteral("Apps/Web"));
    must(*s, edit::SetInherit{web, false, edit::InheritChoice::SystemTeamsOnly});
    QCOMPARE(s->directory().teamsOn(web).size(), s->catalog().systemTeams().size());
    for (Id teamId : s->directory().teamsOn(web)) {
        const Team* t = s->directory().team(teamId);
        QVERIFY(t->isSystem());
        QVERIFY(t->users.isEmpty() && t->roles.isEmpty());
        QCOMPARE(t->permissions, s->catalog().systemTeam(t->systemKind)->defaults);
    }
    QVERIFY(keysOf(*s, QStringLiteral("bob"), QStringLiteral("Apps/Web/Frontend")).isEmpty());
    verifyPersisted(*s);
}

void TestRules::inheritOnRemovesOwnTeams()
{
    SCENARIO(s);
    const Id web = folderAt(*s, QStringLiteral("Apps/Web"));
    must(*s, edit::SetInherit{web, false, edit::InheritChoice::SystemTeamsOnly});
    must(*s, edit::SetInherit{web, true, {}});
    QVERIFY(s->directory().teamsOn(web).isEmpty());
    QCOMPARE(s->directory().securityRoot(folderAt(*s, QStringLiteral("Apps/Web/Frontend"))),
             folderAt(*s, QStringLiteral("Apps")));
    QCOMPARE(keysOf(*s, QStringLiteral("bob"), QStringLiteral("Apps/Web/Frontend")),
             QStringList{QStringLiteral("folder#view")});
    verifyPersisted(*s);
}

void TestRules::refusesInvalidMoves_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("message");
    for (const char* backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        QTest::addRow("%s: into itself", backend)
            << b << QStringLiteral("Apps/Web") << QStringLiteral("Apps/Web") << QStringLiteral("into itself");
        QTest::addRow("%s: into a descendant", backend)
            << b << QStringLiteral("Apps") << QStringLiteral("Apps/Web/Frontend") << QStringLiteral("subfolders");
        QTest::addRow("%s: sibling name taken", backend)
            << b << QStringLiteral("Apps/Web/Frontend") << QStringLiteral("Apps/Web/frontend2")
            << QStringLiteral("already exists");
    }
}

void TestRules::refusesInvalidMoves()
{
    QFETCH(QString, folder);
    QFETCH(QString, destination);
    QFETCH(QString, message);
    SCENARIO(s);
    // A folder "FRONTEND" next to the destination's own "Frontend" makes the name clash (case-insensitive).
    must(*s, edit::AddFolder{folderAt(*s, QStringLiteral("Apps/Web")), QStringLiteral("frontend2")});
    must(*s, edit::AddFolder{folderAt(*s, QStringLiteral("Apps/Web/frontend2")), QStringLiteral("FRONTEND")});
    const QByteArray before = exportJson(*s);
    auto r = s->apply(edit::MoveFolder{folderAt(*s, folder), folderAt(*s, destination)},
                      userNamed(*s, QStringLiteral("admin")));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Refused);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(exportJson(*s), before);
    verifyPersisted(*s);
}

void TestRules::moveToTopLevelKeepsInheritedAccess()
{
    SCENARIO(s);
    const QStringList before = keysOf(*s, QStringLiteral("alice"), QStringLiteral("Apps/Web/Frontend"));
    QVERIFY(!before.isEmpty());
    must(*s, edit::MoveFolder{folderAt(*s, QStringLiteral("Apps/Web")), 0});
    const Id web = folderAt(*s, QStringLiteral("Web"));
    QVERIFY(web);
    QVERIFY(!s->directory().folder(web)->inherit);
    QCOMPARE(keysOf(*s, QStringLiteral("alice"), QStringLiteral("Web/Frontend")), before);
    // An inheriting folder moved under another parent follows its new security root.
    must(*s, edit::AddFolder{0, QStringLiteral("Other")});
    must(*s, edit::MoveFolder{folderAt(*s, QStringLiteral("Web/Frontend")), folderAt(*s, QStringLiteral("Other"))});
    QCOMPARE(s->directory().securityRoot(folderAt(*s, QStringLiteral("Other/Frontend"))),
             folderAt(*s, QStringLiteral("Other")));
    QVERIFY(keysOf(*s, QStringLiteral("alice"), QStringLiteral("Other/Frontend")).isEmpty());
    verifyPersisted(*s);
}

void TestRules::refusesBrokenInvariants_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QList<std::tuple<const char*, ErrorKind, const char*>> cases{
        {"team on inheriting folder", ErrorKind::Refused, "inherits its teams"},
        {"duplicate team name", ErrorKind::Refused, "already exists"},
        {"team name with colon", ErrorKind::Invalid, "':'"},
        {"delete system team", ErrorKind::Refused, "system team"},
        {"rename system team", ErrorKind::Refused, "system team"},
        {"folder name with slash", ErrorKind::Invalid, "'/'"},
        {"empty folder name", ErrorKind::Invalid, "empty"},
        {"top-level inherit", ErrorKind::Refused, "top-level"},
        {"duplicate username", ErrorKind::Refused, "already exists"},
        {"duplicate email", ErrorKind::Refused, "email address"},
        {"duplicate role", ErrorKind::Refused, "already exists"},
    };
    for (const char* backend : {"sqlite", "postgresql"}) {
        for (const auto& [what, kind, message] : cases) {
            QTest::addRow("%s: %s", backend, what) << QString::fromLatin1(backend) << QString::fromLatin1(what)
                                                   << int(kind) << QString::fromLatin1(message);
        }
    }
}

void TestRules::refusesBrokenInvariants()
{
    QFETCH(QString, what);
    QFETCH(int, kind);
    QFETCH(QString, message);
    SCENARIO(s);
    const Id apps = folderAt(*s, QStringLiteral("Apps"));
    const Id ownerTeam = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Folder Owner"));
    const QHash<QString, Edit> edits{
        {QStringLiteral("team on inheriting folder"),
         edit::AddTeam{folderAt(*s, QStringLiteral("Apps/Web")), QStringLiteral("QA")}},
        {QStringLiteral("duplicate team name"), edit::AddTeam{apps, QStringLiteral("developers")}},
        {QStringLiteral("team name with colon"), edit::AddTeam{apps, QStringLiteral("a:b")}},
        {QStringLiteral("delete system team"), edit::DeleteTeam{ownerTeam}},
        {QStringLiteral("rename system team"), edit::RenameTeam{ownerTeam, QStringLiteral("Owners")}},
        {QStringLiteral("folder name with slash"), edit::AddFolder{apps, QStringLiteral("a/b")}},
        {QStringLiteral("empty folder name"), edit::AddFolder{apps, QStringLiteral("  ")}},
        {QStringLiteral("top-level inherit"), edit::SetInherit{apps, true, {}}},
        {QStringLiteral("duplicate username"),
         edit::AddUser{QStringLiteral("ALICE"), QStringLiteral("x@example.com"), {}}},
        {QStringLiteral("duplicate email"),
         edit::AddUser{QStringLiteral("alice2"), QStringLiteral("Alice@Example.com"), {}}},
        {QStringLiteral("duplicate role"), edit::AddRole{QStringLiteral("DEVS")}},
    };
    const QByteArray before = exportJson(*s);
    auto r = s->apply(edits.value(what), userNamed(*s, QStringLiteral("admin")));
    QVERIFY(!r);
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(exportJson(*s), before);
    verifyPersisted(*s);
}

void TestRules::refusesLockout_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("what");
    for (const char* backend : {"sqlite", "postgresql"}) {
        for (const char* what : {"disable", "delete user", "unassign Owner", "delete Owner", "revoke admin"})
            QTest::addRow("%s: %s", backend, what) << QString::fromLatin1(backend) << QString::fromLatin1(what);
    }
}

void TestRules::refusesLockout()
{
    QFETCH(QString, what);
    SCENARIO(s);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const Id owner = roleNamed(*s, QStringLiteral("Owner"));
    const QHash<QString, Edit> edits{
        {QStringLiteral("disable"), edit::SetUserStatus{admin, UserStatus::Disabled}},
        {QStringLiteral("delete user"), edit::DeleteUser{admin}},
        {QStringLiteral("unassign Owner"), edit::RoleMember{owner, admin, edit::Assignment::Unassign}},
        {QStringLiteral("delete Owner"), edit::DeleteRole{owner}},
        {QStringLiteral("revoke admin"), edit::GlobalGrant{QStringLiteral("admin"), owner, edit::Assignment::Unassign}},
    };
    const QByteArray before = exportJson(*s);
    auto r = s->apply(edits.value(what), admin);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Refused);
    QVERIFY2(r.error().message.contains(QStringLiteral("no active user holding Admin")), qPrintable(r.error().message));
    QCOMPARE(exportJson(*s), before);
    verifyPersisted(*s);

    // With a second admin, through another role, the same edit is allowed.
    must(*s, edit::AddRole{QStringLiteral("admins")});
    must(*s,
         edit::GlobalGrant{QStringLiteral("admin"), roleNamed(*s, QStringLiteral("admins")), edit::Assignment::Assign});
    must(*s,
         edit::RoleMember{roleNamed(*s, QStringLiteral("admins")), userNamed(*s, QStringLiteral("carol")),
                          edit::Assignment::Assign});
    auto allowed = s->apply(edits.value(what), admin);
    QVERIFY2(allowed.ok(), qPrintable(allowed.ok() ? QString() : allowed.error().message));
    verifyPersisted(*s);
}

void TestRules::refusesMissingRightsWithMessage_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    for (const char* backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        QTest::addRow("%s: add folder", backend)
            << b << QStringLiteral("add folder") << QStringLiteral("'bob' needs folder#edit on folder 'Apps'");
        QTest::addRow("%s: top-level folder", backend)
            << b << QStringLiteral("top-level") << QStringLiteral("folder#create_top_level");
        QTest::addRow("%s: inherit", backend)
            << b << QStringLiteral("inherit") << QStringLiteral("folder#edit_security on folder 'Apps/Web'");
        QTest::addRow("%s: team members", backend)
            << b << QStringLiteral("member") << QStringLiteral("folder#edit_teams or folder#edit_security");
        QTest::addRow("%s: users", backend)
            << b << QStringLiteral("user") << QStringLiteral("members#manage or security#edit");
        QTest::addRow("%s: roles", backend) << b << QStringLiteral("role") << QStringLiteral("security#edit");
        QTest::addRow("%s: global", backend) << b << QStringLiteral("global") << QStringLiteral("security#edit");
        QTest::addRow("%s: disabled operator", backend)
            << b << QStringLiteral("disabled") << QStringLiteral("disabled");
    }
}

void TestRules::refusesMissingRightsWithMessage()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    SCENARIO(s);
    const Id apps = folderAt(*s, QStringLiteral("Apps"));
    const Id devs = roleNamed(*s, QStringLiteral("devs"));
    if (what == QLatin1String("disabled"))
        must(*s, edit::SetUserStatus{userNamed(*s, QStringLiteral("bob")), UserStatus::Disabled});
    const QHash<QString, Edit> edits{
        {QStringLiteral("add folder"), edit::AddFolder{apps, QStringLiteral("New")}},
        {QStringLiteral("top-level"), edit::AddFolder{0, QStringLiteral("New")}},
        {QStringLiteral("inherit"), edit::SetInherit{folderAt(*s, QStringLiteral("Apps/Web")), false, {}}},
        {QStringLiteral("member"),
         edit::TeamMember{teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers")),
                          userNamed(*s, QStringLiteral("carol")), 0, edit::Membership::Add}},
        {QStringLiteral("user"), edit::AddUser{QStringLiteral("eve"), QStringLiteral("eve@example.com"), {}}},
        {QStringLiteral("role"), edit::AddRole{QStringLiteral("testers")}},
        {QStringLiteral("global"), edit::GlobalGrant{QStringLiteral("reports#view"), devs, edit::Assignment::Assign}},
        {QStringLiteral("disabled"), edit::AddFolder{apps, QStringLiteral("New")}},
    };
    const QByteArray before = exportJson(*s);
    auto r = s->apply(edits.value(what), userNamed(*s, QStringLiteral("bob")));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Refused);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(exportJson(*s), before);
}

void TestRules::nobodyGrantsMoreThanTheyHold_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("rights"); // what bob is given: teams, security, members, securityEdit
    QTest::addColumn<QStringList>("holds"); // and which folder permissions on Apps besides
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("refusal"); // empty: granted
    struct Case
    {
        const char* name;
        const char* rights;
        QStringList holds;
        const char* what;
        const char* refusal;
    };
    const QList<Case> cases{
        {"grant a permission held", "teams", {"release#abort"}, "grant", ""},
        {"grant a permission not held",
         "teams",
         {},
         "grant",
         "granting release#abort to team 'Developers' on 'Apps' needs you to hold it there"},
        {"grant as the folder's security owner", "security", {}, "grant", ""},
        {"add a member to a team whose permissions are held", "teams", {"release#start"}, "member", ""},
        {"add a member to a team whose permissions are not held",
         "teams",
         {},
         "member",
         "adding carol to team 'Developers' on 'Apps' needs you to hold every permission the team grants there; you do "
         "not hold release#start"},
        {"add oneself to Folder Owner", "teams", {}, "self owner", "adding bob to team 'Folder Owner'"},
        {"add a member to Folder Owner as the security owner", "security", {}, "owner", ""},
        {"assign Owner with members#manage",
         "members",
         {},
         "assign owner",
         "assigning 'Owner' needs Admin, which you do not hold"},
        {"invite with Owner", "members", {}, "invite owner", "assigning 'Owner' needs Admin"},
        {"assign a role whose team grants what is not held",
         "members",
         {},
         "assign devs",
         "assigning 'devs' needs release#start on 'Apps' (through team 'Developers'), which you do not hold"},
        {"assign a role whose team grants what is held", "members", {"release#start"}, "assign devs", ""},
        {"assign a role whose global permissions are held", "members", {}, "assign managers", ""},
        {"disable an Admin",
         "members",
         {},
         "disable admin",
         "disabling 'admin' needs every global permission they hold"},
        {"delete an Admin", "members", {}, "delete admin", "deleting 'admin' needs every global permission they hold"},
        {"disable a user who holds less", "members", {}, "disable carol", ""},
        {"assign Owner with security#edit", "securityEdit", {}, "assign owner", ""},
    };
    for (const char* backend : {"sqlite", "postgresql"}) {
        for (const Case& c : cases)
            QTest::addRow("%s: %s", backend, c.name)
                << QString::fromLatin1(backend) << QString::fromLatin1(c.rights) << c.holds
                << QString::fromLatin1(c.what) << QString::fromUtf8(c.refusal);
    }
}

// DESIGN.md: below the security owners of a scope, nobody grants more than they hold.
void TestRules::nobodyGrantsMoreThanTheyHold()
{
    QFETCH(QString, rights);
    QFETCH(QStringList, holds);
    QFETCH(QString, what);
    QFETCH(QString, refusal);
    SCENARIO(s);
    const Id apps = folderAt(*s, QStringLiteral("Apps"));
    const Id viewers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    const Id bob = userNamed(*s, QStringLiteral("bob"));
    const Id carol = userNamed(*s, QStringLiteral("carol"));
    QStringList held = holds;
    if (rights == QLatin1String("teams"))
        held.append(QStringLiteral("folder#edit_teams"));
    if (rights == QLatin1String("security"))
        held.append(QStringLiteral("folder#edit_security"));
    if (!held.isEmpty())
        must(*s, edit::TeamPermissions{viewers, keys(*s, held), {}});
    const Id managers
        = s->apply(edit::AddRole{QStringLiteral("managers")}, userNamed(*s, QStringLiteral("admin")))->createdId;
    must(*s, edit::GlobalGrant{QStringLiteral("members#manage"), managers, edit::Assignment::Assign});
    // A second administrator, so that taking one away is judged by this rule, not by lockout.
    const Id second = s->apply(edit::AddUser{QStringLiteral("root"), QStringLiteral("root@example.com"), {}},
                               userNamed(*s, QStringLiteral("admin")))
                          ->createdId;
    must(*s, edit::RoleMember{roleNamed(*s, QStringLiteral("Owner")), second, edit::Assignment::Assign});
    if (rights == QLatin1String("members"))
        must(*s, edit::RoleMember{managers, bob, edit::Assignment::Assign});
    if (rights == QLatin1String("securityEdit")) {
        const Id secs
            = s->apply(edit::AddRole{QStringLiteral("secs")}, userNamed(*s, QStringLiteral("admin")))->createdId;
        must(*s, edit::GlobalGrant{QStringLiteral("security#edit"), secs, edit::Assignment::Assign});
        must(*s, edit::RoleMember{secs, bob, edit::Assignment::Assign});
    }
    const Id developers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Developers"));
    const Id owner = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Folder Owner"));
    const Id ownerRole = roleNamed(*s, QStringLiteral("Owner"));
    const QHash<QString, Edit> edits{
        {QStringLiteral("grant"), edit::TeamPermissions{developers, keys(*s, {QStringLiteral("release#abort")}), {}}},
        {QStringLiteral("member"), edit::TeamMember{developers, carol, 0, edit::Membership::Add}},
        {QStringLiteral("self owner"), edit::TeamMember{owner, bob, 0, edit::Membership::Add}},
        {QStringLiteral("owner"), edit::TeamMember{owner, carol, 0, edit::Membership::Add}},
        {QStringLiteral("assign owner"), edit::RoleMember{ownerRole, carol, edit::Assignment::Assign}},
        {QStringLiteral("invite owner"), edit::InviteUser{QStringLiteral("eve@example.com"), ownerRole}},
        {QStringLiteral("assign devs"),
         edit::RoleMember{roleNamed(*s, QStringLiteral("devs")), carol, edit::Assignment::Assign}},
        {QStringLiteral("assign managers"), edit::RoleMember{managers, carol, edit::Assignment::Assign}},
        {QStringLiteral("disable admin"),
         edit::SetUserStatus{userNamed(*s, QStringLiteral("admin")), UserStatus::Disabled}},
        {QStringLiteral("delete admin"), edit::DeleteUser{userNamed(*s, QStringLiteral("admin"))}},
        {QStringLiteral("disable carol"), edit::SetUserStatus{carol, UserStatus::Disabled}},
    };
    QVERIFY(edits.contains(what));
    Q_UNUSED(apps)
    const QByteArray before = exportJson(*s);
    auto r = s->apply(edits.value(what), bob);
    if (refusal.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    } else {
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Refused);
        QVERIFY2(r.error().message.contains(refusal), qPrintable(r.error().message));
        QCOMPARE(exportJson(*s), before);
    }
    verifyPersisted(*s);
}

// A plan is judged row by row like single edits; the refused row is named.
void TestRules::bulkGrantsNoMoreThanHeld()
{
    SCENARIO(s);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const Id bob = userNamed(*s, QStringLiteral("bob"));
    const Id managers = s->apply(edit::AddRole{QStringLiteral("managers")}, admin)->createdId;
    must(*s, edit::GlobalGrant{QStringLiteral("members#manage"), managers, edit::Assignment::Assign});
    must(*s, edit::RoleMember{managers, bob, edit::Assignment::Assign});
    const QByteArray before = exportJson(*s);
    int failedAt = -1;
    const QList<Edit> plan{edit::RoleMember{managers, userNamed(*s, QStringLiteral("carol")), edit::Assignment::Assign},
                           edit::RoleMember{roleNamed(*s, QStringLiteral("Owner")), bob, edit::Assignment::Assign}};
    auto r = s->applyBulk(plan, bob, QStringLiteral("plan"), false, &failedAt);
    QVERIFY(!r);
    QCOMPARE(failedAt, 1);
    QVERIFY2(r.error().message.contains(QStringLiteral("needs Admin")), qPrintable(r.error().message));
    QCOMPARE(exportJson(*s), before);
    // The preview is refused the same way.
    auto dry = s->applyBulk(plan, bob, QStringLiteral("plan"), true, &failedAt);
    QVERIFY(!dry);
    QCOMPARE(failedAt, 1);
}

// Undoing someone's removal puts back what they removed: that is granting it, and judged as such.
// Import --replace needs Admin in the core, not only in the window and the command line.
void TestRules::replacingTheContentNeedsAdmin()
{
    SCENARIO(s);
    const QByteArray before = exportJson(*s);
    const Directory content = s->directory();
    const Status refused = s->replaceContent(content, QStringLiteral("bob"), QStringLiteral("Import"));
    QVERIFY(refused.failed());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("needs Admin")), qPrintable(refused.error().message));
    QCOMPARE(exportJson(*s), before);
    QVERIFY(s->replaceContent(content, QStringLiteral("admin"), QStringLiteral("Import")).ok());
}

void TestRules::undoGrantsNoMoreThanHeld()
{
    SCENARIO(s);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const Id bob = userNamed(*s, QStringLiteral("bob"));
    const Id carol = userNamed(*s, QStringLiteral("carol"));
    const Id owner = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Folder Owner"));
    must(*s,
         edit::TeamPermissions{teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers")),
                               keys(*s, {QStringLiteral("folder#edit_teams")}),
                               {}});
    must(*s, edit::TeamMember{owner, carol, 0, edit::Membership::Add});
    auto removed = s->apply(edit::TeamMember{owner, carol, 0, edit::Membership::Remove}, admin);
    QVERIFY(removed.ok());
    const QByteArray before = exportJson(*s);
    auto undone = s->revert(removed.value(), QStringLiteral("Undo"), bob);
    QVERIFY(!undone);
    QVERIFY2(undone.error().message.contains(QStringLiteral("adding carol to team 'Folder Owner'")),
             qPrintable(undone.error().message));
    QCOMPARE(exportJson(*s), before);
    QVERIFY(s->revert(removed.value(), QStringLiteral("Undo"), admin).ok());
}

void TestRules::grantsRightsThroughTeams()
{
    SCENARIO(s);
    const Id viewers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    must(*s,
         edit::TeamPermissions{
             viewers, keys(*s, {QStringLiteral("folder#edit"), QStringLiteral("folder#edit_teams")}), {}});
    must(*s, edit::AddFolder{folderAt(*s, QStringLiteral("Apps/Web")), QStringLiteral("Mobile")},
         QStringLiteral("bob"));
    must(*s, edit::TeamMember{viewers, userNamed(*s, QStringLiteral("carol")), 0, edit::Membership::Add},
         QStringLiteral("bob"));
    // folder#edit_teams does not allow creating teams; that needs folder#edit_security.
    auto r = s->apply(edit::AddTeam{folderAt(*s, QStringLiteral("Apps")), QStringLiteral("QA")},
                      userNamed(*s, QStringLiteral("bob")));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("folder#edit_security")));
    verifyPersisted(*s);
}

void TestRules::deleteFolderTakesSubtree()
{
    SCENARIO(s);
    must(*s,
         edit::SetInherit{folderAt(*s, QStringLiteral("Apps/Web/Frontend")), false, edit::InheritChoice::CopyTeams});
    const int teamsBefore = int(s->directory().teams().size());
    must(*s, edit::DeleteFolder{folderAt(*s, QStringLiteral("Apps/Web"))});
    QCOMPARE(folderAt(*s, QStringLiteral("Apps/Web")), Id(0));
    QCOMPARE(s->directory().folders().size(), 1);
    QVERIFY(s->directory().teams().size() < teamsBefore);
    verifyPersisted(*s);
}

void TestRules::deleteRoleLeavesEverywhere()
{
    SCENARIO(s);
    const Id devs = roleNamed(*s, QStringLiteral("devs"));
    must(*s, edit::GlobalGrant{QStringLiteral("reports#view"), devs, edit::Assignment::Assign});
    must(*s, edit::DeleteRole{devs});
    QVERIFY(!s->directory().roleNamed(QStringLiteral("devs")));
    QVERIFY(s->user(QStringLiteral("alice"))->roles.isEmpty());
    QVERIFY(s->directory().team(teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Developers")))->roles.isEmpty());
    QVERIFY(s->directory().global(QStringLiteral("reports#view")).roles.isEmpty());
    verifyPersisted(*s);
}

void TestRules::staleEditIsConflict()
{
    SCENARIO(s);
    auto other = Store::open(s->location(), Store::OpenMode::Existing, testCatalog());
    QVERIFY(other.ok());
    Store& second = *other.value();
    must(*s, edit::RenameFolder{folderAt(*s, QStringLiteral("Apps/Web")), QStringLiteral("Website")});
    // The second client still sees "Web" and edits it: refused, nothing written.
    auto r = second.apply(edit::RenameFolder{folderAt(second, QStringLiteral("Apps/Web")), QStringLiteral("Portal")},
                          userNamed(second, QStringLiteral("admin")));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Conflict);
    QVERIFY2(r.error().message.contains(QStringLiteral("folder 'Web'")), qPrintable(r.error().message));
    // Nothing of the refused edit is written, and the second client now sees what the first did.
    QVERIFY(folderAt(second, QStringLiteral("Apps/Web")) == 0);
    QVERIFY(folderAt(second, QStringLiteral("Apps/Website")) != 0);
    QCOMPARE(exportJson(second), exportJson(*s));
    verifyPersisted(*s);
    QVERIFY(folderAt(*s, QStringLiteral("Apps/Website")) != 0);
}

void TestRules::auditLogRecordsEachEdit()
{
    SCENARIO(s);
    auto before = s->log();
    QVERIFY(before.ok());
    must(*s, edit::RenameFolder{folderAt(*s, QStringLiteral("Apps/Web")), QStringLiteral("Website")});
    auto refused = s->apply(edit::AddFolder{0, QStringLiteral("X")}, userNamed(*s, QStringLiteral("bob")));
    QVERIFY(!refused);
    auto after = s->log();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size() + 1);
    const AuditEntry& e = after->last();
    QCOMPARE(e.operatorName, QStringLiteral("admin"));
    QCOMPARE(e.summary, QStringLiteral("Rename folder Apps/Web to Website"));
    QCOMPARE(e.before.first().toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("Web"));
    QCOMPARE(e.after.first().toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("Website"));
    QVERIFY(!e.databaseUser.isEmpty());
    QVERIFY(e.at.isValid());
    auto since = s->log(e.at);
    QVERIFY(since.ok());
    QCOMPARE(since->last().id, e.id);
    for (const AuditEntry& entry : since.value())
        QVERIFY(entry.at >= e.at);
    QVERIFY(s->log(e.at.addSecs(1))->isEmpty());
}

void TestRules::explainsGrantedAndMissing()
{
    SCENARIO(s);
    const Id alice = userNamed(*s, QStringLiteral("alice"));
    const Id frontend = folderAt(*s, QStringLiteral("Apps/Web/Frontend"));
    const int view = s->catalog().folderIndex(QStringLiteral("folder#view"));
    Explanation e = s->access().explain(alice, frontend, view);
    QVERIFY(e.granted);
    bool viaRole = false;
    for (const Reason& r : e.reasons) {
        if (r.member && r.roleId == roleNamed(*s, QStringLiteral("devs"))) {
            viaRole = true;
            QCOMPARE(s->directory().team(r.teamId)->name, QStringLiteral("Developers"));
            QCOMPARE(r.folderId, folderAt(*s, QStringLiteral("Apps")));
            QCOMPARE(r.held, s->catalog().folderIndex(QStringLiteral("release#start")));
        }
    }
    QVERIFY(viaRole);
    const int editTeams = s->catalog().folderIndex(QStringLiteral("folder#edit_teams"));
    e = s->access().explain(alice, frontend, editTeams);
    QVERIFY(!e.granted);
    QCOMPARE(e.reasons.size(), 1);
    QCOMPARE(s->directory().team(e.reasons.first().teamId)->name, QStringLiteral("Folder Owner"));
    QVERIFY(!e.reasons.first().member);
}

void TestRules::whoHasListsActiveHolders()
{
    SCENARIO(s);
    const Id frontend = folderAt(*s, QStringLiteral("Apps/Web/Frontend"));
    auto names = [&](const QString& key) {
        QStringList list;
        for (Id id : s->access().whoHas(frontend, s->catalog().folderIndex(key)))
            list.append(s->directory().user(id)->username);
        return list;
    };
    QCOMPARE(names(QStringLiteral("folder#view")),
             (QStringList{QStringLiteral("admin"), QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(names(QStringLiteral("release#start")), (QStringList{QStringLiteral("admin"), QStringLiteral("alice")}));
    must(*s, edit::SetUserStatus{userNamed(*s, QStringLiteral("alice")), UserStatus::Disabled});
    QCOMPARE(names(QStringLiteral("release#start")), QStringList{QStringLiteral("admin")});
}

void TestRules::savesSeveralTeamsAtOnce()
{
    SCENARIO(s);
    const Id developers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Developers"));
    const Id viewers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    // bob may edit the teams of Apps only once Viewers holds folder#edit_teams, and grant there only
    // what he holds himself.
    must(*s,
         edit::TeamPermissions{viewers,
                               keys(*s,
                                    {QStringLiteral("folder#edit_teams"), QStringLiteral("release#abort"),
                                     QStringLiteral("dashboard#view")}),
                               {}});
    must(*s, edit::AddFolder{0, QStringLiteral("Other")});
    const Id otherOwner = teamOn(*s, QStringLiteral("Other"), QStringLiteral("Folder Owner"));
    const QByteArray before = exportJson(*s);
    // One team bob may not change makes the whole save refused.
    const edit::TeamPermissionSets mixed{{{developers, keys(*s, {QStringLiteral("release#abort")})},
                                          {otherOwner, keys(*s, {QStringLiteral("folder#view")})}}};
    auto refused = s->apply(mixed, userNamed(*s, QStringLiteral("bob")));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("'Other'")));
    QCOMPARE(exportJson(*s), before);
    const edit::TeamPermissionSets allowed{{{developers, keys(*s, {QStringLiteral("release#abort")})},
                                            {viewers,
                                             keys(*s,
                                                  {QStringLiteral("folder#view"), QStringLiteral("folder#edit_teams"),
                                                   QStringLiteral("dashboard#view")})}}};
    auto saved = s->apply(allowed, userNamed(*s, QStringLiteral("bob")));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(s->catalog().folderKeys(s->directory().team(developers)->permissions),
             QStringList{QStringLiteral("release#abort")});
    QVERIFY(s->directory().team(viewers)->permissions.test(s->catalog().folderIndex(QStringLiteral("dashboard#view"))));
    QCOMPARE(s->log()->last().summary, QStringLiteral("Change the permissions of Developers, Viewers on Apps"));
    verifyPersisted(*s);
}

void TestRules::updatesTeamNameAndMembersTogether()
{
    SCENARIO(s);
    const Id viewers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    const Id carol = userNamed(*s, QStringLiteral("carol"));
    const Id devs = roleNamed(*s, QStringLiteral("devs"));
    must(*s, edit::TeamPermissions{viewers, keys(*s, {QStringLiteral("folder#edit_teams")}), {}});
    // bob may change members (folder#edit_teams) but not names (folder#edit_security): all or nothing.
    const QByteArray before = exportJson(*s);
    auto refused = s->apply(edit::UpdateTeam{viewers, QStringLiteral("Readers"), {carol}, {devs}},
                            userNamed(*s, QStringLiteral("bob")));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("folder#edit_security")));
    QCOMPARE(exportJson(*s), before);
    must(*s, edit::UpdateTeam{viewers, QStringLiteral("Viewers"), {carol}, {devs}}, QStringLiteral("bob"));
    QCOMPARE(s->directory().team(viewers)->users, QSet<Id>{carol});
    must(*s, edit::UpdateTeam{viewers, QStringLiteral("Readers"), {}, {devs}});
    QCOMPARE(s->directory().team(viewers)->name, QStringLiteral("Readers"));
    QVERIFY(s->directory().team(viewers)->users.isEmpty());
    verifyPersisted(*s);
}

void TestRules::editsUsersAndGlobalsAllOrNothing()
{
    SCENARIO(s);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const Id alice = userNamed(*s, QStringLiteral("alice"));
    const Id bob = userNamed(*s, QStringLiteral("bob"));
    const Id owner = roleNamed(*s, QStringLiteral("Owner"));
    const Id devs = roleNamed(*s, QStringLiteral("devs"));
    // Editing a user: a taken email address is refused; bob has no right to edit users.
    auto taken
        = s->apply(edit::UpdateUser{alice, QStringLiteral("Alice A."), QStringLiteral("BOB@example.com")}, admin);
    QVERIFY(!taken);
    QCOMPARE(taken.error().kind, ErrorKind::Refused);
    QVERIFY(!s->apply(edit::UpdateUser{alice, QStringLiteral("Alice A."), {}}, bob));
    must(*s, edit::UpdateUser{alice, QStringLiteral("Alice Archer"), QStringLiteral("alice.archer@example.com")});
    QCOMPARE(s->user(QStringLiteral("alice.archer@example.com"))->fullName, QStringLiteral("Alice Archer"));

    // Disabling several users is all or nothing: the last admin among them refuses it all.
    const QByteArray before = exportJson(*s);
    auto lockout = s->apply(edit::SetUserStatuses{{alice, admin}, UserStatus::Disabled}, admin);
    QVERIFY(!lockout);
    QVERIFY(lockout.error().message.contains(QStringLiteral("Admin")));
    QCOMPARE(exportJson(*s), before);
    must(*s, edit::SetUserStatuses{{alice, bob}, UserStatus::Disabled});
    QVERIFY(!s->access().isActive(alice) && !s->access().isActive(bob));

    // Global assignments saved together; leaving Admin without roles is refused.
    QVERIFY(!s->apply(edit::GlobalAssignments{{{QStringLiteral("admin"), {}}}}, admin));
    must(*s,
         edit::GlobalAssignments{{{QStringLiteral("login"), {owner, devs}}, {QStringLiteral("reports#view"), {devs}}}});
    QCOMPARE(s->directory().global(QStringLiteral("login")).roles, (QSet<Id>{owner, devs}));
    QCOMPARE(s->log()->last().summary, QStringLiteral("Change the roles of login, reports#view"));
    verifyPersisted(*s);
}

void TestRules::undoRestoresExactly_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("what");
    for (const char* backend : {"sqlite", "postgresql"}) {
        for (const char* what : {"delete folder", "inherit off", "move to top", "delete role", "grant", "delete user"})
            QTest::addRow("%s: %s", backend, what) << QString::fromLatin1(backend) << QString::fromLatin1(what);
    }
}

void TestRules::undoRestoresExactly()
{
    QFETCH(QString, what);
    SCENARIO(s);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const QHash<QString, Edit> edits{
        {QStringLiteral("delete folder"), edit::DeleteFolder{folderAt(*s, QStringLiteral("Apps"))}},
        {QStringLiteral("inherit off"),
         edit::SetInherit{folderAt(*s, QStringLiteral("Apps/Web")), false, edit::InheritChoice::CopyTeams}},
        {QStringLiteral("move to top"), edit::MoveFolder{folderAt(*s, QStringLiteral("Apps/Web/Frontend")), 0}},
        {QStringLiteral("delete role"), edit::DeleteRole{roleNamed(*s, QStringLiteral("devs"))}},
        {QStringLiteral("grant"),
         edit::TeamPermissions{teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers")),
                               keys(*s, {QStringLiteral("release#edit_task")}),
                               {}}},
        {QStringLiteral("delete user"), edit::DeleteUser{userNamed(*s, QStringLiteral("alice"))}},
    };
    const QByteArray original = exportJson(*s);
    auto done = s->apply(edits.value(what), admin);
    QVERIFY(done.ok());
    const QByteArray edited = exportJson(*s);
    QVERIFY(edited != original);
    auto undone = s->revert(done.value(), QStringLiteral("Undo"), admin);
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
    QCOMPARE(exportJson(*s), original);
    verifyPersisted(*s);
    auto redone = s->revert(undone.value(), QStringLiteral("Redo"), admin);
    QVERIFY2(redone.ok(), qPrintable(redone.ok() ? QString() : redone.error().message));
    QCOMPARE(exportJson(*s), edited);
    verifyPersisted(*s);
    QVERIFY(s->revert(redone.value(), QStringLiteral("Undo"), admin).ok());
    QCOMPARE(exportJson(*s), original);
}

void TestRules::refusesStaleUndo()
{
    SCENARIO(s);
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    const Id web = folderAt(*s, QStringLiteral("Apps/Web"));
    auto first = s->apply(edit::RenameFolder{web, QStringLiteral("Website")}, admin);
    QVERIFY(first.ok());
    must(*s, edit::RenameFolder{web, QStringLiteral("Portal")});
    const QByteArray before = exportJson(*s);
    auto undo = s->revert(first.value(), QStringLiteral("Undo"), admin);
    QVERIFY(!undo);
    QCOMPARE(undo.error().kind, ErrorKind::Conflict);
    QVERIFY2(undo.error().message.contains(QStringLiteral("folder 'Website' has changed since")),
             qPrintable(undo.error().message));
    QCOMPARE(exportJson(*s), before);
    verifyPersisted(*s);
}

// Undo and redo need the rights the edit needed, as the operator holds them now.
void TestRules::undoNeedsTheRightsOfTheEdit()
{
    SCENARIO(s);
    const Id bob = userNamed(*s, QStringLiteral("bob"));
    const Id viewers = teamOn(*s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    must(*s, edit::TeamPermissions{viewers, keys(*s, {QStringLiteral("folder#edit_teams")}), {}});
    auto added
        = s->apply(edit::TeamMember{viewers, userNamed(*s, QStringLiteral("carol")), 0, edit::Membership::Add}, bob);
    QVERIFY(added.ok());
    // While bob holds folder#edit_teams he may undo and redo it.
    auto undone = s->revert(added.value(), QStringLiteral("Undo"), bob);
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
    auto redone = s->revert(undone.value(), QStringLiteral("Redo"), bob);
    QVERIFY(redone.ok());
    // Once the right is taken away, he may not: refused, and nothing changes.
    must(*s, edit::TeamPermissions{viewers, {}, keys(*s, {QStringLiteral("folder#edit_teams")})});
    const QByteArray before = exportJson(*s);
    auto refusedUndo = s->revert(redone.value(), QStringLiteral("Undo"), bob);
    QVERIFY(!refusedUndo);
    QCOMPARE(refusedUndo.error().kind, ErrorKind::Refused);
    QVERIFY2(refusedUndo.error().message.contains(QStringLiteral("folder#edit_teams")),
             qPrintable(refusedUndo.error().message));
    QCOMPARE(exportJson(*s), before);
    // An edit of users needs members#manage or security#edit to be undone.
    const Id admin = userNamed(*s, QStringLiteral("admin"));
    auto invited
        = s->apply(edit::InviteUser{QStringLiteral("dave@example.com"), roleNamed(*s, QStringLiteral("devs"))}, admin);
    QVERIFY(invited.ok());
    auto byBob = s->revert(invited.value(), QStringLiteral("Undo"), bob);
    QVERIFY(!byBob);
    QVERIFY2(byBob.error().message.contains(QStringLiteral("members#manage")), qPrintable(byBob.error().message));
    QVERIFY(s->revert(invited.value(), QStringLiteral("Undo"), admin).ok());
    // Inheritance needs folder#edit_security only, for undo as for the edit.
    must(*s, edit::TeamPermissions{viewers, keys(*s, {QStringLiteral("folder#edit_security")}), {}});
    const Id web = folderAt(*s, QStringLiteral("Apps/Web"));
    auto own = s->apply(edit::SetInherit{web, false, edit::InheritChoice::CopyTeams}, bob);
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
    QVERIFY2(s->revert(own.value(), QStringLiteral("Undo"), bob).ok(), "undo of inherit off");
    QVERIFY(s->directory().folder(web)->inherit);
    verifyPersisted(*s);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
