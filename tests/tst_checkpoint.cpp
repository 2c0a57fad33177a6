// Checkpoints: the directory's rows in a compact binary form, and opening a store from the newest
// one plus the entries after it, never trusted blindly.
#include "support/Scenario.h"

#include "models/io/DirectoryFile.h"
#include "models/store/Checkpoint.h"
#include "models/store/SqlStore.h"

#include <QSqlQuery>

#include <cstring>
#include <QTest>
#include <QUrl>

using namespace warden;
using namespace warden::test;

class TestCheckpoint : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

    static std::unique_ptr<Store> reopen(const QString& location)
    {
        auto opened = Store::open(location, Store::OpenMode::Existing, testCatalog());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened.value());
    }
    // What the store holds in memory against what a whole read of its tables gives.
    static void compareWithTables(const Store& store)
    {
        auto whole = store.loadDirectory();
        QVERIFY(whole.ok());
        Directory& tables = whole.value();
        QCOMPARE(exportJson(store),
                 DirectoryFile::serialize(DirectoryFile::write(tables, testCatalog()), DirectoryFile::Format::Json));
        QCOMPARE(store.directory().treeOrder(), tables.treeOrder());
    }
    // Closed and opened again, the store reads the checkpoint it wrote, which agrees with the tables.
    static void opensFromItsCheckpoint(std::unique_ptr<Store>& store, const QString& location)
    {
        store.reset();
        store = reopen(location);
        QVERIFY(store && store->lastReading().fromCheckpoint);
        compareWithTables(*store);
    }
    static void sql(const QString& location, const QString& statement)
    {
        bool done = false;
        QVERIFY(withRawConnection(location, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            done = q.exec(statement);
            if (!done)
                qWarning("%s", qPrintable(q.lastError().text()));
        }));
        QVERIFY(done);
    }
    static int checkpoints(const QString& location, const QString& where = QStringLiteral("1 = 1"))
    {
        int count = -1;
        withRawConnection(location, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM checkpoints WHERE ") + where) && q.next())
                count = q.value(0).toInt();
        });
        return count;
    }

private Q_SLOTS:
    void roundTripsEveryRow();
    void readsTheTeamsFirstPartByPart();
    void refusesDamagedBytes_data();
    void refusesDamagedBytes();
    void opensFromTheNewestWithTheEntriesAfterIt_data() { TestStores::addBackendRows(); }
    void opensFromTheNewestWithTheEntriesAfterIt();
    void randomEditsAndReopeningAgreeWithTheTables_data() { TestStores::addBackendRows(); }
    void randomEditsAndReopeningAgreeWithTheTables();
    void damagedCheckpointIsReadWholeAndReplaced_data();
    void damagedCheckpointIsReadWholeAndReplaced();
    void changesWithoutAnEntryAreReadWhole_data() { TestStores::addBackendRows(); }
    void changesWithoutAnEntryAreReadWhole();
    void onlyTheOwnerWritesThem();
    void thoseOfAnotherFormatGo_data() { TestStores::addBackendRows(); }
    void thoseOfAnotherFormatGo();
};

void TestCheckpoint::roundTripsEveryRow()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo+expectations"));
    QVERIFY(store);
    const Directory& d = store->directory();
    QVERIFY(!d.connections().isEmpty() && !d.expectations().isEmpty() && !d.templates().isEmpty());
    auto back = Checkpoint::decode(Checkpoint::encode(d, testCatalog()), testCatalog());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(DirectoryFile::serialize(DirectoryFile::write(back.value(), testCatalog()), DirectoryFile::Format::Json),
             exportJson(*store));
    QCOMPARE(back.value().treeOrder(), d.treeOrder());
    // Each folder's teams in their order there (the teams are written folder by folder).
    for (Id folderId : d.treeOrder())
        QCOMPARE(back.value().teamsOn(folderId), d.teamsOn(folderId));
    // Secrets stay sealed, as stored.
    for (const Connection& c : d.connections())
        QCOMPARE(back.value().connection(c.id)->secrets, c.secrets);
    // Versions come back too: the next edit of a row must find the version the tables have.
    for (const Team& t : d.teams())
        QCOMPARE(back.value().team(t.id)->version, t.version);
}

