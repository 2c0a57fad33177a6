// Expectations: each kind evaluated as DESIGN.md defines violations, and enforced on every path
// that writes (edits, plans, undo and redo, replacing the content), with and without an override.
#include "support/Scenario.h"
#include "support/TestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/access/Expectations.h"
#include "models/io/DirectoryFile.h"

using namespace warden;
using namespace warden::test;

namespace {

struct Spec
{
    const char* kind;
    QStringList subjects; // usernames and role:NAME
    const char* permission;
    const char* folder; // empty: global
};

Expectation expectationOf(const Store& s, const QString& name, const Spec& spec)
{
    Expectation e;
    e.name = name;
    parseKind(QString::fromLatin1(spec.kind), &e.kind);
    for (const QString& subject : spec.subjects) {
        if (subject.startsWith(QLatin1String("role:")))
            e.roles.insert(roleNamed(s, subject.mid(5)));
        else
            e.users.insert(userNamed(s, subject));
    }
    e.permission = QString::fromLatin1(spec.permission);
    e.folderId = *spec.folder ? folderAt(s, QString::fromLatin1(spec.folder)) : 0;
    return e;
}

// "bob Apps/Web", "bob (global)"
QStringList words(const Store& s, const QList<Violation>& violations)
{
    QStringList out;
    for (const Violation& v : violations)
        out.append(s.directory().user(v.userId)->username + QLatin1Char(' ')
                   + (v.folderId ? s.directory().path(v.folderId) : QStringLiteral("(global)")));
    return out;
}

Id addExpectation(Store& s, const QString& name, const Spec& spec)
{
    auto added = s.apply(edit::AddExpectation{expectationOf(s, name, spec)}, userNamed(s, QStringLiteral("admin")));
    if (!added)
        qWarning() << added.error().message;
    return added ? added->createdId : 0;
}

using EditOf = std::function<Edit(const Store&)>;

} // namespace

Q_DECLARE_METATYPE(Spec)

class TestExpectations : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    // The small scenario, and Apps/Vault, a security root of its own: Keepers {alice: release#start}.
    std::unique_ptr<Store> scenario(const QString& backend);

private Q_SLOTS:
    void violationsOfEachKind_data();
    void violationsOfEachKind();
    void addedWhileBroken_data() { TestStores::addBackendRows(); }
    void addedWhileBroken();
    void renamingKeepsIt_data() { TestStores::addBackendRows(); }
    void renamingKeepsIt();
    void addingAndDeletingNeedSecurityEdit_data() { TestStores::addBackendRows(); }
    void addingAndDeletingNeedSecurityEdit();
    void refusedUnlessOverridden_data();
    void refusedUnlessOverridden();
    void deletingWhatItNamesTakesItAlong_data() { TestStores::addBackendRows(); }
    void deletingWhatItNamesTakesItAlong();
    void undoAndRedoAreChecked_data() { TestStores::addBackendRows(); }
    void undoAndRedoAreChecked();
    void planIsChecked_data() { TestStores::addBackendRows(); }
    void planIsChecked();
    void replacingTheContentIsChecked_data() { TestStores::addBackendRows(); }
    void replacingTheContentIsChecked();
    void exportedAndImported_data() { TestStores::addBackendRows(); }
    void exportedAndImported();
    void fileErrorsNameTheirPlace_data();
    void fileErrorsNameTheirPlace();
    void judgedLikeAFullEvaluation_data();
    void judgedLikeAFullEvaluation();
};

std::unique_ptr<Store> TestExpectations::scenario(const QString& backend)
{
    auto store = smallScenario(m_stores, backend);
    if (!store)
        return store;
    Store& s = *store;
    must(s, edit::AddFolder{folderAt(s, QStringLiteral("Apps")), QStringLiteral("Vault")});
    must(s, edit::SetInherit{folderAt(s, QStringLiteral("Apps/Vault")), false, edit::InheritChoice::SystemTeamsOnly});
    must(s, edit::AddTeam{folderAt(s, QStringLiteral("Apps/Vault")), QStringLiteral("Keepers")});
    const Id keepers = teamOn(s, QStringLiteral("Apps/Vault"), QStringLiteral("Keepers"));
    must(s, edit::TeamMember{keepers, userNamed(s, QStringLiteral("alice")), 0});
    must(s, edit::TeamPermissions{keepers, keys(s, {QStringLiteral("release#start")}), {}});
    return store;
}

