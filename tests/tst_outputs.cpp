// Outputs that never lie: a cut-off output is an error, reading never changes a file, creating a
// store is all or nothing, and every failure says what really went wrong.
#include "support/TestHelpers.h"

#include "models/store/Schema.h"

#include "models/io/FileAccess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace warden;
using namespace warden::test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QTemporaryDir m_dir;
    QString m_large; // a directory file of 20,000 folders
    QByteArray m_largeExport;

private Q_SLOTS:
    void initTestCase();
    void outputThatCannotBeWrittenFails_data();
    void outputThatCannotBeWrittenFails();
    void readingChangesNoFile_data();
    void readingChangesNoFile();
    void killedCreationLeavesNothingHalfMade_data() { TestStores::addBackendRows(); }
    void killedCreationLeavesNothingHalfMade();
    void fullDiskIsADiskError();
    void busyStoreIsAConflictAfterTheTimeout_data() { TestStores::addBackendRows(); }
    void busyStoreIsAConflictAfterTheTimeout();
};

void TestOutputs::initTestCase()
{
    m_large = m_dir.filePath(QStringLiteral("large.json"));
    QFile file(m_large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generatedDirectory(QStringLiteral("x"), 20000));
    file.close();
    const QString location = m_dir.filePath(QStringLiteral("reference.sqlite"));
    QCOMPARE(wardenctl({QStringLiteral("--store"), location, QStringLiteral("import"), m_large}).exitCode, 0);
    const WardenctlRun exported = wardenctl({QStringLiteral("--store"), location, QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    m_largeExport = exported.out;
}

void TestOutputs::outputThatCannotBeWrittenFails_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("export") << QStringList{QStringLiteral("export")};
    QTest::newRow("export yaml") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                QStringLiteral("yaml")};
    QTest::newRow("log") << QStringList{QStringLiteral("log"), QStringLiteral("--json")};
    QTest::newRow("effective") << QStringList{QStringLiteral("effective"), QStringLiteral("--user"),
                                              QStringLiteral("admin"), QStringLiteral("--json")};
    QTest::newRow("who-has") << QStringList{QStringLiteral("who-has"), QStringLiteral("--folder"),
                                            QStringLiteral("Retail Apps"), QStringLiteral("--permission"),
                                            QStringLiteral("folder#view")};
}

void TestOutputs::outputThatCannotBeWrittenFails()
{
    QFETCH(QStringList, command);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    const WardenctlRun run
        = wardenctl(QStringList{QStringLiteral("--store"), store->location()} + command, QStringLiteral("/dev/full"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("wardenctl: error: writing the output failed: No space left on device"),
             run.err.constData());
}

void TestOutputs::readingChangesNoFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is an empty file, not a Warden store");
    QTest::newRow("not SQLite") << QByteArray("name,permission\nalice,admin\n")
                                << QStringLiteral("file is not a database");
    QTest::newRow("another SQLite database")
        << QByteArray("sqlite") << QStringLiteral("is a SQLite database, but not a Warden store");
    QTest::newRow("truncated store") << QByteArray("truncated") << QStringLiteral("malformed");
}

// A command that only reads creates and changes nothing, and says what it found instead of
// inviting 'init' over a file that exists.
void TestOutputs::readingChangesNoFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(
        QStringLiteral("reading-%1.sqlite").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    if (content == "sqlite") {
        QVERIFY(withRawConnection(
            path, [](QSqlDatabase& db) { QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text)")); }));
    } else if (content == "truncated") {
        auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
        QVERIFY(store);
        const QByteArray whole = bytesOf(store->location());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole.left(whole.size() / 3));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = bytesOf(path);
    for (const QStringList& command :
         {QStringList{QStringLiteral("export")}, QStringList{QStringLiteral("log")},
          QStringList{QStringLiteral("effective"), QStringLiteral("--user"), QStringLiteral("admin")}}) {
        const WardenctlRun run = wardenctl(QStringList{QStringLiteral("--store"), path} + command);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
        QVERIFY2(!run.err.contains("init"), run.err.constData());
        QCOMPARE(bytesOf(path), before);
        // SQLite may leave its empty write-ahead log beside a damaged file; nothing is in it.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }
}

// kill -9 of an import into a new store, at any moment: afterwards there is no store, and a new
// import works, or there is the whole store.
void TestOutputs::killedCreationLeavesNothingHalfMade()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    // Kills fall anywhere in the time a whole import takes here.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(wardenctl({QStringLiteral("--store"), m_stores.newLocation(backend), QStringLiteral("import"), m_large})
                 .exitCode,
             0);
    const int duration = int(timer.elapsed());
    int complete = 0;
    int absent = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QString location = m_stores.newLocation(backend);
        QVERIFY(!location.isEmpty());
        QProcess import;
        import.start(wardenctlPath(), {QStringLiteral("--store"), location, QStringLiteral("import"), m_large});
        QVERIFY(import.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(duration / 10 + 1, duration));
        ::kill(pid_t(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished());
        const WardenctlRun exported = wardenctl({QStringLiteral("--store"), location, QStringLiteral("export")});
        if (exported.exitCode == 0) {
            QCOMPARE(exported.out, m_largeExport);
            ++complete;
            continue;
        }
        ++absent;
        QVERIFY2(exported.err.contains("there is no store") || exported.err.contains("holds no Warden store"),
                 exported.err.constData());
        const WardenctlRun again = wardenctl({QStringLiteral("--store"), location, QStringLiteral("import"), m_large});
        if (again.exitCode != 0 && backend == QLatin1String("postgresql") && again.err.contains("is not empty")) {
            // The killed client had sent its commit, which the server finished after the export looked:
            // complete all the same.
            QCOMPARE(wardenctl({QStringLiteral("--store"), location, QStringLiteral("export")}).out, m_largeExport);
            --absent;
            ++complete;
            continue;
        }
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(wardenctl({QStringLiteral("--store"), location, QStringLiteral("export")}).out, m_largeExport);
    }
    qInfo("an import takes %d ms; %d killed before the store was complete, %d after", duration, absent, complete);
    if (backend == QLatin1String("sqlite")) {
        // What a killed import was building is out of the way: hidden, and never under the store's name.
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral("incomplete")) || name.startsWith(QLatin1Char('.')),
                     qPrintable(name));
    }
}