// Read part by part, as SQLite opens it: the header, then the teams (decoded while the rest is
// read), then the rest; each byte once, and the same directory as from the bytes at once.
void TestCheckpoint::readsTheTeamsFirstPartByPart()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    Directory d = store->directory();
    // Enough folders that what comes before the teams outgrows the first part.
    for (int i = 0; i < 3000; ++i)
        d.load(Folder{Directory::newId(), 0, QStringLiteral("A folder with a longish name %1").arg(i), true, 1});
    const QByteArray bytes = Checkpoint::encode(d, testCatalog());
    QList<QPair<qsizetype, qsizetype>> parts;
    auto read = [&](char* into, qsizetype offset, qsizetype length) {
        parts.append({offset, length});
        std::memcpy(into, bytes.constData() + offset, std::size_t(length));
        return true;
    };
    auto back = Checkpoint::decode(bytes.size(), read, testCatalog(), Checkpoint::checksum(bytes));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(DirectoryFile::serialize(DirectoryFile::write(back.value(), testCatalog()), DirectoryFile::Format::Json),
             DirectoryFile::serialize(DirectoryFile::write(d, testCatalog()), DirectoryFile::Format::Json));
    quint64 teamsAt = 0;
    std::memcpy(&teamsAt, bytes.constData() + 12, sizeof teamsAt);
    QVERIFY(parts.size() >= 3);
    QCOMPARE(parts.at(0).first, qsizetype(0));
    QCOMPARE(parts.at(1).first, qsizetype(teamsAt));
    QVERIFY(qsizetype(teamsAt) > parts.at(0).second);
    std::sort(parts.begin(), parts.end());
    qsizetype covered = 0;
    for (const auto& [offset, length] : parts) {
        QCOMPARE(offset, covered);
        covered += length;
    }
    QCOMPARE(covered, bytes.size());
    // A part that cannot be read is refused like damage.
    auto failing = [&](char*, qsizetype offset, qsizetype) { return offset == 0; };
    QVERIFY(!Checkpoint::decode(bytes.size(), failing, testCatalog(), Checkpoint::checksum(bytes)).ok());
}

void TestCheckpoint::refusesDamagedBytes_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<int>("flip");
    QTest::newRow("empty") << 0 << -1;
    QTest::newRow("cut after the header") << 12 << -1;
    QTest::newRow("cut in the middle") << -2 << -1;
    QTest::newRow("last byte missing") << -3 << -1;
    QTest::newRow("magic changed") << -1 << 0;
    QTest::newRow("format changed") << -1 << 8;
}

void TestCheckpoint::refusesDamagedBytes()
{
    QFETCH(int, cut);
    QFETCH(int, flip);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    QByteArray bytes = Checkpoint::encode(store->directory(), testCatalog());
    if (cut == -2)
        bytes.truncate(bytes.size() / 2);
    else if (cut == -3)
        bytes.chop(1);
    else if (cut >= 0)
        bytes.truncate(cut);
    if (flip >= 0)
        bytes[flip] = char(bytes[flip] ^ 0x5a);
    QVERIFY(!Checkpoint::decode(bytes, testCatalog()).ok());
    // And the same bytes with a count that claims more than there is.
    QByteArray claims = Checkpoint::encode(store->directory(), testCatalog());
    const quint32 huge = 0x7fffffff;
    std::memcpy(claims.data() + 28, &huge, sizeof huge); // the number of folder permissions
    QVERIFY(!Checkpoint::decode(claims, testCatalog()).ok());
}

