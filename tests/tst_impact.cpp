// The impact of every kind of edit: what each user gains and loses, worked out before the edit is
// written, against impacts written out by hand and against effective() before and after the edit.
#include "support/Scenario.h"
#include "support/TestHelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "models/io/DirectoryFile.h"

#include <functional>

using namespace warden;
using namespace warden::test;

namespace {

QString bits(const PermissionSet& set)
{
    QStringList out;
    set.forEach([&out](int p) { out.append(QString::number(p)); });
    return out.join(QLatin1Char(','));
}

using EditOf = std::function<Edit(const Store&)>;

// The impact as lines: "user (global) +a -b", "user PATH +a -b", "user connection T: from -> to".
// A user who gains or loses every folder permission there reads "+ALL" or "-ALL".
QStringList lines(const Impact& impact, const Store& s)
{
    const Catalog& catalog = s.catalog();
    auto keys = [&](const PermissionSet& gained, const PermissionSet& lost, bool global) {
        QStringList out;
        const PermissionSet all = global ? PermissionSet() : catalog.allFolderPermissions();
        if (!global && gained == all)
            out.append(QStringLiteral("+ALL"));
        else
            for (const QString& k : global ? catalog.globalKeys(gained) : catalog.folderKeys(gained))
                out.append(QLatin1Char('+') + k);
        if (!global && lost == all)
            out.append(QStringLiteral("-ALL"));
        else
            for (const QString& k : global ? catalog.globalKeys(lost) : catalog.folderKeys(lost))
                out.append(QLatin1Char('-') + k);
        return out.join(QLatin1Char(' '));
    };
    QStringList out;
    for (const UserImpact& user : impact.users) {
        if (!user.globalGained.isEmpty() || !user.globalLost.isEmpty())
            out.append(
                QStringLiteral("%1 (global) %2").arg(user.username, keys(user.globalGained, user.globalLost, true)));
        for (const Impact::FolderChange& f : impact.foldersOf(user))
            out.append(QStringLiteral("%1 %2 %3")
                           .arg(user.username, impact.path(f.folderId, s.directory()),
                                keys(f.change->gained, f.change->lost, false)));
        for (const ConnectionChange& c : user.connections)
            out.append(QStringLiteral("%1 connection %2: %3 -> %4")
                           .arg(user.username, impact.connections.value(c.connectionId).title, levelKey(c.from),
                                levelKey(c.to)));
    }
    return out;
}

} // namespace

class TestImpact : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

    std::unique_ptr<Store> scenario(const QString& backend) { return smallScenario(m_stores, backend); }

private Q_SLOTS:
    void eachKindOfEdit_data();
    void eachKindOfEdit();
    void equalsEffectiveBeforeAndAfter_data();
    void equalsEffectiveBeforeAndAfter();
    void dryRunIsRefusedLikeTheEdit_data() { TestStores::addBackendRows(); }
    void dryRunIsRefusedLikeTheEdit();
    void undoIsTheEditTurnedAround_data() { TestStores::addBackendRows(); }
    void undoIsTheEditTurnedAround();
    void replacingTheContentComparesByName_data() { TestStores::addBackendRows(); }
    void replacingTheContentComparesByName();
    void dryRunWritesNothing();
    void dryRunPrintsTheBulkShape();
};

