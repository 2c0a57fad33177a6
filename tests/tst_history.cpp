// History: the directory as of any audit entry, rebuilt from the log; the difference between two
// moments; and going back to one, checked like any edit (DESIGN.md, Guardrails → History).
#include "support/Scenario.h"

#include "models/io/DirectoryFile.h"

#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

QByteArray exportOf(const Directory& d)
{
    return DirectoryFile::serialize(DirectoryFile::write(d, testCatalog()), DirectoryFile::Format::Json);
}

qint64 latest(const Store& s)
{
    auto log = s.log();
    return log && !log->isEmpty() ? log->last().id : 0;
}

Id admin(const Store& s) { return userNamed(s, QStringLiteral("admin")); }

QByteArray exportAt(const Store& s, qint64 position)
{
    auto past = s.directoryAt(position);
    if (!past) {
        qWarning("as of #%lld: %s", position, qPrintable(past.error().message));
        return {};
    }
    return exportOf(past.value());
}

std::unique_ptr<Store> reopen(const QString& location)
{
    auto opened = Store::open(location, Store::OpenMode::Existing, testCatalog());
    return opened ? std::move(opened.value()) : nullptr;
}

using EditOf = std::function<Edit(const Store&)>;

} // namespace

Q_DECLARE_METATYPE(EditOf)

class TestHistory : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void everyKindOfEditBackAndForth_data();
    void everyKindOfEditBackAndForth();
    void asOfEachEntryEqualsTheDirectoryRightAfterIt_data() { TestStores::addBackendRows(); }
    void asOfEachEntryEqualsTheDirectoryRightAfterIt();
    void momentsAreEntriesOrTimes();
    void standingInThePastRefusesEdits();
    void differenceInTheImpactsShape();
    void revertIsOneEditUndoneLikeAny_data() { TestStores::addBackendRows(); }
    void revertIsOneEditUndoneLikeAny();
    void revertIsRefusedByExpectationsAndRights_data() { TestStores::addBackendRows(); }
    void revertIsRefusedByExpectationsAndRights();
    void aLogThatDoesNotFitIsRefused();
    void historyStartsAtAnImport();
};

void TestHistory::everyKindOfEditBackAndForth_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<EditOf>("edit");
    const QList<std::pair<const char*, EditOf>> edits{
        {"add folder",
         [](const Store& s) {
             return Edit(edit::AddFolder{folderAt(s, QStringLiteral("Ops")), QStringLiteral("Db")});
         }},
        {"rename folder",
         [](const Store& s) {
             return Edit(edit::RenameFolder{folderAt(s, QStringLiteral("Apps/Web")), QStringLiteral("Site")});
         }},
        {"move folder",
         [](const Store& s) {
             return Edit(edit::MoveFolder{folderAt(s, QStringLiteral("Apps/Web")), folderAt(s, QStringLiteral("Ops"))});
         }},
        {"delete folder with teams and a connection",
         [](const Store& s) { return Edit(edit::DeleteFolder{folderAt(s, QStringLiteral("Apps"))}); }},
        {"inherit off",
         [](const Store& s) {
             return Edit(
                 edit::SetInherit{folderAt(s, QStringLiteral("Apps/Web")), false, edit::InheritChoice::CopyTeams});
         }},
        {"delete team",
         [](const Store& s) {
             return Edit(edit::DeleteTeam{teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers"))});
         }},
        {"team permissions",
         [](const Store& s) {
             return Edit(edit::TeamPermissions{teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers")),
                                               keys(s, {QStringLiteral("folder#edit")}),
                                               {}});
         }},
        {"team member",
         [](const Store& s) {
             return Edit(edit::TeamMember{teamOn(s, QStringLiteral("Ops"), QStringLiteral("Operators")),
                                          userNamed(s, QStringLiteral("alice")), 0});
         }},
        {"delete user", [](const Store& s) { return Edit(edit::DeleteUser{userNamed(s, QStringLiteral("bob"))}); }},
        {"disable user",
         [](const Store& s) {
             return Edit(edit::SetUserStatus{userNamed(s, QStringLiteral("alice")), UserStatus::Disabled});
         }},
        {"delete role", [](const Store& s) { return Edit(edit::DeleteRole{roleNamed(s, QStringLiteral("devs"))}); }},
        {"global grant",
         [](const Store& s) {
             return Edit(edit::GlobalGrant{s.catalog().global(s.catalog().known().auditView).key,
                                           roleNamed(s, QStringLiteral("devs"))});
         }},
        {"connection with a secret",
         [](const Store& s) {
             return Edit(edit::AddConnection{folderAt(s, QStringLiteral("Ops")),
                                             QStringLiteral("jenkins"),
                                             QStringLiteral("CI"),
                                             {{QStringLiteral("url"), QStringLiteral("https://ci.example")},
                                              {QStringLiteral("username"), QStringLiteral("bot")}},
                                             {{QStringLiteral("apiToken"), QStringLiteral("t0ken")}}});
         }},
        {"connection access",
         [](const Store& s) {
             const Id hook
                 = s.directory().connectionNamed(folderAt(s, QStringLiteral("Apps")), QStringLiteral("Hook"))->id;
             return Edit(edit::SetConnectionAccess{hook, AccessLevel::Deny, {}});
         }},
        {"delete connection",
         [](const Store& s) {
             return Edit(edit::DeleteConnection{
                 s.directory().connectionNamed(folderAt(s, QStringLiteral("Apps")), QStringLiteral("Hook"))->id});
         }},
        {"add expectation",
         [](const Store& s) {
             Expectation e;
             e.name = QStringLiteral("No bob on Ops");
             e.kind = Expectation::Kind::Never;
             e.users.insert(userNamed(s, QStringLiteral("bob")));
             e.permission = QStringLiteral("folder#edit");
             e.folderId = folderAt(s, QStringLiteral("Ops"));
             return Edit(edit::AddExpectation{e});
         }},
    };
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const auto& [name, edit] : edits)
            QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QLatin1String(name))) << backend << edit;
    }
}