void TestExpectations::violationsOfEachKind_data()
{
    QTest::addColumn<Spec>("spec");
    QTest::addColumn<QStringList>("expected");
    const QStringList admins{QStringLiteral("admin"), QStringLiteral("eve")};
    auto everywhere = [](const QStringList& users, const QStringList& folders) {
        QStringList out;
        for (const QString& u : users)
            for (const QString& f : folders)
                out.append(u + QLatin1Char(' ') + f);
        return out;
    };
    const QStringList appsNotVault{QStringLiteral("Apps"), QStringLiteral("Apps/Web"),
                                   QStringLiteral("Apps/Web/Frontend")};
    const QStringList apps{QStringLiteral("Apps"), QStringLiteral("Apps/Vault"), QStringLiteral("Apps/Web"),
                           QStringLiteral("Apps/Web/Frontend")};
    // holds: on the folder itself
    QTest::newRow("holds, a user who holds it") << Spec{"holds", {"alice"}, "template#view", "Apps"} << QStringList();
    QTest::newRow("holds, a user who lacks it")
        << Spec{"holds", {"bob"}, "template#view", "Apps/Web"} << QStringList{"bob Apps/Web"};
    QTest::newRow("holds, a role: its invited member does not count")
        << Spec{"holds", {"role:devs"}, "template#view", "Apps/Web"} << QStringList();
    QTest::newRow("holds, a role on a folder of its own root")
        << Spec{"holds", {"role:devs"}, "template#view", "Apps/Vault"} << QStringList{"alice Apps/Vault"};
    QTest::newRow("holds, a disabled user is no subject")
        << Spec{"holds", {"dave"}, "template#view", "Ops"} << QStringList();
    QTest::newRow("holds, Admin holds everything")
        << Spec{"holds", {"role:Owner"}, "release#abort", "Ops"} << QStringList();
    QTest::newRow("holds, global") << Spec{"holds", {"bob", "eve"}, "security#edit", ""} << QStringList{"bob (global)"};
    // never: the folder and beneath it, each folder by its own root
    QTest::newRow("never, on every folder beneath, not across a root")
        << Spec{"never", {"bob"}, "folder#view", "Apps"} << everywhere({QStringLiteral("bob")}, appsNotVault);
    QTest::newRow("never, a subtree only")
        << Spec{"never", {"bob"}, "folder#view", "Apps/Web"} << QStringList{"bob Apps/Web", "bob Apps/Web/Frontend"};
    QTest::newRow("never, an Admin holds it everywhere")
        << Spec{"never", {"eve"}, "release#start", "Ops"} << QStringList{"eve Ops"};
    QTest::newRow("never, a disabled member does not count")
        << Spec{"never", {"dave"}, "folder#view", "Ops"} << QStringList();
    QTest::newRow("never, through a role")
        << Spec{"never", {"role:devs"}, "release#start", "Apps"} << QStringList{"alice Apps/Vault"};
    QTest::newRow("never, global") << Spec{"never", {"alice", "bob"}, "login", ""}
                                   << QStringList{"alice (global)", "bob (global)"};
    // only: nobody else, Admins included unless named
    QTest::newRow("only, Admins are the others")
        << Spec{"only", {"alice"}, "release#start", "Apps"} << everywhere(admins, apps);
    QTest::newRow("only, Admins named, everyone else beneath")
        << Spec{"only", {"role:Owner"}, "folder#view", "Apps"}
        << (everywhere({QStringLiteral("alice")}, apps) + everywhere({QStringLiteral("bob")}, appsNotVault));
    QTest::newRow("only, holding") << Spec{"only", {"role:Owner", "alice"}, "release#start", "Apps"} << QStringList();
    QTest::newRow("only, global, login open to every active user")
        << Spec{"only", {"role:Owner", "alice"}, "login", ""} << QStringList{"bob (global)"};
    QTest::newRow("only, global, Admin") << Spec{"only", {"eve"}, "admin", ""} << QStringList{"admin (global)"};
}