void TestCheckpoint::opensFromTheNewestWithTheEntriesAfterIt()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    const QString location = store->location();
    // The scenario's edits are fewer than the entries between two checkpoints: the one written at
    // creation is still the newest.
    store.reset();
    store = reopen(location);
    QVERIFY(store);
    QVERIFY(store->lastReading().fromCheckpoint);
    QVERIFY(store->lastReading().rowsAfter > 0);
    compareWithTables(*store);
    // An edit on the store opened so still finds the versions the tables have.
    must(*store, edit::RenameFolder{folderAt(*store, QStringLiteral("Apps/Web")), QStringLiteral("Site")});
    must(*store, edit::DeleteFolder{folderAt(*store, QStringLiteral("Ops"))});
    store.reset();
    store = reopen(location);
    QVERIFY(store && store->lastReading().fromCheckpoint);
    QVERIFY(folderAt(*store, QStringLiteral("Apps/Site/Frontend")));
    QVERIFY(!folderAt(*store, QStringLiteral("Ops")));
    compareWithTables(*store);
}

void TestCheckpoint::randomEditsAndReopeningAgreeWithTheTables()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    const QString location = store->location();
    QRandomGenerator random(7);
    int fromCheckpoint = 0, written = 0;
    for (int step = 0; step < 160; ++step) {
        // Enough edits to pass the distance between two checkpoints more than once.
        (void)store->apply(randomEdit(*store, random), userNamed(*store, QStringLiteral("admin")));
        if (random.bounded(12) == 0) {
            store.reset();
            store = reopen(location);
            QVERIFY(store);
            fromCheckpoint += store->lastReading().fromCheckpoint ? 1 : 0;
            written = std::max(written, int(store->lastReading().checkpointAt));
            compareWithTables(*store);
        }
    }
    store.reset();
    store = reopen(location);
    QVERIFY(store);
    compareWithTables(*store);
    QVERIFY(fromCheckpoint > 0);
    QVERIFY(written > 40); // written again on the way, not only at creation
    // The two newest, and those history keeps: the first, and one for each checkpoint's worth of rows.
    QVERIFY(checkpoints(location, QStringLiteral("kept = 1")) >= 1);
    QVERIFY(checkpoints(location, QStringLiteral("kept = 0")) <= 2);
}

void TestCheckpoint::damagedCheckpointIsReadWholeAndReplaced_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("damage");
    const QStringList damages{QStringLiteral("UPDATE checkpoints SET checksum = 'x'"),
                              QStringLiteral("UPDATE checkpoints SET format = 99"),
                              QStringLiteral("UPDATE checkpoints SET data = %1")};
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const QString& damage : damages)
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(damage.section(QLatin1Char(' '), 3, 3)))
                << backend << damage;
    }
}

void TestCheckpoint::damagedCheckpointIsReadWholeAndReplaced()
{
    QFETCH(QString, backend);
    QFETCH(QString, damage);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(store);
    const QString location = store->location();
    store.reset();
    // A damaged checkpoint whose checksum fits it: its bytes decode to nothing.
    const QByteArray junk("not a checkpoint");
    const QString junkLiteral = backend == QLatin1String("sqlite")
        ? QStringLiteral("X'%1', checksum = '%2'")
              .arg(QString::fromLatin1(junk.toHex()), QString::fromLatin1(Checkpoint::checksum(junk)))
        : QStringLiteral("'\\x%1'::bytea, checksum = '%2'")
              .arg(QString::fromLatin1(junk.toHex()), QString::fromLatin1(Checkpoint::checksum(junk)));
    sql(location, damage.contains(QLatin1String("%1")) ? damage.arg(junkLiteral) : damage);
    store = reopen(location);
    QVERIFY(store);
    QVERIFY(!store->lastReading().fromCheckpoint);
    compareWithTables(*store);
    // Read whole, the store writes a sound one, which the next opening uses; one of another format
    // (an earlier Warden's) is gone with it.
    QCOMPARE(checkpoints(location, QStringLiteral("format <> %1").arg(Checkpoint::Format)), 0);
    opensFromItsCheckpoint(store, location);
}