void TestHistory::everyKindOfEditBackAndForth()
{
    QFETCH(QString, backend);
    QFETCH(EditOf, edit);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    Store& s = *store;
    const QByteArray before = exportJson(s);
    const qint64 at = latest(s);
    auto applied = s.apply(edit(s), admin(s));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    const QByteArray after = exportJson(s);
    QVERIFY(after != before);
    const qint64 then = latest(s);
    QCOMPARE(exportAt(s, at), before);
    QCOMPARE(exportAt(s, then), after);
    // From a store opened afresh too, which starts from its checkpoint or from now.
    auto other = reopen(s.location());
    QVERIFY(other);
    QCOMPARE(exportAt(*other, at), before);
    // Back to the moment before, as one edit; and undone.
    auto back = s.revertTo(at, admin(s), false);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QVERIFY(back->written);
    QCOMPARE(exportJson(s), before);
    auto undone = s.revert(back->applied, QStringLiteral("Undo revert"), admin(s));
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
    QCOMPARE(exportJson(s), after);
    other = reopen(s.location());
    QVERIFY(other);
    QCOMPARE(exportJson(*other), after);
    QCOMPARE(exportAt(*other, latest(*other) - 1), before);
}

void TestHistory::asOfEachEntryEqualsTheDirectoryRightAfterIt()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    const QString location = store->location();
    QMap<qint64, QByteArray> exports;
    exports.insert(latest(*store), exportJson(*store));
    QRandomGenerator random(21);
    QList<Applied> done;
    for (int step = 0; step < 140; ++step) {
        // Undo now and then, so that deleted rows come back.
        if (!done.isEmpty() && random.bounded(6) == 0) {
            (void)store->revert(done.takeLast(), QStringLiteral("Undo"), admin(*store));
        } else {
            auto applied = store->apply(randomEdit(*store, random), admin(*store));
            if (applied)
                done.append(applied.value());
        }
        exports.insert(latest(*store), exportJson(*store));
        if (random.bounded(20) == 0) {
            store.reset();
            store = reopen(location);
            QVERIFY(store);
        }
    }
    QVERIFY2(exports.size() > 50, qPrintable(QString::number(exports.size())));
    // Every moment, from the store as it is and from one opened afresh.
    auto fresh = reopen(location);
    QVERIFY(fresh);
    for (auto it = exports.cbegin(); it != exports.cend(); ++it) {
        QCOMPARE(exportAt(*store, it.key()), it.value());
        if (it.key() % 7 == 0)
            QCOMPARE(exportAt(*fresh, it.key()), it.value());
    }
}

