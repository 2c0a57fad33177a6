// The Audit log area: every change newest first with who made it, what each changed, a filter, and
// nothing shown to an operator without Admin or audit#view (refused by the store itself).
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/items/AuditLogModel.h"
#include "ui/AuditLogPage.h"
#include "ui/EditRunner.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace warden;
using namespace warden::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    std::unique_ptr<MainWindow> m_window;
    Store& store() { return m_window->store(); }
    AuditLogPage* page() { return child<AuditLogPage>(m_window, "auditLogPage"); }
    QString cell(int row, int column) { return page()->view()->model()->index(row, column).data().toString(); }

private Q_SLOTS:
    void init();
    void cleanup() { m_window.reset(); }
    void showsChangesNewestFirst();
    void describesWhatChanged();
    void filtersChanges();
    void needsAuditRight_data() { TestStores::addBackendRows(); }
    void needsAuditRight();
};

void TestAuditLog::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_window = std::make_unique<MainWindow>(std::move(s));
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->showArea(MainWindow::Area::AuditLog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAuditLog::showsChangesNewestFirst()
{
    QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), page());
    QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = page()->view()->model()->rowCount();
    QCOMPARE(before, int(store().log()->size()));
    const Id web = folderAt(store(), QStringLiteral("Retail Apps/Web Storefront"));
    QVERIFY(m_window->runner().run(edit::RenameFolder{web, QStringLiteral("Storefront")}).ok());
    // The new entry arrives at the top and is selected, with its operator and database user.
    QCOMPARE(page()->view()->model()->rowCount(), before + 1);
    QVERIFY2(cell(0, AuditLogModel::ChangeColumn).contains(QStringLiteral("Storefront")),
             qPrintable(cell(0, AuditLogModel::ChangeColumn)));
    QCOMPARE(cell(0, AuditLogModel::OperatorColumn), QStringLiteral("admin"));
    QCOMPARE(cell(0, AuditLogModel::DatabaseUserColumn), store().log()->last().databaseUser);
    QVERIFY(!cell(0, AuditLogModel::DatabaseUserColumn).isEmpty());
    QCOMPARE(page()->view()->currentIndex().row(), 0);
    // Hidden, the page does not read the log at every change; shown again, it is up to date.
    m_window->showArea(MainWindow::Area::Folders);
    QVERIFY(m_window->runner().run(edit::AddRole{QStringLiteral("Designers")}).ok());
    QCOMPARE(page()->view()->model()->rowCount(), before + 1);
    m_window->showArea(MainWindow::Area::AuditLog);
    QCOMPARE(page()->view()->model()->rowCount(), before + 2);
    QVERIFY(cell(0, AuditLogModel::ChangeColumn).contains(QStringLiteral("Designers")));
}

void TestAuditLog::describesWhatChanged()
{
    const Id web = folderAt(store(), QStringLiteral("Retail Apps/Web Storefront"));
    QVERIFY(m_window->runner().run(edit::RenameFolder{web, QStringLiteral("Storefront")}).ok());
    page()->view()->setCurrentIndex(page()->view()->model()->index(0, 0));
    const QString text = page()->details()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Folder Storefront — changed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Web Storefront")));
    QVERIFY(text.contains(QStringLiteral("by admin")));
    // A new team: added, with its folder named by path, not by id.
    QVERIFY(m_window->runner()
                .run(edit::AddTeam{folderAt(store(), QStringLiteral("Retail Apps")), QStringLiteral("Kiosk")})
                .ok());
    page()->view()->setCurrentIndex(page()->view()->model()->index(0, 0));
    const QString added = page()->details()->toPlainText();
    QVERIFY2(added.contains(QStringLiteral("Team Kiosk — added")), qPrintable(added));
    QVERIFY(added.contains(QStringLiteral("Retail Apps")));
    QVERIFY(!added.contains(QString::number(folderAt(store(), QStringLiteral("Retail Apps")))));
}

void TestAuditLog::filtersChanges()
{
    const Id retail = folderAt(store(), QStringLiteral("Retail Apps"));
    QVERIFY(m_window->runner().run(edit::AddTeam{retail, QStringLiteral("Kiosk")}).ok());
    QVERIFY(m_window->runner().run(edit::AddRole{QStringLiteral("Designers")}).ok());
    child<QLineEdit>(page(), "auditFilter")->setText(QStringLiteral("kiosk"));
    QCOMPARE(page()->view()->model()->rowCount(), 1);
    QVERIFY(cell(0, AuditLogModel::ChangeColumn).contains(QStringLiteral("Kiosk")));
    child<QLineEdit>(page(), "auditFilter")->clear();
    QCOMPARE(page()->view()->model()->rowCount(), int(store().log()->size()));
}

void TestAuditLog::needsAuditRight()
{
    QFETCH(QString, backend);
    WARDEN_REQUIRE_BACKEND(backend)
    auto s = m_stores.createStore(backend, QStringLiteral("demo"));
    QVERIFY(s);
    // The store refuses the log to an operator without the right, and gives it to one with it.
    const Id maya = userNamed(*s, QStringLiteral("maya.cohen"));
    QVERIFY(!s->access().holdsGlobal(maya, s->catalog().known().auditView));
    auto refusedLog = s->logFor(maya);
    QVERIFY(!refusedLog);
    QCOMPARE(refusedLog.error().kind, ErrorKind::Refused);
    QVERIFY(refusedLog.error().message.contains(QStringLiteral("audit#view")));
    Id auditor = 0;
    for (const User& u : s->directory().users())
        if (!auditor && u.status == UserStatus::Active && !s->access().isAdmin(u.id)
            && s->access().holdsGlobal(u.id, s->catalog().known().auditView))
            auditor = u.id;
    QVERIFY(auditor);
    QVERIFY(s->logFor(auditor).ok());
    // One entry likewise; asked without its rows, it is who, when and what alone.
    QVERIFY(s->apply(edit::AddRole{QStringLiteral("Designers")}, userNamed(*s, QStringLiteral("admin"))).ok());
    const qint64 newest = s->position();
    QCOMPARE(s->logEntryFor(maya, newest, false).error().kind, ErrorKind::Refused);
    auto whole = s->logEntryFor(auditor, newest);
    auto header = s->logEntryFor(auditor, newest, false);
    QVERIFY(whole && header);
    QVERIFY(!whole->after.isEmpty() || !whole->before.isEmpty());
    QVERIFY(header->before.isEmpty() && header->after.isEmpty());
    QCOMPARE(header->summary, whole->summary);
    QCOMPARE(header->at, whole->at);
    // The page shows nothing to maya and says why.
    m_window->signInAs(maya);
    QCOMPARE(page()->view()->model()->rowCount(), 0);
    QVERIFY2(page()->notice().contains(QStringLiteral("audit#view")), qPrintable(page()->notice()));
    QVERIFY(!child<QLineEdit>(page(), "auditFilter")->isEnabled());
    m_window->signInAs(userNamed(store(), QStringLiteral("admin")));
    QVERIFY(page()->view()->model()->rowCount() > 0);
}

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
