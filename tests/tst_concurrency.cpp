// Several clients on one store: no lost updates, changes of others arrive, the audit log is append-only.
#include "support/TestHelpers.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace warden;
using namespace warden::test;

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    static std::unique_ptr<Store> second(const Store& first)
    {
        auto opened = Store::open(first.location(), Store::OpenMode::Existing);
        return opened ? std::move(opened.value()) : nullptr;
    }

private Q_SLOTS:
    void noLostUpdateOnOneTeam_data() { TestStores::addBackendRows(); }
    void noLostUpdateOnOneTeam();
    void changesOfOthersArrive_data() { TestStores::addBackendRows(); }
    void changesOfOthersArrive();
    void importByOthersReloads_data() { TestStores::addBackendRows(); }
    void importByOthersReloads();
    void auditLogIsAppendOnly_data() { TestStores::addBackendRows(); }
    void auditLogIsAppendOnly();
};

void TestConcurrency::noLostUpdateOnOneTeam()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto a = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(a);
    auto b = second(*a);
    QVERIFY(b);
    const Id team = teamOn(*a, QStringLiteral("Retail Apps"), QStringLiteral("Viewers"));
    const Id adminA = userNamed(*a, QStringLiteral("admin"));
    const Id adminB = userNamed(*b, QStringLiteral("amelia.hart"));
    QVERIFY(a->apply(edit::TeamPermissions{team, keys(*a, {QStringLiteral("release#start")}), {}}, adminA).ok());
    auto late = b->apply(edit::TeamPermissions{team, keys(*b, {QStringLiteral("release#abort")}), {}}, adminB);
    QVERIFY(!late);
    QCOMPARE(late.error().kind, ErrorKind::Conflict);
    QVERIFY2(late.error().message.contains(QStringLiteral("team 'Viewers'")), qPrintable(late.error().message));
    // The refused client now sees the other's change, and can make its own on top of it.
    QVERIFY(b->directory().team(team)->permissions.test(b->catalog().folderIndex(QStringLiteral("release#start"))));
    QVERIFY(b->apply(edit::TeamPermissions{team, keys(*b, {QStringLiteral("release#abort")}), {}}, adminB).ok());
    auto fresh = second(*a);
    const PermissionSet held = fresh->directory().team(team)->permissions;
    QVERIFY(held.test(fresh->catalog().folderIndex(QStringLiteral("release#start"))));
    QVERIFY(held.test(fresh->catalog().folderIndex(QStringLiteral("release#abort"))));
}

void TestConcurrency::changesOfOthersArrive()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto a = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(a);
    auto b = second(*a);
    QVERIFY(b);
    a->watch();
    QSignalSpy changed(a.get(), &Store::changed);
    const Id ios = folderAt(*b, QStringLiteral("Retail Apps/Mobile/iOS"));
    QVERIFY(b->apply(edit::RenameFolder{ios, QStringLiteral("iPhone")}, userNamed(*b, QStringLiteral("admin"))).ok());
    QVERIFY(b->apply(edit::SetInherit{ios, false, edit::InheritChoice::CopyTeams}, userNamed(*b, QStringLiteral("admin"))).ok());
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(folderAt(*a, QStringLiteral("Retail Apps/Mobile/iPhone")) != 0
                                 && a->directory().securityRoot(ios) == ios,
                             3000);
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(exportJson(*a), exportJson(*b));
}

void TestConcurrency::importByOthersReloads()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto a = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(a);
    auto b = second(*a);
    QVERIFY(b);
    QSignalSpy reloaded(a.get(), &Store::reloaded);
    QVERIFY(!b->replaceContent(Store::initialContent(b->catalog(), QStringLiteral("root")), QStringLiteral("test"),
                               QStringLiteral("Replace")));
    QVERIFY(!a->sync());
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(a->directory().folders().isEmpty());
    QVERIFY(a->user(QStringLiteral("root")));
}

void TestConcurrency::auditLogIsAppendOnly()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto a = m_stores.createStore(backend);
    QVERIFY(a);
    QString updateError;
    bool updated = true, deleted = true;
    int forged = -1;
    QVERIFY(withRawConnection(a->location(), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        updated = q.exec(QStringLiteral("UPDATE audit_log SET operator = 'mallory'"));
        updateError = q.lastError().text();
        deleted = q.exec(QStringLiteral("DELETE FROM audit_log"));
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operator = 'mallory'")) && q.next())
            forged = q.value(0).toInt();
    }));
    QVERIFY(!updated);
    QVERIFY2(updateError.contains(QStringLiteral("append-only")), qPrintable(updateError));
    QVERIFY(!deleted);
    QCOMPARE(forged, 0);
    QCOMPARE(a->log()->size(), 1);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