void TestExpectations::violationsOfEachKind()
{
    QFETCH(Spec, spec);
    QFETCH(QStringList, expected);
    auto store = scenario(QStringLiteral("sqlite"));
    QVERIFY(store);
    const Expectation e = expectationOf(*store, QStringLiteral("E"), spec);
    QVERIFY(ExpectationCheck::validate(store->directory(), store->catalog(), e).ok());
    QCOMPARE(words(*store, ExpectationCheck(store->directory(), store->catalog()).violations(e)), expected);
}

void TestExpectations::addedWhileBroken()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    const Id id = addExpectation(*store, QStringLiteral("Bob edits templates"),
                                 Spec{"holds", {"bob"}, "template#edit", "Apps"});
    QVERIFY(id);
    const ExpectationCheck check(store->directory(), store->catalog());
    QCOMPARE(words(*store, check.violations(*store->directory().expectation(id))), QStringList{"bob Apps"});
    // Further edits that leave it no worse pass; one that mends it is said to.
    must(*store, edit::RenameFolder{folderAt(*store, QStringLiteral("Ops")), QStringLiteral("Operations")});
    auto mend = store->preview(edit::TeamPermissions{teamOn(*store, QStringLiteral("Apps"), QStringLiteral("Viewers")),
                                                     keys(*store, {QStringLiteral("template#edit")}),
                                                     {}},
                               userNamed(*store, QStringLiteral("admin")));
    QVERIFY(mend);
    QCOMPARE(mend->expectations.mended, QStringList{"Bob edits templates"});
    QVERIFY(!mend->expectations.breaks());
}

void TestExpectations::renamingKeepsIt()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    QVERIFY(addExpectation(s, QStringLiteral("Keepers start"),
                           Spec{"only", {"alice", "role:Owner"}, "release#start", "Apps/Vault"}));
    must(s, edit::RenameFolder{folderAt(s, QStringLiteral("Apps/Vault")), QStringLiteral("Safe")});
    must(s, edit::RenameRole{roleNamed(s, QStringLiteral("Owner")), QStringLiteral("Owners")});
    auto reopened = Store::open(s.location(), Store::OpenMode::Existing, s.catalog());
    QVERIFY(reopened);
    const QJsonArray written = QJsonDocument::fromJson(exportJson(*reopened.value()))
                                   .object()
                                   .value(QStringLiteral("expectations"))
                                   .toArray();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("Apps/Safe"));
    QCOMPARE(written[0].toObject().value(QStringLiteral("subjects")).toArray(),
             QJsonArray({QStringLiteral("alice"), QStringLiteral("role:Owners")}));
}

void TestExpectations::addingAndDeletingNeedSecurityEdit()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id bob = userNamed(s, QStringLiteral("bob"));
    const Expectation e = expectationOf(s, QStringLiteral("Nobody"), Spec{"never", {"bob"}, "admin", ""});
    auto refused = s.apply(edit::AddExpectation{e}, bob);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("security#edit")), qPrintable(refused.error().message));
    const Id id = addExpectation(s, QStringLiteral("Nobody"), Spec{"never", {"bob"}, "admin", ""});
    QVERIFY(id);
    QCOMPARE(s.apply(edit::AddExpectation{e}, userNamed(s, QStringLiteral("admin"))).error().kind, ErrorKind::Refused);
    QCOMPARE(s.apply(edit::DeleteExpectation{id}, bob).error().kind, ErrorKind::Refused);
    // With security#edit through a role, bob may.
    must(s, edit::AddRole{QStringLiteral("guards")});
    must(s, edit::GlobalGrant{QStringLiteral("security#edit"), roleNamed(s, QStringLiteral("guards"))});
    must(s, edit::RoleMember{roleNamed(s, QStringLiteral("guards")), bob});
    QVERIFY(s.apply(edit::DeleteExpectation{id}, bob));
    QVERIFY(s.directory().expectations().isEmpty());
    // Bad input is said as such.
    Expectation bad = e;
    bad.permission = QStringLiteral("folder#view"); // a folder permission without a folder
    QCOMPARE(s.apply(edit::AddExpectation{bad}, bob).error().kind, ErrorKind::Invalid);
    bad = e;
    bad.users.clear();
    QCOMPARE(s.apply(edit::AddExpectation{bad}, bob).error().kind, ErrorKind::Invalid);
}