void TestHistory::momentsAreEntriesOrTimes()
{
    auto store = smallScenario(m_stores, QStringLiteral("sqlite"));
    QVERIFY(store);
    Store& s = *store;
    auto log = s.log();
    QVERIFY(log && log->size() > 3);
    const AuditEntry& third = log->at(2);
    QCOMPARE(s.moment(QStringLiteral("#%1").arg(third.id)).value(), third.id);
    // A time: the state after every entry at or before it (entries may share a millisecond).
    qint64 atThatTime = 0;
    for (const AuditEntry& entry : log.value())
        atThatTime = entry.at <= third.at ? entry.id : atThatTime;
    QCOMPARE(s.moment(third.at.toUTC().toString(Qt::ISODateWithMs)).value(), atThatTime);
    const QDateTime later = log->last().at.addSecs(3600);
    QCOMPARE(s.moment(later.toUTC().toString(Qt::ISODate)).value(), log->last().id);
    // Without an offset, UTC; with one, as it says.
    QCOMPARE(s.moment(later.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))).value(), log->last().id);
    QCOMPARE(s.moment(later.toOffsetFromUtc(3600).toString(Qt::ISODate)).value(), log->last().id);
    // Before the oldest entry there is nothing: invalid, naming the oldest time.
    auto early = s.moment(log->first().at.addDays(-1).toUTC().toString(Qt::ISODate));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, ErrorKind::Invalid);
    QVERIFY2(early.error().message.contains(log->first().at.toUTC().toString(Qt::ISODate)),
             qPrintable(early.error().message));
    for (const QString& bad : {QStringLiteral("#0"), QStringLiteral("#x"), QStringLiteral("yesterday"),
                               QStringLiteral("#%1").arg(log->last().id + 1)}) {
        auto refused = s.moment(bad);
        QVERIFY2(!refused.ok(), qPrintable(bad));
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
    }
}

void TestHistory::standingInThePastRefusesEdits()
{
    auto store = smallScenario(m_stores, QStringLiteral("sqlite"));
    QVERIFY(store);
    Store& s = *store;
    const qint64 before = latest(s);
    must(s, edit::DeleteUser{userNamed(s, QStringLiteral("bob"))});
    QVERIFY(!s.user(QStringLiteral("bob")));
    QVERIFY(s.standAt(before).ok());
    QCOMPARE(s.standingAt(), before);
    QVERIFY(s.user(QStringLiteral("bob")));
    auto refused = s.apply(edit::AddFolder{0, QStringLiteral("X")}, admin(s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("#%1").arg(before)));
    QVERIFY(!s.revertTo(before, admin(s), true).ok());
}

void TestHistory::differenceInTheImpactsShape()
{
    auto store = smallScenario(m_stores, QStringLiteral("sqlite"));
    QVERIFY(store);
    Store& s = *store;
    const qint64 from = latest(s);
    must(s,
         edit::TeamPermissions{teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers")),
                               keys(s, {QStringLiteral("folder#edit")}),
                               {}});
    must(s, edit::DeleteUser{userNamed(s, QStringLiteral("alice"))});
    const qint64 to = latest(s);
    auto forward = s.difference(from, to);
    QVERIFY(forward.ok());
    QCOMPARE(exportOf(forward->to), exportJson(s));
    QStringList users;
    for (const UserImpact& u : forward->impact.users)
        users.append(u.username);
    QCOMPARE(users, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    const UserImpact& bob = forward->impact.users.at(1);
    QVERIFY(!bob.regions.isEmpty()
            && bob.regions.first().gained.test(s.catalog().folderIndex(QStringLiteral("folder#edit"))));
    QVERIFY(!forward->impact.users.at(0).status); // alice is gone
    // The other way round: bob loses what he gained, alice comes back with what she had.
    auto backward = s.difference(to, from);
    QVERIFY(backward.ok());
    QCOMPARE(backward->impact.users.size(), 2);
    QVERIFY(
        backward->impact.users.at(1).regions.first().lost.test(s.catalog().folderIndex(QStringLiteral("folder#edit"))));
    QCOMPARE(exportOf(backward->to), exportAt(s, from));
    QVERIFY(s.difference(to, to)->impact.isEmpty());
    // One user alone, as the same measure gives it for everyone.
    auto one = s.difference(from, to, userNamed(s, QStringLiteral("bob")));
    QVERIFY(one.ok());
    QCOMPARE(one->impact.users.size(), 1);
    QCOMPARE(one->impact.users.first().username, QStringLiteral("bob"));
    QCOMPARE(one->impact.foldersOf(one->impact.users.first()).size(),
             forward->impact.foldersOf(forward->impact.users.at(1)).size());
}

void TestHistory::revertIsOneEditUndoneLikeAny()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    Store& s = *store;
    const qint64 target = latest(s);
    const QByteArray then = exportJson(s);
    QRandomGenerator random(5);
    for (int step = 0; step < 40; ++step)
        (void)s.apply(randomEdit(s, random), admin(s));
    const QByteArray now = exportJson(s);
    const qint64 entries = latest(s);
    // A dry run changes nothing and writes nothing.
    auto preview = s.revertTo(target, admin(s), true);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QVERIFY(!preview->written);
    QCOMPARE(exportJson(s), now);
    QCOMPARE(latest(s), entries);
    auto back = s.revertTo(target, admin(s), false);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(latest(s), entries + 1); // one entry
    QCOMPARE(exportJson(s), then);
    QVERIFY(s.log()->last().summary.contains(QStringLiteral("#%1").arg(target)));
    auto other = reopen(s.location());
    QVERIFY(other);
    QCOMPARE(exportJson(*other), then);
    auto undone = s.revert(back->applied, QStringLiteral("Undo revert"), admin(s));
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
    QCOMPARE(exportJson(s), now);
}