void TestImpact::eachKindOfEdit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<EditOf>("edit");
    QTest::addColumn<QStringList>("expected");
    auto id = [](const Store& s, const char* path) { return folderAt(s, QString::fromLatin1(path)); };
    auto user = [](const Store& s, const char* name) { return userNamed(s, QString::fromLatin1(name)); };
    auto team = [](const Store& s, const char* path, const char* name) {
        return teamOn(s, QString::fromLatin1(path), QString::fromLatin1(name));
    };
    auto hook = [](const Store& s) {
        return s.directory().connectionNamed(folderAt(s, QStringLiteral("Apps")), QStringLiteral("Hook"))->id;
    };
    const QString tv = QStringLiteral("+folder#view +template#view");
    const QString lossTv = QStringLiteral("-folder#view -template#view");
    struct Case
    {
        const char* name;
        EditOf edit;
        QStringList expected;
    };
    const QList<Case> cases{
        {"rename a folder: nobody",
         [=](const Store& s) {
             return Edit(edit::RenameFolder{id(s, "Apps/Web"), QStringLiteral("Site")});
         },
         {}},
        {"a new empty team: nobody",
         [=](const Store& s) {
             return Edit(edit::AddTeam{id(s, "Apps"), QStringLiteral("Empty")});
         },
         {}},
        {"grant in a team",
         [=](const Store& s) {
             return Edit(
                 edit::TeamPermissions{team(s, "Apps", "Viewers"), keys(s, {QStringLiteral("template#view")}), {}});
         },
         {"bob Apps +template#view", "bob Apps/Web +template#view", "bob Apps/Web/Frontend +template#view"}},
        {"inherit off, system teams only",
         [=](const Store& s) {
             return Edit(edit::SetInherit{id(s, "Apps/Web"), false, edit::InheritChoice::SystemTeamsOnly});
         },
         {"alice Apps/Web " + lossTv, "alice Apps/Web/Frontend " + lossTv, "bob Apps/Web -folder#view",
          "bob Apps/Web/Frontend -folder#view", "carol@example.com Apps/Web " + lossTv,
          "carol@example.com Apps/Web/Frontend " + lossTv}},
        {"inherit off, copying the teams: nobody",
         [=](const Store& s) {
             return Edit(edit::SetInherit{id(s, "Apps/Web"), false, edit::InheritChoice::CopyTeams});
         },
         {}},
        {"move into another security root",
         [=](const Store& s) {
             return Edit(edit::MoveFolder{id(s, "Apps/Web"), id(s, "Ops")});
         },
         {"alice Ops/Web " + lossTv, "alice Ops/Web/Frontend " + lossTv, "bob Ops/Web -folder#view",
          "bob Ops/Web/Frontend -folder#view", "carol@example.com Ops/Web " + lossTv,
          "carol@example.com Ops/Web/Frontend " + lossTv, "dave Ops/Web +folder#view",
          "dave Ops/Web/Frontend +folder#view"}},
        {"move to the top level: nobody",
         [=](const Store& s) {
             return Edit(edit::MoveFolder{id(s, "Apps/Web"), 0});
         },
         {}},
        {"delete a folder",
         [=](const Store& s) { return Edit(edit::DeleteFolder{id(s, "Apps/Web")}); },
         {"admin Apps/Web -ALL", "admin Apps/Web/Frontend -ALL", "alice Apps/Web " + lossTv,
          "alice Apps/Web/Frontend " + lossTv, "bob Apps/Web -folder#view", "bob Apps/Web/Frontend -folder#view",
          "carol@example.com Apps/Web " + lossTv, "carol@example.com Apps/Web/Frontend " + lossTv, "eve Apps/Web -ALL",
          "eve Apps/Web/Frontend -ALL"}},
        {"add a folder",
         [=](const Store& s) {
             return Edit(edit::AddFolder{id(s, "Ops"), QStringLiteral("Jobs")});
         },
         {"admin Ops/Jobs +ALL", "dave Ops/Jobs +folder#view", "eve Ops/Jobs +ALL"}},
        {"delete a team",
         [=](const Store& s) { return Edit(edit::DeleteTeam{team(s, "Apps", "Viewers")}); },
         {"bob Apps -folder#view", "bob Apps/Web -folder#view", "bob Apps/Web/Frontend -folder#view"}},
        {"a role leaves a team",
         [=](const Store& s) {
             return Edit(edit::TeamMember{team(s, "Apps", "Developers"), 0, roleNamed(s, QStringLiteral("devs")),
                                          edit::Membership::Remove});
         },
         {"alice Apps " + lossTv, "alice Apps/Web " + lossTv, "alice Apps/Web/Frontend " + lossTv,
          "carol@example.com Apps " + lossTv, "carol@example.com Apps/Web " + lossTv,
          "carol@example.com Apps/Web/Frontend " + lossTv}},
        {"disable a user",
         [=](const Store& s) {
             return Edit(edit::SetUserStatus{user(s, "alice"), UserStatus::Disabled});
         },
         {"alice (global) -login", "alice Apps " + lossTv, "alice Apps/Web " + lossTv,
          "alice Apps/Web/Frontend " + lossTv, "alice connection Hook: use -> deny"}},
        {"activate a user",
         [=](const Store& s) {
             return Edit(edit::SetUserStatus{user(s, "dave"), UserStatus::Active});
         },
         {"dave (global) +login", "dave Ops +folder#view", "dave connection Hook: deny -> use"}},
        {"delete a user",
         [=](const Store& s) { return Edit(edit::DeleteUser{user(s, "bob")}); },
         {"bob (global) -login", "bob Apps -folder#view", "bob Apps/Web -folder#view",
          "bob Apps/Web/Frontend -folder#view", "bob connection Hook: manage -> deny"}},
        {"invite a user with a role",
         [=](const Store& s) {
             return Edit(edit::InviteUser{QStringLiteral("nina@example.com"), roleNamed(s, QStringLiteral("devs"))});
         },
         {"nina@example.com (global) +login", "nina@example.com Apps " + tv, "nina@example.com Apps/Web " + tv,
          "nina@example.com Apps/Web/Frontend " + tv, "nina@example.com connection Hook: deny -> use"}},
        {"unassign a role",
         [=](const Store& s) {
             return Edit(
                 edit::RoleMember{roleNamed(s, QStringLiteral("devs")), user(s, "alice"), edit::Assignment::Unassign});
         },
         {"alice Apps " + lossTv, "alice Apps/Web " + lossTv, "alice Apps/Web/Frontend " + lossTv}},
        {"delete a role",
         [=](const Store& s) { return Edit(edit::DeleteRole{roleNamed(s, QStringLiteral("devs"))}); },
         {"alice Apps " + lossTv, "alice Apps/Web " + lossTv, "alice Apps/Web/Frontend " + lossTv,
          "carol@example.com Apps " + lossTv, "carol@example.com Apps/Web " + lossTv,
          "carol@example.com Apps/Web/Frontend " + lossTv}},
        {"Admin gained",
         [=](const Store& s) {
             return Edit(edit::RoleMember{roleNamed(s, QStringLiteral("Owner")), user(s, "bob")});
         },
         {}}, // filled in below: everything bob lacks
        {"Admin lost",
         [=](const Store& s) {
             return Edit(
                 edit::RoleMember{roleNamed(s, QStringLiteral("Owner")), user(s, "eve"), edit::Assignment::Unassign});
         },
         {}},
        {"a connection's level",
         [=](const Store& s) {
             return Edit(edit::SetConnectionAccess{
                 hook(s), AccessLevel::Deny, {{AccessEntry::Kind::User, user(s, "bob"), AccessLevel::Manage}}});
         },
         {"admin connection Hook: manage -> delete_only", "alice connection Hook: use -> deny",
          "carol@example.com connection Hook: use -> deny", "dave connection Hook: use -> deny",
          "eve connection Hook: manage -> delete_only"}},
        {"a global permission for a role",
         [=](const Store& s) {
             return Edit(edit::GlobalGrant{QStringLiteral("audit#view"), roleNamed(s, QStringLiteral("devs"))});
         },
         {"alice (global) +audit#view", "carol@example.com (global) +audit#view"}},
    };
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const Case& c : cases)
            QTest::addRow("%s: %s", qPrintable(backend), c.name) << backend << c.edit << c.expected;
    }
}

