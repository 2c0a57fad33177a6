// The Users area driven through its real widgets: inviting and activating, filtering, editing,
// a refused lockout, and deleting with what the user leaves.
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "models/items/UserTableModel.h"
#include "ui/FolderPage.h"
#include "models/items/TeamPermissionModel.h"
#include "ui/FolderDetails.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/Prompts.h"
#include "ui/UserPage.h"

#include <QAction>
#include <QLineEdit>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

class UserPrompts : public Prompts
{
public:
    std::optional<edit::InviteUser> invitation;
    std::optional<edit::UpdateUser> update;
    bool confirm = true;
    std::optional<ImpactQuestion> impact;
    bool confirmImpact(QWidget*, const ImpactQuestion& question) override
    {
        impact = question;
        return confirm;
    }
    QStringList leftTeams, leftRoles;

    QString refusal;
    bool invite(QWidget*, const Store&, Id, const Attempt<edit::InviteUser>& attempt) override
    {
        return answerWith(attempt, invitation, &refusal);
    }
    bool editUser(QWidget*, const Store&, Id, const Attempt<edit::UpdateUser>& attempt) override
    {
        return answerWith(attempt, update, &refusal);
    }
    bool confirmDeleteUsers(QWidget*, const QStringList&, const QStringList& teams, const QStringList& roles) override
    {
        leftTeams = teams;
        leftRoles = roles;
        return confirm;
    }
};

class TestUserPage : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    UserPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return m_window->store(); }
    UserPage* page() { return child<UserPage>(m_window, "userPage"); }
    QAction* action(const char* name) { return m_window->findChild<QAction*>(QLatin1String(name)); }
    int visibleRows() { return page()->view()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void init();
    void cleanup() { m_window.reset(); }
    void invitesAndActivates();
    void filtersAndSorts();
    void sortsEveryColumnWithoutCaseAsChangesCome();
    void refusesLockout();
    void deletesWithWhatTheyLeave();
    void detailsJumpToTheFolder();
    void actionsNeedAVisibleSelection();
    void statusAndRolesAreSeenAtSmallSizes();
};