void TestHistory::revertIsRefusedByExpectationsAndRights()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    Store& s = *store;
    const Id viewers = teamOn(s, QStringLiteral("Apps"), QStringLiteral("Viewers"));
    must(s, edit::TeamPermissions{viewers, keys(s, {QStringLiteral("folder#edit")}), {}});
    // Added while broken, then mended.
    Expectation e;
    e.name = QStringLiteral("bob never edits Apps");
    e.kind = Expectation::Kind::Never;
    e.users.insert(userNamed(s, QStringLiteral("bob")));
    e.permission = QStringLiteral("folder#edit");
    e.folderId = folderAt(s, QStringLiteral("Apps"));
    must(s, edit::AddExpectation{e});
    const qint64 broken = latest(s);
    must(s, edit::TeamPermissions{viewers, {}, keys(s, {QStringLiteral("folder#edit")})});
    const QByteArray mended = exportJson(s);
    const qint64 entries = latest(s);
    auto refused = s.revertTo(broken, admin(s), false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY2(refused.error().message.contains(e.name), qPrintable(refused.error().message));
    QCOMPARE(exportJson(s), mended);
    QCOMPARE(latest(s), entries);
    // Only an Admin goes back.
    auto notAdmin = s.revertTo(broken, userNamed(s, QStringLiteral("alice")), false);
    QVERIFY(!notAdmin.ok());
    QCOMPARE(notAdmin.error().kind, ErrorKind::Refused);
    // With a reason, it goes through, and the entry says so.
    {
        const Store::Overriding overriding(s, QStringLiteral("audit asked for it"));
        auto back = s.revertTo(broken, admin(s), false);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    }
    QVERIFY(s.log()->last().summary.contains(QStringLiteral("audit asked for it")));
    // Every moment the log holds kept an active Admin, so no revert leaves none.
    QVERIFY(!s.access().activeAdmins().isEmpty());
}

void TestHistory::aLogThatDoesNotFitIsRefused()
{
    auto store = smallScenario(m_stores, QStringLiteral("sqlite"));
    QVERIFY(store);
    const qint64 before = latest(*store);
    must(*store, edit::RenameFolder{folderAt(*store, QStringLiteral("Ops")), QStringLiteral("Operations")});
    must(*store, edit::RenameFolder{folderAt(*store, QStringLiteral("Operations")), QStringLiteral("Run")});
    const QString location = store->location();
    store.reset();
    // The first rename's entry claims the second's rows: going back, the folder is not as it says.
    bool done = false;
    QVERIFY(withRawConnection(location, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        done = q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
            && q.exec(
                QStringLiteral("UPDATE audit_log SET rows = (SELECT rows FROM audit_log WHERE id = %1) WHERE id = %2")
                    .arg(before + 2)
                    .arg(before + 1));
    }));
    QVERIFY(done);
    store = reopen(location);
    QVERIFY(store);
    auto past = store->directoryAt(before);
    QVERIFY(!past.ok());
    QCOMPARE(past.error().kind, ErrorKind::Invalid);
    QVERIFY2(past.error().message.contains(QStringLiteral("does not fit")), qPrintable(past.error().message));
}

void TestHistory::historyStartsAtAnImport()
{
    auto store = smallScenario(m_stores, QStringLiteral("sqlite"));
    QVERIFY(store);
    Store& s = *store;
    const qint64 beforeImport = latest(s);
    const QByteArray old = exportJson(s);
    auto content
        = DirectoryFile::read(DirectoryFile::parse(exportJson(s), DirectoryFile::Format::Json).value(), testCatalog());
    QVERIFY(content.ok());
    content->load(Folder{Directory::newId(), 0, QStringLiteral("Imported"), false, 1});
    QVERIFY(s.replaceContent(content.value(), QStringLiteral("admin"), QStringLiteral("Import")).ok());
    const qint64 imported = latest(s);
    const QByteArray afterImport = exportJson(s);
    must(s, edit::DeleteFolder{folderAt(s, QStringLiteral("Imported"))});
    // Both sides of the import can be shown, from their own checkpoints; the import cannot be crossed.
    QCOMPARE(exportAt(s, imported), afterImport);
    QCOMPARE(exportAt(s, beforeImport), old);
    QVERIFY(!s.difference(beforeImport, latest(s)).ok());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