void TestExpectations::refusedUnlessOverridden_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Spec>("spec");
    QTest::addColumn<EditOf>("edit");
    QTest::addColumn<QString>("message");
    auto viewers = [](const Store& s) { return teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers")); };
    struct Case
    {
        const char* name;
        Spec spec;
        EditOf edit;
        const char* message;
    };
    const QList<Case> cases{
        {"a grant", Spec{"never", {"bob"}, "template#view", "Apps"},
         [=](const Store& s) {
             return Edit(edit::TeamPermissions{viewers(s), keys(s, {QStringLiteral("template#view")}), {}});
         },
         "bob would hold template#view on Apps (and 2 more violation(s))"},
        {"a revoke", Spec{"holds", {"bob"}, "folder#view", "Apps/Web"},
         [=](const Store& s) {
             return Edit(edit::TeamPermissions{viewers(s), {}, keys(s, {QStringLiteral("folder#view")})});
         },
         "bob would lack folder#view on Apps/Web"},
        {"inherit off", Spec{"holds", {"bob"}, "folder#view", "Apps/Web/Frontend"},
         [](const Store& s) {
             return Edit(edit::SetInherit{folderAt(s, QStringLiteral("Apps/Web")), false,
                                          edit::InheritChoice::SystemTeamsOnly});
         },
         "bob would lack folder#view on Apps/Web/Frontend"},
        // Nobody's access changes: the Vault keeps its own teams, and comes under Ops.
        {"a move under the folder", Spec{"only", {"role:Owner"}, "release#start", "Ops"},
         [](const Store& s) {
             return Edit(
                 edit::MoveFolder{folderAt(s, QStringLiteral("Apps/Vault")), folderAt(s, QStringLiteral("Ops"))});
         },
         "alice would hold release#start on Ops/Vault"},
        {"a role membership", Spec{"never", {"role:devs"}, "release#start", "Apps/Web"},
         [](const Store& s) {
             return Edit(edit::RoleMember{roleNamed(s, QStringLiteral("devs")), userNamed(s, QStringLiteral("eve"))});
         },
         "eve would hold release#start on Apps/Web (and 1 more violation(s))"},
        {"an activation", Spec{"only", {"role:Owner", "bob"}, "folder#view", "Ops"},
         [](const Store& s) {
             return Edit(edit::SetUserStatus{userNamed(s, QStringLiteral("dave")), UserStatus::Active});
         },
         "dave would hold folder#view on Ops"},
        {"a team member removed", Spec{"holds", {"role:devs"}, "template#view", "Apps"},
         [](const Store& s) {
             return Edit(edit::TeamMember{teamOn(s, QStringLiteral("Apps"), QStringLiteral("Developers")), 0,
                                          roleNamed(s, QStringLiteral("devs")), edit::Membership::Remove});
         },
         "alice would lack template#view on Apps"},
        {"a global grant", Spec{"only", {"role:Owner"}, "audit#view", ""},
         [](const Store& s) {
             return Edit(edit::GlobalGrant{QStringLiteral("audit#view"), roleNamed(s, QStringLiteral("devs"))});
         },
         "alice would hold audit#view"},
        {"deleting the folder it is about", Spec{"holds", {"alice"}, "release#start", "Apps/Vault"},
         [](const Store& s) { return Edit(edit::DeleteFolder{folderAt(s, QStringLiteral("Apps"))}); },
         "the folder Apps/Vault it is about would be deleted"},
        {"deleting a user it names", Spec{"never", {"bob"}, "admin", ""},
         [](const Store& s) { return Edit(edit::DeleteUser{userNamed(s, QStringLiteral("bob"))}); },
         "the user bob it names would be deleted"},
        {"deleting a role it names", Spec{"never", {"role:devs"}, "admin", ""},
         [](const Store& s) { return Edit(edit::DeleteRole{roleNamed(s, QStringLiteral("devs"))}); },
         "the role devs it names would be deleted"},
    };
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const Case& c : cases)
            QTest::addRow("%s: %s", qPrintable(backend), c.name)
                << backend << c.spec << c.edit << QString::fromUtf8(c.message ? c.message : "");
    }
}