void TestCheckpoint::thoseOfAnotherFormatGo()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    const QString location = store->location();
    const qint64 position = store->position();
    store.reset();
    // As an earlier Warden left them: at an older entry, of its format.
    QVERIFY(checkpoints(location, QStringLiteral("audit_id < %1").arg(position)) > 0);
    sql(location, QStringLiteral("UPDATE checkpoints SET format = %1").arg(Checkpoint::Format - 1));
    store = reopen(location);
    QVERIFY(store);
    QVERIFY(!store->lastReading().fromCheckpoint);
    QCOMPARE(checkpoints(location, QStringLiteral("format <> %1").arg(Checkpoint::Format)), 0);
    // The new one is history's first: the moments from here on are rebuilt from it.
    QCOMPARE(checkpoints(location, QStringLiteral("kept = 1")), 1);
    opensFromItsCheckpoint(store, location);
}

void TestCheckpoint::changesWithoutAnEntryAreReadWhole()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto store = smallScenario(m_stores, backend);
    QVERIFY(store);
    const QString location = store->location();
    store.reset();
    // Someone changes a table by hand (the owner, on PostgreSQL): Warden shows what the tables
    // hold, not the checkpoint.
    sql(location, QStringLiteral("UPDATE folders SET name = 'Operations', name_key = 'operations' WHERE name = 'Ops'"));
    store = reopen(location);
    QVERIFY(store);
    QVERIFY(!store->lastReading().fromCheckpoint);
    QVERIFY(folderAt(*store, QStringLiteral("Operations")));
    // Its own edits since keep it so until a whole read is checkpointed again: then it is trusted.
    must(*store, edit::AddFolder{0, QStringLiteral("Later")});
    store.reset();
    store = reopen(location);
    QVERIFY(store && store->lastReading().fromCheckpoint);
    QVERIFY(folderAt(*store, QStringLiteral("Operations")) && folderAt(*store, QStringLiteral("Later")));
    compareWithTables(*store);
}

void TestCheckpoint::onlyTheOwnerWritesThem()
{
    const QString backend = QStringLiteral("postgresql");
    WARDEN_REQUIRE_BACKEND(backend)
    auto owner = smallScenario(m_stores, backend);
    QVERIFY(owner);
    const QHash<QString, QString> logins = m_stores.addLogins(owner->location(), {QStringLiteral("bob_login")});
    QVERIFY(!logins.isEmpty());
    const QString login = QUrl(logins.value(QStringLiteral("bob_login"))).userName();
    const Id admin = userNamed(*owner, QStringLiteral("admin"));
    QVERIFY(owner->linkLogin(login, admin, admin).ok());
    // The link's entry names no rows: the owner's client reads the store whole and checkpoints it.
    QVERIFY(owner->sync().ok());
    // A login's client reads them but may not write one of its own making.
    bool refused = false;
    QVERIFY(withRawConnection(logins.value(QStringLiteral("bob_login")), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        refused = !q.exec(QStringLiteral("DELETE FROM checkpoints"))
            && !q.exec(QStringLiteral("INSERT INTO checkpoints (audit_id, format, checksum, data) "
                                      "VALUES (999999, 1, 'x', '\\x00'::bytea)"));
    }));
    QVERIFY(refused);
    auto bob = reopen(logins.value(QStringLiteral("bob_login")));
    QVERIFY(bob);
    QVERIFY(bob->lastReading().fromCheckpoint);
    auto newest = [&] {
        qint64 at = -1;
        withRawConnection(owner->location(), [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(audit_id) FROM checkpoints")) && q.next())
                at = q.value(0).toLongLong();
        });
        return at;
    };
    const qint64 before = newest();
    QCOMPARE(before, bob->lastReading().checkpointAt);
    for (int i = 0; i < 60; ++i)
        must(*bob, edit::AddFolder{0, QStringLiteral("Folder %1").arg(i)});
    QCOMPARE(newest(), before); // none from bob's client
    compareWithTables(*bob);
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