void TestImpact::eachKindOfEdit()
{
    QFETCH(QString, backend);
    QFETCH(EditOf, edit);
    QFETCH(QStringList, expected);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const bool adminCase = tag.endsWith(QLatin1String("Admin gained")) || tag.endsWith(QLatin1String("Admin lost"));
    auto outcome = s.preview(edit(s), admin);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    const QStringList got = lines(outcome->impact, s);
    if (!adminCase) {
        QCOMPARE(got, expected);
        return;
    }
    // Admin holds everything everywhere: the lines are what the user lacked or will lack.
    const bool gained = tag.endsWith(QLatin1String("gained"));
    const QString who = gained ? QStringLiteral("bob") : QStringLiteral("eve");
    QVERIFY(!got.isEmpty());
    for (const QString& line : got)
        QVERIFY2(line.startsWith(who + QLatin1Char(' ')), qPrintable(line));
    QVERIFY(got.contains(QStringLiteral("%1 (global) ").arg(who)
                         + (gained ? QStringLiteral("+admin") : QStringLiteral("-admin")))
            || got.first().contains(gained ? QStringLiteral("+admin") : QStringLiteral("-admin")));
    for (const char* path : {"Apps", "Apps/Web", "Apps/Web/Frontend", "Ops"})
        QVERIFY2(got.filter(QRegularExpression(QStringLiteral("^%1 %2 ").arg(who, QString::fromLatin1(path))
                                               + QStringLiteral("[+-]")))
                         .size()
                     == 1,
                 qPrintable(got.join(QLatin1Char('\n'))));
    QVERIFY(got.contains(gained ? QStringLiteral("bob Ops +ALL") : QStringLiteral("eve Ops -ALL")));
    // bob manages Hook already; eve falls back to its default.
    if (gained)
        QVERIFY(got.filter(QStringLiteral("bob connection")).isEmpty());
    else
        QVERIFY(got.contains(QStringLiteral("eve connection Hook: manage -> use")));
    // Nothing was written.
    QCOMPARE(s.directory().user(userNamed(s, who))->roles.contains(roleNamed(s, QStringLiteral("Owner"))), !gained);
}

