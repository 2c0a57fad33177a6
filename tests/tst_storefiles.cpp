// A window stays attached to its SQLite store: nothing else in the process opens the store's files,
// and when something does, the store notices, writes nothing and reopens instead of corrupting it.
#include "support/TestHelpers.h"

#include "models/io/DirectoryFile.h"
#include "models/io/FileAccess.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace warden;
using namespace warden::test;

namespace {

QString integrity(const QString& location)
{
    QString answer;
    withRawConnection(location, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            answer = q.value(0).toString();
    });
    return answer;
}

// What a person does to a file beside the store without meaning any harm: a look at its first bytes.
void glanceAt(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.read(100).isEmpty());
}

// The roles that a fresh client of the store sees.
QStringList rolesInFile(const QString& location)
{
    auto fresh = Store::open(location, Store::OpenMode::Existing, testCatalog());
    if (!fresh)
        return {QStringLiteral("cannot open: ") + fresh.error().message};
    QStringList names;
    for (const Role& role : fresh.value()->directory().roles())
        names.append(role.name);
    names.sort();
    return names;
}

class SilentPrompts : public Prompts
{
public:
    QString lastError;
    void showError(QWidget*, const QString&, const QString& message) override { lastError = message; }
};

} // namespace

class TestStoreFiles : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    // An edit of this process's store after the other administrator's; refused once when the store
    // had to reopen, and then saved.
    static void applyAfterReopen(Store& store, const QString& role);
    static void verifyBothSaved(const QString& location, const QString& ours, const QString& theirs);

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void strayCloseDoesNotDetach_data();
    void strayCloseDoesNotDetach();
    void strayCloseIsNoticedByTheChangeFeed();
    void lostLocksAreNoticedBeforeAnyoneElseWrites();
    void openStoreDialogLeavesTheStoreAttached();
    void filesOfTheOpenStoreAreRefused();
};

void TestStoreFiles::applyAfterReopen(Store& store, const QString& role)
{
    const Id admin = userNamed(store, QStringLiteral("admin"));
    auto first = store.apply(edit::AddRole{role}, admin);
    if (!first) {
        QCOMPARE(first.error().kind, ErrorKind::Conflict);
        QVERIFY2(first.error().message.contains(QStringLiteral("reopened")), qPrintable(first.error().message));
        QVERIFY2(store.directory().roleNamed(QStringLiteral("Theirs")), "after reopening, the other's change shows");
        auto second = store.apply(edit::AddRole{role}, admin);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    }
}

void TestStoreFiles::verifyBothSaved(const QString& location, const QString& ours, const QString& theirs)
{
    QCOMPARE(integrity(location), QStringLiteral("ok"));
    const QStringList roles = rolesInFile(location);
    QVERIFY2(roles.contains(ours) && roles.contains(theirs), qPrintable(roles.join(QLatin1String(", "))));
}

void TestStoreFiles::strayCloseDoesNotDetach_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("database file") << QString();
    QTest::newRow("shared memory file") << QStringLiteral("-shm");
}

// The reproduction: an open and close of a store file inside the process, then another program's edit.
void TestStoreFiles::strayCloseDoesNotDetach()
{
    QFETCH(QString, suffix);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    const QString location = store->location();
    glanceAt(location + suffix);
    QCOMPARE(wardenctlOn(location,
                         {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("Theirs"),
                          QStringLiteral("--as"), QStringLiteral("admin")})
                 .exitCode,
             0);
    applyAfterReopen(*store, QStringLiteral("Ours"));
    QVERIFY(store->directory().roleNamed(QStringLiteral("Theirs")));
    verifyBothSaved(location, QStringLiteral("Ours"), QStringLiteral("Theirs"));
    store.reset(); // quitting
    verifyBothSaved(location, QStringLiteral("Ours"), QStringLiteral("Theirs"));
}

// A window that only watches notices on its next check and shows what is stored.
void TestStoreFiles::strayCloseIsNoticedByTheChangeFeed()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    QSignalSpy reopened(store.get(), &Store::reopened);
    glanceAt(store->location());
    QCOMPARE(wardenctlOn(store->location(),
                         {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("Theirs"),
                          QStringLiteral("--as"), QStringLiteral("admin")})
                 .exitCode,
             0);
    QVERIFY(store->sync().ok());
    QCOMPARE(reopened.count(), 1);
    QVERIFY(store->directory().roleNamed(QStringLiteral("Theirs")));
    QVERIFY(store->apply(edit::AddRole{QStringLiteral("Ours")}, userNamed(*store, QStringLiteral("admin"))).ok());
    verifyBothSaved(store->location(), QStringLiteral("Ours"), QStringLiteral("Theirs"));
}