void TestExpectations::refusedUnlessOverridden()
{
    QFETCH(QString, backend);
    QFETCH(Spec, spec);
    QFETCH(EditOf, edit);
    QFETCH(QString, message);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    QVERIFY(addExpectation(s, QStringLiteral("Guard"), spec));
    QVERIFY(ExpectationCheck(s.directory(), s.catalog())
                .violations(*s.directory().expectationNamed(QStringLiteral("Guard")))
                .isEmpty());
    const QByteArray before = exportJson(s);

    // The dry run says what it breaks; the edit is refused with it, and nothing changes.
    auto preview = s.preview(edit(s), admin);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->expectations.brokenNames(), QStringList{"Guard"});
    auto refused = s.apply(edit(s), admin);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("this change would break 'Guard': ") + message),
             qPrintable(refused.error().message));
    QCOMPARE(exportJson(s), before);

    // Overriding needs security#edit, and its reason is logged.
    must(s, edit::AddUser{QStringLiteral("frank"), QStringLiteral("frank@example.com"), {}});
    must(s, edit::RoleMember{roleNamed(s, QStringLiteral("devs")), userNamed(s, QStringLiteral("frank"))});
    {
        Store::Overriding reason(s, QStringLiteral("audit told us to"));
        auto notAllowed = s.apply(edit(s), userNamed(s, QStringLiteral("frank")));
        QVERIFY(!notAllowed);
        QVERIFY2(notAllowed.error().message.startsWith(QLatin1String("overriding an expectation needs")),
                 qPrintable(notAllowed.error().message));
        auto applied = s.apply(edit(s), admin);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QVERIFY2(applied->summary.endsWith(QLatin1String("(overriding 'Guard': audit told us to)")),
                 qPrintable(applied->summary));
    }
    auto log = s.log();
    QVERIFY(log);
    QVERIFY(log->last().summary.endsWith(QLatin1String("(overriding 'Guard': audit told us to)")));
}

void TestExpectations::deletingWhatItNamesTakesItAlong()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    QVERIFY(addExpectation(s, QStringLiteral("Vault"),
                           Spec{"only", {"alice", "role:Owner"}, "release#start", "Apps/Vault"}));
    QVERIFY(addExpectation(s, QStringLiteral("Ops"), Spec{"never", {"bob"}, "folder#view", "Ops"}));
    Applied applied;
    {
        Store::Overriding reason(s, QStringLiteral("Apps is retired"));
        auto deleted = s.apply(edit::DeleteFolder{folderAt(s, QStringLiteral("Apps"))}, admin);
        QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
        applied = deleted.value();
    }
    QVERIFY(!s.directory().expectationNamed(QStringLiteral("Vault")));
    QVERIFY(s.directory().expectationNamed(QStringLiteral("Ops")));
    // One audit entry holds both, and the store reads back as it is.
    auto log = s.log();
    QVERIFY(log);
    QVERIFY(std::any_of(log->last().before.cbegin(), log->last().before.cend(), [](const QJsonValue& row) {
        return row.toObject().value(QStringLiteral("expectation")).toString() == QLatin1String("Vault");
    }));
    auto reopened = Store::open(s.location(), Store::OpenMode::Existing, s.catalog());
    QVERIFY(reopened);
    QCOMPARE(exportJson(*reopened.value()), exportJson(s));
    // Undo puts both back.
    auto undone = s.revert(applied, QStringLiteral("Undo"), admin);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QVERIFY(s.directory().expectationNamed(QStringLiteral("Vault")));
    QVERIFY(folderAt(s, QStringLiteral("Apps/Vault")));
}