void TestImpact::equalsEffectiveBeforeAndAfter_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u})
        QTest::addRow("seed %u", seed) << seed;
}

namespace {

// Everything a user holds, as effective() and the global and connection questions answer it.
struct Held
{
    bool exists = false;
    PermissionSet global;
    QHash<QString, PermissionSet> folders; // by folderKey()
    QHash<Id, AccessLevel> connections;
};

// Folders by id where they exist before the edit; else (added) by path, since a folder the edit
// adds has a new id each time it is added (once to preview, once for real).
QSet<Id> kept;
QString folderKey(Id folderId, const QString& path)
{
    return kept.contains(folderId) ? QString::number(folderId) : path;
}

QHash<QString, Held> everyone(const Store& s, const QSet<QString>& asTheyAre)
{
    const AccessQuery access = s.access();
    QHash<QString, Held> all;
    for (const User& user : s.directory().users()) {
        Held h;
        h.exists = true;
        const bool asIfActive = !asTheyAre.contains(user.username);
        h.global = access.globalPermissions(user.id, asIfActive);
        for (const FolderPermissions& f : access.effective(user.id, asIfActive))
            h.folders.insert(folderKey(f.folderId, s.directory().path(f.folderId)), f.permissions);
        for (Id c : s.directory().connections().keys())
            h.connections.insert(c, access.connectionLevel(user.id, c, asIfActive));
        all.insert(user.username, h);
    }
    return all;
}

} // namespace

