// The global permissions screen through its real widgets: chips with a completer, filters, the
// Login rule in words, Save, Reset, Undo, and read-only without the right.
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/items/GlobalPermissionModel.h"
#include "ui/GlobalPermissionPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/RoleChipsDelegate.h"

#include <QAbstractProxyModel>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

class TestGlobalPermissionPage : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return m_window->store(); }
    GlobalPermissionPage* page() { return child<GlobalPermissionPage>(m_window, "globalPermissionPage"); }
    QModelIndex rolesCell(const QString& key)
    {
        QAbstractItemModel* model = page()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(GlobalPermissionModel::KeyRole).toString() == key)
                return model->index(row, GlobalPermissionModel::RolesColumn);
        }
        return {};
    }
    RoleChipsEditor* openEditor(const QString& key)
    {
        QTableView* view = page()->view();
        view->setFocus();
        view->setCurrentIndex(rolesCell(key));
        QTest::keyClick(view, Qt::Key_F2);
        return view->findChild<RoleChipsEditor*>();
    }
    void closeEditor()
    {
        page()->view()->setCurrentIndex(page()->view()->model()->index(0, 0));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor goes
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void init();
    void cleanup() { m_window.reset(); }
    void assignsRolesWithSaveResetUndo();
    void loginRuleSaysWhoMayLogIn();
    void loginWarningCountsAdminChanges();
    void filtersActionsAndRoles();
    void readOnlyWithoutSecurityEdit();
    void refusesLockoutOnAdmin();
    void scrollBarShowsWhereTheRowsAre();
    void addRoleButtonOpensTheRoles();
};

void TestGlobalPermissionPage::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_window = std::make_unique<MainWindow>(std::move(s));
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->showArea(MainWindow::Area::GlobalPermissions);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGlobalPermissionPage::assignsRolesWithSaveResetUndo()
{
    RoleChipsEditor* editor = openEditor(QStringLiteral("risk_profile#edit"));
    QVERIFY(editor);
    // The completer searches role names as you type; Enter adds.
    QTest::keyClicks(child<QLineEdit>(editor, "roleInput"), QStringLiteral("Operat"));
    QCOMPARE(child<QLineEdit>(editor, "roleInput")->completer()->currentCompletion(), QStringLiteral("Operations"));
    child<QLineEdit>(editor, "roleInput")->setText(QStringLiteral("Operations"));
    QTest::keyClick(child<QLineEdit>(editor, "roleInput"), Qt::Key_Return);
    QVERIFY(editor->addRole(QStringLiteral("Auditors")));
    closeEditor();
    QCOMPARE(rolesCell(QStringLiteral("risk_profile#edit")).data(GlobalPermissionModel::RoleNamesRole).toStringList(),
             (QStringList{QStringLiteral("Auditors"), QStringLiteral("Operations")}));
    QVERIFY(rolesCell(QStringLiteral("risk_profile#edit")).data(GlobalPermissionModel::PendingRole).toBool());
    QVERIFY(store().directory().global(QStringLiteral("risk_profile#edit")).roles.isEmpty());

    // Backspace in the empty input removes the chip just before it.
    editor = openEditor(QStringLiteral("risk_profile#edit"));
    const QList<Id> shown = editor->roles();
    QVERIFY(editor->addRole(QStringLiteral("Developers")));
    const Id last = editor->roles().last();
    QTest::keyClick(child<QLineEdit>(editor, "roleInput"), Qt::Key_Backspace);
    QCOMPARE(editor->roles().size(), shown.size());
    QVERIFY(!editor->roles().contains(last));
    editor->setRoles(shown);
    closeEditor();

    // Remove a chip, then Reset drops everything.
    editor = openEditor(QStringLiteral("risk_profile#edit"));
    auto* chip = editor->findChild<QToolButton*>(QStringLiteral("chip:Auditors"));
    QVERIFY(chip);
    QTRY_VERIFY(chip->isVisible() && chip->width() > 0);
    QTest::mouseClick(chip, Qt::LeftButton);
    closeEditor();
    QCOMPARE(rolesCell(QStringLiteral("risk_profile#edit")).data(GlobalPermissionModel::RoleNamesRole).toStringList(),
             QStringList{QStringLiteral("Operations")});
    auto* reset = page()->findChild<QPushButton*>(QStringLiteral("resetGlobalButton"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!page()->model()->hasPendingChanges());
    QVERIFY(rolesCell(QStringLiteral("risk_profile#edit"))
                .data(GlobalPermissionModel::RoleNamesRole)
                .toStringList()
                .isEmpty());

    // Save two changes as one step; undo restores both. Beside Save, who gains what follows each.
    auto* impactLine = page()->findChild<QLabel*>(QStringLiteral("impactLine"));
    QVERIFY(impactLine->text().isEmpty());
    editor = openEditor(QStringLiteral("risk_profile#edit"));
    QVERIFY(editor->addRole(QStringLiteral("Operations")));
    closeEditor();
    const QString one = impactLine->text();
    QVERIFY2(one.startsWith(QStringLiteral("Save: ")) && one.contains(QStringLiteral(" gain")), qPrintable(one));
    editor = openEditor(QStringLiteral("application#edit"));
    QVERIFY(editor->addRole(QStringLiteral("Developers")));
    closeEditor();
    QVERIFY2(impactLine->text() != one && impactLine->text().contains(QStringLiteral(" gain")),
             qPrintable(impactLine->text()));
    const QByteArray before = exportJson(store());
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("saveGlobalButton")), Qt::LeftButton);
    QCOMPARE(store().directory().global(QStringLiteral("risk_profile#edit")).roles,
             QSet<Id>{roleNamed(store(), QStringLiteral("Operations"))});
    QCOMPARE(store().directory().global(QStringLiteral("application#edit")).roles,
             QSet<Id>{roleNamed(store(), QStringLiteral("Developers"))});
    QCOMPARE(m_window->undoStack().count(), 1);
    m_window->undoStack().undo();
    QCOMPARE(exportJson(store()), before);
    QVERIFY(rolesCell(QStringLiteral("application#edit"))
                .data(GlobalPermissionModel::RoleNamesRole)
                .toStringList()
                .isEmpty());
}