void TestExpectations::undoAndRedoAreChecked()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    const Id viewers = teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    auto revoked = s.apply(edit::TeamPermissions{viewers, {}, keys(s, {QStringLiteral("folder#view")})}, admin);
    QVERIFY(revoked);
    // Added since: bob never views Apps. Undoing the revoke would break it.
    QVERIFY(addExpectation(s, QStringLiteral("Bob out"), Spec{"never", {"bob"}, "folder#view", "Apps"}));
    auto preview = s.previewRevert(revoked.value(), admin);
    QVERIFY(preview);
    QCOMPARE(preview->expectations.brokenNames(), QStringList{"Bob out"});
    auto undo = s.revert(revoked.value(), QStringLiteral("Undo"), admin);
    QVERIFY(!undo);
    QVERIFY2(undo.error().message.startsWith(QLatin1String("this change would break 'Bob out'")),
             qPrintable(undo.error().message));
    Applied undone;
    {
        Store::Overriding reason(s, QStringLiteral("bob is back"));
        auto forced = s.revert(revoked.value(), QStringLiteral("Undo"), admin);
        QVERIFY(forced);
        undone = forced.value();
    }
    // Redo (the revert of the undo) mends it: allowed.
    auto redo = s.revert(undone, QStringLiteral("Redo"), admin);
    QVERIFY2(redo, qPrintable(redo ? QString() : redo.error().message));
    QVERIFY(ExpectationCheck(s.directory(), s.catalog())
                .violations(*s.directory().expectationNamed(QStringLiteral("Bob out")))
                .isEmpty());
}

void TestExpectations::planIsChecked()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    QVERIFY(addExpectation(s, QStringLiteral("Vault"),
                           Spec{"only", {"alice", "role:Owner"}, "release#start", "Apps/Vault"}));
    const Id keepers = teamOn(s, QStringLiteral("Apps/Vault"), QStringLiteral("Keepers"));
    const QList<Edit> plan{edit::TeamMember{keepers, userNamed(s, QStringLiteral("bob")), 0},
                           edit::TeamMember{keepers, 0, roleNamed(s, QStringLiteral("devs"))}};
    int failedAt = 0;
    auto dry = s.applyBulk(plan, admin, QStringLiteral("Plan"), true, &failedAt);
    QVERIFY(dry);
    QCOMPARE(dry->expectations.brokenNames(), QStringList{"Vault"});
    auto real = s.applyBulk(plan, admin, QStringLiteral("Plan"), false, &failedAt);
    QVERIFY(!real);
    QCOMPARE(real.error().kind, ErrorKind::Refused);
    QVERIFY(!s.directory().team(keepers)->users.contains(userNamed(s, QStringLiteral("bob"))));
}