void TestUserPage::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_prompts = UserPrompts();
    m_window = std::make_unique<MainWindow>(std::move(s), &m_prompts);
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->showArea(MainWindow::Area::Users);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUserPage::invitesAndActivates()
{
    const int before = visibleRows();
    m_prompts.invitation = edit::InviteUser{QStringLiteral("new.hire@northwind-logistics.example"),
                                            roleNamed(store(), QStringLiteral("Member"))};
    action("inviteUserAction")->trigger();
    QCOMPARE(visibleRows(), before + 1);
    const User* invited = store().user(QStringLiteral("new.hire@northwind-logistics.example"));
    QVERIFY(invited);
    QCOMPARE(invited->status, UserStatus::Invited);
    QCOMPARE(page()->selectedUsers(), QList<Id>{invited->id});
    QVERIFY(page()->details()->toPlainText().contains(QStringLiteral("Holds nothing while invited")));
    QVERIFY(action("activateUserAction")->isEnabled());
    QVERIFY(!action("disableUserAction")->isEnabled());

    action("activateUserAction")->trigger();
    QCOMPARE(store().user(QStringLiteral("new.hire@northwind-logistics.example"))->status, UserStatus::Active);
    const QModelIndex status
        = page()->view()->model()->index(page()->view()->currentIndex().row(), UserTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Active"));
    // Both steps undo.
    QCOMPARE(m_window->undoStack().count(), 2);
    m_window->undoStack().undo();
    QCOMPARE(store().user(QStringLiteral("new.hire@northwind-logistics.example"))->status, UserStatus::Invited);

    // An invitation without a valid address is refused, said in the dialog, which stays open.
    m_prompts.invitation
        = edit::InviteUser{QStringLiteral("not an address"), roleNamed(store(), QStringLiteral("Member"))};
    action("inviteUserAction")->trigger();
    QVERIFY2(m_prompts.refusal.contains(QStringLiteral("not an email address")), qPrintable(m_prompts.refusal));
}

void TestUserPage::filtersAndSorts()
{
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("userFilter"));
    QTest::keyClicks(filter, QStringLiteral("disabled"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(page()->view()->model()->index(0, 0).data().toString(), QStringLiteral("oscar.lund"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("QA Engineers"));
    QVERIFY(visibleRows() >= 3);
    for (int row = 0; row < visibleRows(); ++row)
        QVERIFY(page()
                    ->view()
                    ->model()
                    ->index(row, UserTableModel::RolesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("QA Engineers")));
    filter->clear();
    page()->view()->sortByColumn(UserTableModel::UsernameColumn, Qt::DescendingOrder);
    QCOMPARE(page()->view()->model()->index(0, 0).data().toString(), QStringLiteral("zoe.martin"));
}

void TestUserPage::sortsEveryColumnWithoutCaseAsChangesCome()
{
    QAbstractItemModel* shown = page()->view()->model();
    auto sortedBy = [&](int column) {
        for (int row = 1; row < shown->rowCount(); ++row) {
            const QString above = shown->index(row - 1, column).data().toString();
            const QString below = shown->index(row, column).data().toString();
            if (above.compare(below, Qt::CaseInsensitive) > 0) {
                qWarning() << column << row << above << below;
                return false;
            }
        }
        return shown->rowCount() > 1;
    };
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        page()->view()->sortByColumn(column, Qt::AscendingOrder);
        QVERIFY2(sortedBy(column), qPrintable(QString::number(column)));
    }
    // Each change is sorted in where it belongs: a new user, a name changed, a user gone.
    page()->view()->sortByColumn(UserTableModel::FullNameColumn, Qt::AscendingOrder);
    const Id admin = userNamed(store(), QStringLiteral("admin"));
    QVERIFY(
        store()
            .apply(edit::AddUser{QStringLiteral("Zed"), QStringLiteral("zed@example.com"), QStringLiteral("AAA First")},
                   admin)
            .ok());
    QCOMPARE(shown->index(0, UserTableModel::FullNameColumn).data().toString(), QStringLiteral("AAA First"));
    const Id zoe = userNamed(store(), QStringLiteral("zoe.martin"));
    QVERIFY(store()
                .apply(edit::UpdateUser{zoe, QStringLiteral("aab second"), QStringLiteral("zoe@example.com")}, admin)
                .ok());
    QCOMPARE(shown->index(1, UserTableModel::FullNameColumn).data().toString(), QStringLiteral("aab second"));
    QVERIFY(sortedBy(UserTableModel::FullNameColumn));
    QVERIFY(store().apply(edit::DeleteUser{userNamed(store(), QStringLiteral("Zed"))}, admin).ok());
    QCOMPARE(shown->index(0, UserTableModel::FullNameColumn).data().toString(), QStringLiteral("aab second"));
    QVERIFY(sortedBy(UserTableModel::FullNameColumn));
    page()->view()->sortByColumn(UserTableModel::UsernameColumn, Qt::DescendingOrder);
    QCOMPARE(shown->index(shown->rowCount() - 1, 0).data().toString(), QStringLiteral("aaron.klein"));
}

void TestUserPage::refusesLockout()
{
    // The demo has two administrators: disabling both at once is refused, and nothing changes.
    page()->selectUser(userNamed(store(), QStringLiteral("admin")));
    page()->view()->selectionModel()->select(
        page()->view()->model()->index(
            page()
                ->view()
                ->model()
                ->match(page()->view()->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("amelia.hart"))
                .first()
                .row(),
            0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page()->selectedUsers().size(), 2);
    const QByteArray before = exportJson(store());
    action("disableUserAction")->trigger();
    QVERIFY(page()->messageBar()->isVisible());
    QVERIFY2(page()->messageBar()->text().contains(QStringLiteral("no active user holding Admin")),
             qPrintable(page()->messageBar()->text()));
    QCOMPARE(exportJson(store()), before);
    QCOMPARE(m_window->undoStack().count(), 0);
}

void TestUserPage::deletesWithWhatTheyLeave()
{
    page()->selectUser(userNamed(store(), QStringLiteral("maya.cohen")));
    m_prompts.confirm = false;
    action("deleteUserAction")->trigger();
    QVERIFY(store().user(QStringLiteral("maya.cohen")));
    // maya loses access: the one question shows what, with the teams and roles she leaves.
    QVERIFY(m_prompts.impact);
    QVERIFY(m_prompts.impact->impact.losesAnything());
    QCOMPARE(m_prompts.impact->impact.users.first().username, QStringLiteral("maya.cohen"));
    QVERIFY(m_prompts.impact->details.contains(QStringLiteral("Retail Apps/Mobile/Payments: Payments Engineers")));
    QVERIFY(m_prompts.impact->details.contains(QStringLiteral("Roles they leave: Developers, Member.")));
    m_prompts.confirm = true;
    action("deleteUserAction")->trigger();
    QVERIFY(!store().user(QStringLiteral("maya.cohen")));
    m_window->undoStack().undo();
    QVERIFY(store().user(QStringLiteral("maya.cohen")));
    QVERIFY(store()
                .directory()
                .teamNamed(folderAt(store(), QStringLiteral("Retail Apps/Mobile/Payments")),
                           QStringLiteral("Payments Engineers"))
                ->users.contains(userNamed(store(), QStringLiteral("maya.cohen"))));
}

void TestUserPage::detailsJumpToTheFolder()
{
    page()->selectUser(userNamed(store(), QStringLiteral("maya.cohen")));
    const QString html = page()->details()->toHtml();
    QVERIFY(html.contains(QStringLiteral("Payments Engineers")));
    const Id payments = folderAt(store(), QStringLiteral("Retail Apps/Mobile/Payments"));
    Q_EMIT page()->details()->anchorClicked(QUrl(QStringLiteral("folder:%1").arg(payments)));
    QCOMPARE(child<FolderPage>(m_window, "folderPage")->currentFolder(), payments);
    // The team's name jumps to the team itself, selected in its folder's matrix.
    const Id engineers
        = teamOn(store(), QStringLiteral("Retail Apps/Mobile/Payments"), QStringLiteral("Payments Engineers"));
    QVERIFY(html.contains(QStringLiteral("team:%1").arg(engineers)));
    m_window->showArea(MainWindow::Area::Users);
    Q_EMIT page()->details()->anchorClicked(QUrl(QStringLiteral("team:%1").arg(engineers)));
    QCOMPARE(child<FolderPage>(m_window, "folderPage")->currentFolder(), payments);
    auto* details = child<FolderPage>(m_window, "folderPage")->details();
    QCOMPARE(details->matrixModel()->teamAt(child<QTableView>(details, "permissionMatrix")->currentIndex().row()),
             engineers);
}

// A user the filter hid is no longer acted on, and no other user takes their place.
void TestUserPage::actionsNeedAVisibleSelection()
{
    m_window->showArea(MainWindow::Area::Users);
    page()->selectUser(userNamed(store(), QStringLiteral("maya.cohen")));
    QVERIFY(action("disableUserAction")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(m_window, "userFilter"), QStringLiteral("chloe"));
    QVERIFY(visibleRows() > 0);
    QCOMPARE(page()->selectedUsers(), QList<Id>());
    for (const char* name : {"editUserAction", "disableUserAction", "deleteUserAction", "reviewUserAction"})
        QVERIFY2(!action(name)->isEnabled(), name);
}

// At 1024 × 700, with the details beside the list, the status and the roles are never scrolled
// away: names and addresses give up their width first.
void TestUserPage::statusAndRolesAreSeenAtSmallSizes()
{
    m_window->resize(1024, 700);
    m_window->showArea(MainWindow::Area::Users);
    child<QSplitter>(m_window, "userSplitter")->setSizes({560, 280});
    QCoreApplication::processEvents();
    QTableView* view = page()->view();
    const QHeaderView* header = view->horizontalHeader();
    for (int column :
         {int(UserTableModel::UsernameColumn), int(UserTableModel::StatusColumn), int(UserTableModel::RolesColumn)}) {
        const int left = header->sectionViewportPosition(column);
        QVERIFY2(left >= 0 && left + header->sectionSize(column) <= view->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 at %2..%3 of %4")
                                .arg(column)
                                .arg(left)
                                .arg(left + header->sectionSize(column))
                                .arg(view->viewport()->width())));
    }
    QVERIFY(header->sectionSize(UserTableModel::StatusColumn)
            >= header->fontMetrics().horizontalAdvance(QStringLiteral("Disabled")));
}

QTEST_MAIN(TestUserPage)
#include "tst_userpage.moc"