// The locks are gone before another program has done anything: the next check already reopens.
void TestStoreFiles::lostLocksAreNoticedBeforeAnyoneElseWrites()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    QSignalSpy reopened(store.get(), &Store::reopened);
    QVERIFY(store->sync().ok());
    QCOMPARE(reopened.count(), 0);
    glanceAt(store->location());
    QVERIFY(store->sync().ok());
    QCOMPARE(reopened.count(), 1);
    QVERIFY2(reopened.first().first().toString().contains(QStringLiteral("locks")),
             qPrintable(reopened.first().first().toString()));
    QVERIFY(store->sync().ok());
    QCOMPARE(reopened.count(), 1);
}

// File → Open Store…, a look at the store's own folder, Cancel: the window is still attached.
void TestStoreFiles::openStoreDialogLeavesTheStoreAttached()
{
    auto created = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(created);
    const QString location = created->location();
    SilentPrompts prompts;
    auto window = std::make_unique<MainWindow>(std::move(created), &prompts);
    window->signInAs(userNamed(window->store(), QStringLiteral("admin")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QSignalSpy reopened(&window->store(), &Store::reopened);
    bool browsed = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setDirectory(QFileInfo(location).absolutePath());
        auto* model = dialog->findChild<QFileSystemModel*>();
        // Let the dialog list the folder and draw its icons, as a person looking at it would.
        QTest::qWait(1500);
        browsed = model && model->rowCount(model->index(QFileInfo(location).absolutePath())) >= 1;
        dialog->reject();
    });
    window->findChild<QAction*>(QStringLiteral("openStoreAction"))->trigger();
    QVERIFY(browsed);
    QCOMPARE(reopened.count(), 0); // nothing in the dialog touched the store's files
    QCOMPARE(wardenctlOn(location,
                         {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("Theirs"),
                          QStringLiteral("--as"), QStringLiteral("admin")})
                 .exitCode,
             0);
    applyAfterReopen(window->store(), QStringLiteral("Ours"));
    verifyBothSaved(location, QStringLiteral("Ours"), QStringLiteral("Theirs"));
    window.reset();
    verifyBothSaved(location, QStringLiteral("Ours"), QStringLiteral("Theirs"));
}

// Importing the store's own file, or exporting over it, would open it behind SQLite's back.
void TestStoreFiles::filesOfTheOpenStoreAreRefused()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    const QString location = store->location();
    for (const QString& path :
         QStringList{location, location + QStringLiteral("-wal"), location + QStringLiteral("-shm")}) {
        auto read = FileAccess::read(path, 1 << 20);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Refused);
        QVERIFY2(read.error().message.contains(QStringLiteral("open store")), qPrintable(read.error().message));
        QVERIFY(FileAccess::write(path, "{}").failed());
    }
    // The same file under another name is the same file.
    const QString link = QFileInfo(location).absolutePath() + QStringLiteral("/link.json");
    QVERIFY(QFile::link(location, link));
    auto viaLink = DirectoryFile::readFile(link, store->catalog());
    QVERIFY(!viaLink);
    QVERIFY2(viaLink.error().message.contains(QStringLiteral("open store")), qPrintable(viaLink.error().message));
    // A journal that does not exist yet is the store's too.
    QVERIFY(FileAccess::write(location + QStringLiteral("-journal"), "{}").failed());
    QVERIFY(!QFile::exists(location + QStringLiteral("-journal")));
    QCOMPARE(wardenctlOn(location,
                         {QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("Theirs"),
                          QStringLiteral("--as"), QStringLiteral("admin")})
                 .exitCode,
             0);
    QVERIFY(store->apply(edit::AddRole{QStringLiteral("Ours")}, userNamed(*store, QStringLiteral("admin"))).ok());
    verifyBothSaved(location, QStringLiteral("Ours"), QStringLiteral("Theirs"));
}

QTEST_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