// A full disk while replacing a store's content is a disk error (exit 1), not someone else's change.
void TestOutputs::fullDiskIsADiskError()
{
    QTemporaryDir small;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=1200k"),
                 QStringLiteral("tmpfs"), small.path()});
    if (!mount.waitForFinished() || mount.exitCode() != 0)
        QSKIP("cannot mount a small file system here to fill up");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {small.path()}); });
    const QString location = small.filePath(QStringLiteral("store.sqlite"));
    const QStringList store{QStringLiteral("--store"), location};
    QCOMPARE(wardenctl(store + QStringList{QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray before = wardenctl(store + QStringList{QStringLiteral("export")}).out;
    QVERIFY(!before.isEmpty());
    const WardenctlRun replaced
        = wardenctl(store
                    + QStringList{QStringLiteral("import"), m_large, QStringLiteral("--replace"),
                                  QStringLiteral("--as"), QStringLiteral("admin")});
    QCOMPARE(replaced.exitCode, 1);
    QVERIFY2(replaced.err.contains("full"), replaced.err.constData());
    QVERIFY2(!replaced.err.contains("changed meanwhile"), replaced.err.constData());
    const WardenctlRun after = wardenctl(store + QStringList{QStringLiteral("export")});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(after.out, before);
    // A file written by the window (an export, a report) that does not fit leaves the one it was
    // to replace as it was.
    const QString report = small.filePath(QStringLiteral("review.html"));
    QVERIFY(FileAccess::write(report, "the last review").ok());
    const Status tooLarge = FileAccess::write(report, QByteArray(4 * 1024 * 1024, 'x'));
    QVERIFY(tooLarge.failed());
    QVERIFY2(tooLarge.error().message.contains(QStringLiteral("No space left")), qPrintable(tooLarge.error().message));
    QCOMPARE(bytesOf(report), QByteArray("the last review"));
    QVERIFY(QFile::remove(report));
    // A new store on the full disk leaves nothing behind either.
    const QString second = small.filePath(QStringLiteral("second.sqlite"));
    const WardenctlRun created = wardenctl({QStringLiteral("--store"), second, QStringLiteral("import"), m_large});
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(created.err.contains("full"), created.err.constData());
    QCOMPARE(QDir(small.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("store.sqlite")});
}

// Another session holding the store's write lock makes a write wait at most ten seconds, then
// refuse it as busy (exit 3) with nothing written.
void TestOutputs::busyStoreIsAConflictAfterTheTimeout()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(store);
    const QString location = store->location();
    store.reset();
    WardenctlRun run;
    QElapsedTimer timer;
    QVERIFY(withRawConnection(location, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        QVERIFY(
            q.exec(backend == QLatin1String("sqlite") ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")));
        // The lock every writer takes first (see SqlStore::beginWriting).
        QVERIFY(q.exec(backend == QLatin1String("sqlite")
                           ? QStringLiteral("UPDATE meta SET value = value WHERE key = 'schema_version'")
                           : QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Schema::writersLock)));
        timer.start();
        run = wardenctl({QStringLiteral("--store"), location, QStringLiteral("role"), QStringLiteral("add"),
                         QStringLiteral("Waiting"), QStringLiteral("--as"), QStringLiteral("admin")});
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("busy"), run.err.constData());
    QVERIFY(timer.elapsed() >= 9000 && timer.elapsed() < 30000);
    auto reopened = Store::open(location, Store::OpenMode::Existing, testCatalog());
    QVERIFY(reopened.ok());
    QVERIFY(!reopened.value()->directory().roleNamed(QStringLiteral("Waiting")));
}

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