void TestExpectations::replacingTheContentIsChecked()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    QVERIFY(addExpectation(s, QStringLiteral("Bob out"), Spec{"never", {"bob"}, "template#view", "Apps"}));
    // The same directory with bob among the Developers: the file keeps the expectation, and breaks it.
    QJsonObject tree = QJsonDocument::fromJson(exportJson(s)).object();
    QJsonArray folders = tree.value(QStringLiteral("folders")).toArray();
    for (qsizetype i = 0; i < folders.size(); ++i) {
        QJsonObject folder = folders[i].toObject();
        if (folder.value(QStringLiteral("name")).toString() != QLatin1String("Apps"))
            continue;
        QJsonArray teams = folder.value(QStringLiteral("teams")).toArray();
        for (qsizetype t = 0; t < teams.size(); ++t) {
            QJsonObject team = teams[t].toObject();
            if (team.value(QStringLiteral("name")).toString() == QLatin1String("Developers"))
                team.insert(QStringLiteral("users"), QJsonArray{QStringLiteral("bob")});
            teams[t] = team;
        }
        folder.insert(QStringLiteral("teams"), teams);
        folders[i] = folder;
    }
    tree.insert(QStringLiteral("folders"), folders);
    auto content = DirectoryFile::read(tree, s.catalog());
    QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
    auto preview = s.previewReplace(content.value(), QStringLiteral("admin"));
    QVERIFY(preview);
    QCOMPARE(preview->expectations.brokenNames(), QStringList{"Bob out"});
    const Status refused = s.replaceContent(content.value(), QStringLiteral("admin"), QStringLiteral("Import"));
    QVERIFY(refused.failed());
    QVERIFY2(refused.error().message.startsWith(QLatin1String("this change would break 'Bob out': bob would hold")),
             qPrintable(refused.error().message));
    Store::Overriding reason(s, QStringLiteral("new team"));
    QVERIFY(s.replaceContent(content.value(), QStringLiteral("admin"), QStringLiteral("Import")).ok());
    QCOMPARE(s.directory().expectations().size(), 1);
}

void TestExpectations::exportedAndImported()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    QVERIFY(addExpectation(s, QStringLiteral("Vault"),
                           Spec{"only", {"alice", "role:Owner"}, "release#start", "Apps/Vault"}));
    QVERIFY(addExpectation(s, QStringLiteral("Owners"), Spec{"only", {"role:Owner"}, "admin", ""}));
    const QByteArray exported = exportJson(s);
    for (const DirectoryFile::Format format : {DirectoryFile::Format::Json, DirectoryFile::Format::Yaml}) {
        const QByteArray bytes = DirectoryFile::serialize(QJsonDocument::fromJson(exported).object(), format);
        auto tree = DirectoryFile::parse(bytes, format);
        QVERIFY(tree);
        auto content = DirectoryFile::read(tree.value(), s.catalog());
        QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
        const QString location = m_stores.newLocation(backend);
        auto copy = Store::create(location, content.value(), s.catalog(), QStringLiteral("(import)"),
                                  QStringLiteral("Import"));
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(exportJson(*copy.value()), exported);
    }
    // A directory without expectations writes none, as before they existed.
    auto plain = scenario(backend);
    QVERIFY(!QJsonDocument::fromJson(exportJson(*plain)).object().contains(QStringLiteral("expectations")));
}

void TestExpectations::fileErrorsNameTheirPlace_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"name": "E", "kind": "always", "subjects": ["admin"], "permission": "admin"})")
                                  << QStringLiteral("expectations[0].kind: 'always' is not one of holds, never, only");
    QTest::newRow("unknown user") << QByteArray(
        R"({"name": "E", "kind": "holds", "subjects": ["admin", "zed"], "permission": "admin"})")
                                  << QStringLiteral("expectations[0].subjects[1]: unknown user 'zed'");
    QTest::newRow("unknown role") << QByteArray(
        R"({"name": "E", "kind": "holds", "subjects": ["role:Nope"], "permission": "admin"})")
                                  << QStringLiteral("expectations[0].subjects[0]: unknown role 'Nope'");
    QTest::newRow("unknown folder") << QByteArray(
        R"({"name": "E", "kind": "holds", "subjects": ["admin"], "permission": "folder#view", "folder": "Nowhere"})")
                                    << QStringLiteral("expectations[0].folder: unknown folder 'Nowhere'");
    QTest::newRow("folder key, no folder")
        << QByteArray(R"({"name": "E", "kind": "holds", "subjects": ["admin"], "permission": "folder#view"})")
        << QStringLiteral(
               "expectations[0]: unknown global permission folder#view (a folder permission needs a folder)");
    QTest::newRow("no subjects") << QByteArray(
        R"({"name": "E", "kind": "holds", "subjects": [], "permission": "admin"})")
                                 << QStringLiteral("expectations[0]: an expectation names at least one user or role");
    QTest::newRow("unknown key") << QByteArray(
        R"({"name": "E", "kind": "holds", "subjects": ["admin"], "permission": "admin", "severity": 1})")
                                 << QStringLiteral("expectations[0].severity: unknown key");
}

void TestExpectations::fileErrorsNameTheirPlace()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, message);
    const QByteArray file
        = R"({"version": 1, "roles": [{"name": "Owner"}], "users": [{"username": "admin", "roles": ["Owner"]}],
        "globalPermissions": {"admin": ["Owner"]}, "folders": [], "expectations": [)"
        + entry + "]}";
    auto tree = DirectoryFile::parse(file, DirectoryFile::Format::Json);
    QVERIFY(tree);
    auto read = DirectoryFile::read(tree.value(), testCatalog());
    QVERIFY(!read);
    QCOMPARE(read.error().message, message);
}