void TestImpact::equalsEffectiveBeforeAndAfter()
{
    QFETCH(quint32, seed);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    Store& s = *store;
    QRandomGenerator random(seed);
    const Id admin = userNamed(s, QStringLiteral("admin"));
    int applied = 0;
    for (int step = 0; step < 60; ++step) {
        const Edit edit = randomEdit(s, random);
        auto outcome = s.preview(edit, admin);
        const QByteArray before = exportJson(s);
        if (!outcome) {
            // Refused as the edit itself is, and nothing changed.
            auto real = s.apply(edit, admin);
            QVERIFY(!real);
            QCOMPARE(real.error().kind, outcome.error().kind);
            QCOMPARE(real.error().message, outcome.error().message);
            continue;
        }
        QCOMPARE(exportJson(s), before);
        // Users whose status the edit changes are compared as they are, everyone else as if active.
        QSet<QString> statusChanged;
        for (const UserImpact& u : outcome->impact.users) {
            if (u.statusChanged)
                statusChanged.insert(u.username);
        }
        kept = QSet<Id>(s.directory().folders().keyBegin(), s.directory().folders().keyEnd());
        const QHash<QString, Held> was = everyone(s, statusChanged);
        auto real = s.apply(edit, admin);
        QVERIFY2(real, qPrintable(real ? QString() : real.error().message));
        ++applied;
        const QHash<QString, Held> now = everyone(s, statusChanged);

        // The differences, from effective() alone.
        QMap<QString, QString> expected;
        QSet<QString> users(was.keyBegin(), was.keyEnd());
        users.unite(QSet<QString>(now.keyBegin(), now.keyEnd()));
        for (const QString& userId : std::as_const(users)) {
            const Held a = was.value(userId), b = now.value(userId);
            auto note = [&](const QString& where, const PermissionSet& x, const PermissionSet& y) {
                if (x != y)
                    expected.insert(QStringLiteral("%1 %2").arg(userId).arg(where),
                                    QStringLiteral("+%1 -%2").arg(bits(y - x), bits(x - y)));
            };
            note(QStringLiteral("global"), a.global, b.global);
            QSet<QString> folders(a.folders.keyBegin(), a.folders.keyEnd());
            folders.unite(QSet<QString>(b.folders.keyBegin(), b.folders.keyEnd()));
            for (const QString& f : std::as_const(folders))
                note(f, a.folders.value(f), b.folders.value(f));
            QSet<Id> connections(a.connections.keyBegin(), a.connections.keyEnd());
            connections.unite(QSet<Id>(b.connections.keyBegin(), b.connections.keyEnd()));
            for (Id c : std::as_const(connections)) {
                const AccessLevel x = a.connections.value(c, AccessLevel::Deny),
                                  y = b.connections.value(c, AccessLevel::Deny);
                if (x != y)
                    expected.insert(QStringLiteral("%1 c%2").arg(userId).arg(c),
                                    QStringLiteral("%1 -> %2").arg(levelKey(x), levelKey(y)));
            }
        }
        QMap<QString, QString> measured;
        const Impact& impact = outcome->impact;
        for (const UserImpact& u : impact.users) {
            if (u.globalGained != PermissionSet() || u.globalLost != PermissionSet())
                measured.insert(QStringLiteral("%1 global").arg(u.username),
                                QStringLiteral("+%1 -%2").arg(bits(u.globalGained), bits(u.globalLost)));
            for (const Impact::FolderChange& f : impact.foldersOf(u))
                measured.insert(QStringLiteral("%1 %2").arg(
                                    u.username, folderKey(f.folderId, impact.path(f.folderId, s.directory()))),
                                QStringLiteral("+%1 -%2").arg(bits(f.change->gained), bits(f.change->lost)));
            for (const ConnectionChange& c : u.connections)
                measured.insert(QStringLiteral("%1 c%2").arg(u.username).arg(c.connectionId),
                                QStringLiteral("%1 -> %2").arg(levelKey(c.from), levelKey(c.to)));
        }
        if (measured != expected) {
            qWarning("step %d: %s", step, qPrintable(real->summary));
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                if (measured.value(it.key()) != it.value())
                    qWarning("  expected %s %s, measured %s", qPrintable(it.key()), qPrintable(it.value()),
                             qPrintable(measured.value(it.key())));
            for (auto it = measured.cbegin(); it != measured.cend(); ++it)
                if (!expected.contains(it.key()))
                    qWarning("  measured %s %s, not expected", qPrintable(it.key()), qPrintable(it.value()));
        }
        QCOMPARE(measured, expected);
    }
    QVERIFY2(applied >= 20, qPrintable(QString::number(applied)));
}

