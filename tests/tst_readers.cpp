// Reads see one moment of the store: an export while another process replaces everything is the
// directory before or after, never half of each, and never a crash.
#include "support/TestHelpers.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;

class TestReaders : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void exportsNeverTearDuringImports_data() { TestStores::addBackendRows(); }
    void exportsNeverTearDuringImports();
    void damagedStoreIsReportedNotLoaded_data();
    void damagedStoreIsReportedNotLoaded();
};

void TestReaders::exportsNeverTearDuringImports()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    const QString location = m_stores.newLocation(backend);
    QVERIFY(!location.isEmpty());
    const int folders = qEnvironmentVariableIntValue("WARDEN_TEST_TEAR_FOLDERS") > 0
        ? qEnvironmentVariableIntValue("WARDEN_TEST_TEAR_FOLDERS")
        : 20000;
    const int exports = qEnvironmentVariableIntValue("WARDEN_TEST_TEAR_EXPORTS") > 0
        ? qEnvironmentVariableIntValue("WARDEN_TEST_TEAR_EXPORTS")
        : 200;
    QStringList files;
    for (const QString& tag : {QStringLiteral("a"), QStringLiteral("b")}) {
        QFile file(m_dir.filePath(QStringLiteral("%1-%2.json").arg(backend, tag)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(generatedDirectory(tag, folders));
        files.append(file.fileName());
    }
    // What an export of each looks like when nothing else is going on.
    const QStringList store{QStringLiteral("--store"), location};
    QByteArrayList expected;
    for (int i : {1, 0}) {
        const QStringList import = store
            + (i == 1 ? QStringList{QStringLiteral("import"), files[i]}
                      : QStringList{QStringLiteral("import"), files[i], QStringLiteral("--replace"),
                                    QStringLiteral("--as"), QStringLiteral("admin")});
        const WardenctlRun imported = wardenctl(import);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const WardenctlRun exported = wardenctl(store + QStringList{QStringLiteral("export")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        expected.append(exported.out);
    }
    QVERIFY(expected[0] != expected[1]);

    // Another administrator replaces the whole content, back and forth, without pause.
    QProcess importer;
    const QString loop = QStringLiteral(
        "trap 'kill $pid 2>/dev/null; exit 0' TERM; while :; do for f in \"$2\" \"$3\"; do "
        "\"$0\" --store \"$1\" import \"$f\" --replace --as admin >/dev/null 2>&1 & pid=$!; wait $pid; "
        "done; done");
    importer.start(QStringLiteral("bash"), {QStringLiteral("-c"), loop, wardenctlPath(), location, files[0], files[1]});
    QVERIFY(importer.waitForStarted());
    int seen[2] = {0, 0};
    QString failure;
    for (int i = 0; i < exports && failure.isEmpty(); ++i) {
        const WardenctlRun exported = wardenctl(store + QStringList{QStringLiteral("export")});
        const int which = int(expected.indexOf(exported.out));
        if (exported.exitCode != 0)
            failure = QStringLiteral("export %1 ended with %2: %3")
                          .arg(i)
                          .arg(exported.exitCode)
                          .arg(QString::fromUtf8(exported.err));
        else if (which < 0)
            failure = QStringLiteral("export %1 is neither directory (%2 bytes)").arg(i).arg(exported.out.size());
        else
            ++seen[which];
    }
    importer.terminate();
    QVERIFY(importer.waitForFinished(120000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("%d exports of one directory, %d of the other", seen[0], seen[1]);
}

void TestReaders::damagedStoreIsReportedNotLoaded_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("role of a missing user")
        << QStringLiteral("INSERT INTO user_roles (user_id, role_id) SELECT 424242, id FROM roles LIMIT 1");
    QTest::newRow("member of a missing team")
        << QStringLiteral("INSERT INTO team_users (team_id, user_id) SELECT 424242, id FROM users LIMIT 1");
    QTest::newRow("missing role in a team")
        << QStringLiteral("INSERT INTO team_roles (team_id, role_id) SELECT id, 424242 FROM teams LIMIT 1");
    QTest::newRow("missing role on a permission")
        << QStringLiteral("INSERT INTO global_roles (key, role_id) VALUES ('login', 424242)");
    QTest::newRow("folder under a missing folder")
        << QStringLiteral("UPDATE folders SET parent_id = 424242 WHERE name = 'Web Storefront'");
}

// A row naming a row that is not there (the database's own checks switched off by some other
// program) is a clear error, never a crash.
void TestReaders::damagedStoreIsReportedNotLoaded()
{
    QFETCH(QString, sql);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    const QString location = store->location();
    store.reset();
    bool damaged = false;
    QVERIFY(withRawConnection(location, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        damaged = q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) && q.exec(sql) && q.numRowsAffected() == 1;
    }));
    QVERIFY(damaged);
    auto opened = Store::open(location, Store::OpenMode::Existing, testCatalog());
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")), qPrintable(opened.error().message));
    const WardenctlRun exported = wardenctl({QStringLiteral("--store"), location, QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains("damaged"), exported.err.constData());
    QVERIFY(exported.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