// For random edits on the demo with random expectations, what the edit breaks and mends is what a
// full evaluation of every expectation before and after it says.
void TestExpectations::judgedLikeAFullEvaluation_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestExpectations::judgedLikeAFullEvaluation()
{
    QFETCH(quint32, seed);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    Store& s = *store;
    const Directory& d = s.directory();
    const Catalog& c = s.catalog();
    QRandomGenerator random(seed);
    const Id admin = userNamed(s, QStringLiteral("admin"));
    auto pick = [&random](QList<Id> ids) {
        std::sort(ids.begin(), ids.end());
        return ids.at(random.bounded(int(ids.size())));
    };
    for (int i = 0; i < 40; ++i) {
        Expectation e;
        e.name = QStringLiteral("E%1").arg(i);
        e.kind = Expectation::Kind(random.bounded(3));
        for (int n = random.bounded(1, 3); n > 0; --n) {
            if (random.bounded(2))
                e.users.insert(pick(d.users().keys()));
            else
                e.roles.insert(pick(d.roles().keys()));
        }
        if (random.bounded(4) == 0) {
            e.permission = c.global(random.bounded(c.globalCount())).key;
        } else {
            e.folderId = pick(d.folders().keys());
            e.permission = c.folderPermission(random.bounded(c.folderCount())).key;
        }
        QVERIFY(s.apply(edit::AddExpectation{e}, admin));
    }
    auto all = [&]() {
        QHash<QString, QSet<Violation>> out;
        const ExpectationCheck check(d, c);
        for (const Expectation& e : d.expectations()) {
            const QList<Violation> v = check.violations(e);
            out.insert(e.name, QSet<Violation>(v.cbegin(), v.cend()));
        }
        return out;
    };
    Store::Overriding reason(s, QStringLiteral("testing"));
    int judged = 0, breaks = 0;
    for (int step = 0; step < 60; ++step) {
        const Edit edit = randomEdit(s, random);
        auto outcome = s.preview(edit, admin);
        if (!outcome)
            continue;
        const auto before = all();
        QVERIFY(s.apply(edit, admin));
        const auto after = all();
        QStringList broken, mended;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key())) {
                broken.append(it.key()); // deleted with what it named
                continue;
            }
            const QSet<Violation>& now = after[it.key()];
            if (!QSet<Violation>(now).subtract(it.value()).isEmpty())
                broken.append(it.key());
            else if (!it.value().isEmpty() && now.isEmpty())
                mended.append(it.key());
        }
        std::sort(broken.begin(), broken.end());
        std::sort(mended.begin(), mended.end());
        QStringList gotBroken = outcome->expectations.brokenNames();
        QStringList gotMended = outcome->expectations.mended;
        std::sort(gotBroken.begin(), gotBroken.end());
        std::sort(gotMended.begin(), gotMended.end());
        QCOMPARE(gotBroken, broken);
        QCOMPARE(gotMended, mended);
        judged += outcome->expectations.evaluated;
        breaks += int(broken.size() + mended.size());
    }
    QVERIFY2(breaks > 0, "the edits must break or mend something to test the judging");
    // Incremental: far fewer than every expectation for every edit.
    QVERIFY2(judged < 60 * 40 / 2, qPrintable(QString::number(judged)));
}

QTEST_GUILESS_MAIN(TestExpectations)
#include "tst_expectations.moc"