void TestImpact::dryRunIsRefusedLikeTheEdit()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    // bob holds no right to change teams; eve is the only other Admin, and admin may not leave
    // nobody holding Admin.
    const QList<QPair<QString, Edit>> refused{
        {QStringLiteral("bob"), edit::DeleteTeam{teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers"))}},
        {QStringLiteral("admin"), edit::DeleteRole{roleNamed(s, QStringLiteral("Owner"))}},
        {QStringLiteral("admin"),
         edit::MoveFolder{folderAt(s, QStringLiteral("Apps")), folderAt(s, QStringLiteral("Apps/Web"))}},
    };
    for (const auto& [who, edit] : refused) {
        const QByteArray before = exportJson(s);
        auto dry = s.preview(edit, userNamed(s, who));
        QVERIFY(!dry);
        auto real = s.apply(edit, userNamed(s, who));
        QVERIFY(!real);
        QCOMPARE(dry.error().kind, real.error().kind);
        QCOMPARE(dry.error().message, real.error().message);
        QCOMPARE(exportJson(s), before);
    }
}

// The impact of undoing an edit, worked out before the undo: what the edit gave is lost, and what
// it took is given back.
void TestImpact::undoIsTheEditTurnedAround()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    const Edit edit = edit::MoveFolder{folderAt(s, QStringLiteral("Apps/Web")), folderAt(s, QStringLiteral("Ops"))};
    auto forward = s.preview(edit, admin);
    QVERIFY(forward && !forward->impact.isEmpty());
    auto applied = s.apply(edit, admin);
    QVERIFY(applied);
    const QByteArray after = exportJson(s);
    auto back = s.previewRevert(applied.value(), admin);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(exportJson(s), after);
    auto turned = [&s](const Impact& impact, bool swap) {
        QStringList out;
        for (const UserImpact& user : impact.users) {
            for (const Impact::FolderChange& f : impact.foldersOf(user)) {
                const PermissionSet gained = swap ? f.change->lost : f.change->gained;
                const PermissionSet lost = swap ? f.change->gained : f.change->lost;
                out.append(QStringLiteral("%1 %2 +%3 -%4")
                               .arg(user.username, impact.path(f.folderId, s.directory()), bits(gained), bits(lost)));
            }
        }
        return out;
    };
    // Named by the paths after each: the undo names Apps/Web, the move Ops/Web.
    QStringList expected = turned(forward->impact, true);
    expected.replaceInStrings(QStringLiteral(" Ops/Web"), QStringLiteral(" Apps/Web"));
    QCOMPARE(turned(back->impact, false), expected);
    // Undone for real, the store is as before the move.
    QVERIFY(s.revert(applied.value(), QStringLiteral("Undo"), admin));
    QCOMPARE(folderAt(s, QStringLiteral("Apps/Web")) != 0, true);
}

// Importing a directory file over a store compares users, folders and teams by name: the file of
// the store itself changes nothing, and the file of the store after an edit changes what the edit
// does.
void TestImpact::replacingTheContentComparesByName()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend);
    auto store = scenario(backend);
    QVERIFY(store);
    Store& s = *store;
    const Id admin = userNamed(s, QStringLiteral("admin"));
    auto read = [&s](const QByteArray& json) {
        return DirectoryFile::read(QJsonDocument::fromJson(json).object(), s.catalog());
    };
    auto same = read(exportJson(s));
    QVERIFY2(same, qPrintable(same ? QString() : same.error().message));
    const QByteArray before = exportJson(s);
    auto nothing = s.previewReplace(same.value(), QStringLiteral("admin"));
    QVERIFY2(nothing, qPrintable(nothing ? QString() : nothing.error().message));
    QCOMPARE(lines(nothing->impact, s), QStringList());
    QCOMPARE(exportJson(s), before);

    // The file after inheritance turned off and a disable, read before they are made here. (A file
    // names folders by path: a folder moved is one deleted at its old path and one new at the new.)
    const QList<Edit> edits{
        edit::SetInherit{folderAt(s, QStringLiteral("Apps/Web")), false, edit::InheritChoice::SystemTeamsOnly},
        edit::SetUserStatus{userNamed(s, QStringLiteral("alice")), UserStatus::Disabled}};
    int failedAt = -1;
    auto expected = s.applyBulk(edits, admin, QStringLiteral("test"), true, &failedAt);
    QVERIFY(expected && !expected->impact.isEmpty());
    const QStringList expectedLines = lines(expected->impact, s);
    for (const Edit& e : edits)
        QVERIFY(s.apply(e, admin));
    auto changed = read(exportJson(s));
    QVERIFY(changed);
    auto fresh = scenario(backend);
    QVERIFY(fresh);
    auto replaced = fresh->previewReplace(changed.value(), QStringLiteral("admin"));
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
    QCOMPARE(lines(replaced->impact, *fresh), expectedLines);
    // Refused as the import is: only an Admin replaces a store's content.
    auto refused = fresh->previewReplace(changed.value(), QStringLiteral("bob"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
}

void TestImpact::dryRunWritesNothing()
{
    const QString location = m_stores.newLocation(QStringLiteral("sqlite"));
    QCOMPARE(wardenctlOn(location, {"init", "--demo"}).exitCode, 0);
    auto bytes = [&location] {
        QFile file(location);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    const QByteArray before = bytes();
    const QByteArray log = wardenctlOn(location, {"log"}).out;
    const QList<QStringList> dryRuns{
        {"folder", "inherit", "Retail Apps/Mobile", "off", "--system-teams-only"},
        {"folder", "delete", "Data Services/Analytics"},
        {"folder", "move", "Data Services/Analytics", "Infrastructure"},
        {"team", "delete", "Retail Apps", "QA"},
        {"user", "disable", "maya.cohen"},
        {"role", "unassign", "Developers", "daniel.kowalski"},
        {"global", "revoke", "login", "Member"},
        {"connection", "grant", "Docker Hub", "maya.cohen", "manage"},
        {"connector-type", "unrelease", "jenkins"},
    };
    for (QStringList args : dryRuns) {
        args << "--as"
             << "admin"
             << "--dry-run";
        const WardenctlRun run = wardenctlOn(location, args);
        QVERIFY2(run.exitCode == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::fromUtf8(run.err)));
        QVERIFY2(run.out.contains("Dry run, nothing written"), run.out.constData());
    }
    // Its own directory file over it changes nobody's access.
    const QString file = location + QStringLiteral(".json");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(wardenctlOn(location, {"export"}).out);
    }
    const WardenctlRun replace = wardenctlOn(location, {"import", file, "--replace", "--as", "admin", "--dry-run"});
    QVERIFY2(replace.exitCode == 0, replace.err.constData());
    QVERIFY2(replace.out.contains("Dry run, nothing written: 0 user"), replace.out.constData());
    QCOMPARE(wardenctlOn(location, {"log"}).out, log);
    QCOMPARE(bytes(), before);
    // A refused dry run exits as the edit does, with the same message.
    const WardenctlRun dry
        = wardenctlOn(location, {"folder", "delete", "Retail Apps", "--as", "maya.cohen", "--dry-run"});
    const WardenctlRun real = wardenctlOn(location, {"folder", "delete", "Retail Apps", "--as", "maya.cohen"});
    QCOMPARE(dry.exitCode, 2);
    QCOMPARE(real.exitCode, 2);
    QCOMPARE(dry.err, real.err);
}