void TestGlobalPermissionPage::loginRuleSaysWhoMayLogIn()
{
    QVERIFY2(page()->loginText().contains(QStringLiteral("every active user may log in")),
             qPrintable(page()->loginText()));
    QVERIFY(!page()->findChild<QLabel*>(QStringLiteral("loginWarning"))->isVisible());
    RoleChipsEditor* editor = openEditor(QStringLiteral("login"));
    QVERIFY(editor->addRole(QStringLiteral("Developers")));
    closeEditor();
    QVERIFY2(page()->loginText().contains(QStringLiteral("only users with the role Developers")),
             qPrintable(page()->loginText()));
    // Who can log in after: active Developers and Admins; everyone else loses it, and is counted.
    int after = 0, active = 0;
    const Id developers = roleNamed(store(), QStringLiteral("Developers"));
    for (const User& user : store().directory().users()) {
        if (user.status != UserStatus::Active)
            continue;
        ++active;
        after += user.roles.contains(developers) || store().access().isAdmin(user.id);
    }
    QVERIFY(page()->loginText().contains(QStringLiteral("%1 of %2 active users").arg(after).arg(active)));
    auto* warning = page()->findChild<QLabel*>(QStringLiteral("loginWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QString::number(active - after)), qPrintable(warning->text()));
}

// Users who may log in only as Admins lose it when their role loses Admin, even with Login unchanged.
void TestGlobalPermissionPage::loginWarningCountsAdminChanges()
{
    RoleChipsEditor* editor = openEditor(QStringLiteral("login"));
    QVERIFY(editor->addRole(QStringLiteral("Developers")));
    closeEditor();
    editor = openEditor(QStringLiteral("admin"));
    QVERIFY(editor->addRole(QStringLiteral("Operations")));
    closeEditor();
    page()->save();
    QVERIFY(!page()->model()->hasPendingChanges());
    const Id developers = roleNamed(store(), QStringLiteral("Developers"));
    const Id operations = roleNamed(store(), QStringLiteral("Operations"));
    const Id owner = roleNamed(store(), QStringLiteral("Owner"));
    int losing = 0;
    for (const User& user : store().directory().users())
        losing += user.status == UserStatus::Active && user.roles.contains(operations)
            && !user.roles.contains(developers) && !user.roles.contains(owner);
    QVERIFY(losing > 0);
    editor = openEditor(QStringLiteral("admin"));
    editor->removeRole(operations);
    closeEditor();
    QCOMPARE(page()->model()->usersLosingLogin(), losing);
    auto* warning = page()->findChild<QLabel*>(QStringLiteral("loginWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QString::number(losing)), qPrintable(warning->text()));
}

void TestGlobalPermissionPage::filtersActionsAndRoles()
{
    auto* actions = page()->findChild<QLineEdit*>(QStringLiteral("actionFilter"));
    auto* roles = page()->findChild<QLineEdit*>(QStringLiteral("roleFilter"));
    QTest::keyClicks(actions, QStringLiteral("cluster"));
    QCOMPARE(page()->view()->model()->rowCount(), 2);
    actions->clear();
    QTest::keyClicks(roles, QStringLiteral("Release Managers"));
    for (int row = 0; row < page()->view()->model()->rowCount(); ++row)
        QVERIFY(page()
                    ->view()
                    ->model()
                    ->index(row, 1)
                    .data(GlobalPermissionModel::RoleNamesRole)
                    .toStringList()
                    .contains(QStringLiteral("Release Managers")));
    QVERIFY(page()->view()->model()->rowCount() >= 5);
}

void TestGlobalPermissionPage::readOnlyWithoutSecurityEdit()
{
    m_window->signInAs(userNamed(store(), QStringLiteral("ben.okafor"))); // a release manager
    QVERIFY(page()->readOnlyReason().contains(QStringLiteral("security#edit")));
    QVERIFY(!(page()->view()->model()->flags(rolesCell(QStringLiteral("login"))) & Qt::ItemIsEditable));
    QVERIFY(!openEditor(QStringLiteral("login")));
    m_window->signInAs(userNamed(store(), QStringLiteral("kavya.iyer"))); // a security officer
    QVERIFY(page()->readOnlyReason().isEmpty());
}

void TestGlobalPermissionPage::refusesLockoutOnAdmin()
{
    RoleChipsEditor* editor = openEditor(QStringLiteral("admin"));
    editor->removeRole(roleNamed(store(), QStringLiteral("Owner")));
    closeEditor();
    const QByteArray before = exportJson(store());
    page()->save();
    QVERIFY(page()->messageBar()->isVisible());
    QVERIFY(page()->messageBar()->text().contains(QStringLiteral("no active user holding Admin")));
    QCOMPARE(exportJson(store()), before);
    QVERIFY(page()->model()->hasPendingChanges()); // kept, so it can be corrected
}

// The scroll bar's handle stands where the rows shown are: at the top on opening, at the bottom
// when the last row is shown, in a window of a real size.
void TestGlobalPermissionPage::scrollBarShowsWhereTheRowsAre()
{
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    QTableView* view = page()->view();
    QScrollBar* bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(view->rowAt(0), 0);
    QCOMPARE(bar->value(), bar->minimum());
    view->scrollToBottom();
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(view->rowAt(view->viewport()->height() - 2), view->model()->rowCount() - 1);
}

// "Add Role…" says how a role is added: it opens the selected permission's roles with the cursor
// in the name field, so that typing a name and Enter is all it takes.
void TestGlobalPermissionPage::addRoleButtonOpensTheRoles()
{
    auto* add = child<QPushButton>(page(), "addGlobalRoleButton");
    QTableView* view = page()->view();
    view->setCurrentIndex(QModelIndex());
    QVERIFY(!add->isEnabled());
    view->setCurrentIndex(rolesCell(QStringLiteral("application#edit")).siblingAtColumn(0));
    QVERIFY(add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("Edit applications")));
    QTest::mouseClick(add, Qt::LeftButton);
    auto* editor = view->findChild<RoleChipsEditor*>();
    QVERIFY(editor);
    auto* input = child<QLineEdit>(editor, "roleInput");
    QTRY_VERIFY(input->hasFocus());
    QTest::keyClicks(input, QStringLiteral("Operations"));
    QTest::keyClick(input, Qt::Key_Return);
    closeEditor();
    QCOMPARE(rolesCell(QStringLiteral("application#edit")).data(GlobalPermissionModel::RoleNamesRole).toStringList(),
             QStringList{QStringLiteral("Operations")});

    // Without security#edit the button is there, disabled, and says why.
    m_window->signInAs(userNamed(store(), QStringLiteral("chloe.nguyen")));
    view->setCurrentIndex(rolesCell(QStringLiteral("application#edit")).siblingAtColumn(0));
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("security#edit")));
}

QTEST_MAIN(TestGlobalPermissionPage)
#include "tst_globalpermissionpage.moc"