void TestImpact::dryRunPrintsTheBulkShape()
{
    const QString location = m_stores.newLocation(QStringLiteral("sqlite"));
    QCOMPARE(wardenctlOn(location, {"init", "--demo"}).exitCode, 0);
    const WardenctlRun run
        = wardenctlOn(location, {"user", "disable", "maya.cohen", "--as", "admin", "--dry-run", "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("dryRun")), QJsonValue(true));
    QCOMPARE(root.value(QStringLiteral("applied")), QJsonValue(false));
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject maya = changes.first().toObject();
    QCOMPARE(maya.value(QStringLiteral("user")).toString(), QStringLiteral("maya.cohen"));
    QCOMPARE(maya.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    QVERIFY(maya.value(QStringLiteral("global")).toObject().value(QStringLiteral("gained")).toArray().isEmpty());
    QVERIFY(!maya.value(QStringLiteral("global")).toObject().value(QStringLiteral("lost")).toArray().isEmpty());
    const QJsonArray folders = maya.value(QStringLiteral("folders")).toArray();
    QVERIFY(!folders.isEmpty());
    for (const QJsonValue& f : folders) {
        QVERIFY(f.toObject().value(QStringLiteral("gained")).toArray().isEmpty());
        QVERIFY(!f.toObject().value(QStringLiteral("lost")).toArray().isEmpty());
        QVERIFY(!f.toObject().value(QStringLiteral("path")).toString().isEmpty());
    }
    const QJsonArray connections = maya.value(QStringLiteral("connections")).toArray();
    QVERIFY(!connections.isEmpty());
    for (const QJsonValue& c : connections)
        QCOMPARE(c.toObject().value(QStringLiteral("to")).toString(), QStringLiteral("deny"));
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("users")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("folders")).toInt(), int(folders.size()));
    QCOMPARE(totals.value(QStringLiteral("gained")).toInt(), 0);
    QVERIFY(root.value(QStringLiteral("warnings")).isArray());
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
