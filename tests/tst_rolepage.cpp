// The Roles area through its real widgets: create, members, what a role can do, delete with usage.
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/items/RoleListModel.h"
#include "ui/EditRunner.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/Prompts.h"
#include "ui/RolePage.h"
#include "ui/UserPage.h"

#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QAction>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

class RolePrompts : public Prompts
{
public:
    QString name;
    bool confirm = true;
    std::optional<ImpactQuestion> impact;
    bool confirmImpact(QWidget*, const ImpactQuestion& question) override
    {
        impact = question;
        return confirm;
    }
    QStringList usage;
    QString refusal;
    bool roleName(QWidget*, const QString&, const Attempt<QString>& attempt) override
    {
        const Status s = attempt(name);
        refusal = s.failed() ? s.error().message : QString();
        return s.ok();
    }
    bool confirmDeleteRole(QWidget*, const QString&, const QStringList& shown) override
    {
        usage = shown;
        return confirm;
    }
};

class TestRolePage : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    RolePrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    Store& store() { return m_window->store(); }
    RolePage* page() { return child<RolePage>(m_window, "rolePage"); }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void init();
    void cleanup() { m_window.reset(); }
    void createsRoleAndAddsMembers();
    void showsWhatARoleCanDo();
    void deletingAUsedRoleShowsWhere();
    void presetsAreMarked();
    void offersOnlyWhatTheOperatorMayGive();
    void typedMemberStaysWithItsRole();
};

void TestRolePage::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_prompts = RolePrompts();
    m_window = std::make_unique<MainWindow>(std::move(s), &m_prompts);
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->showArea(MainWindow::Area::Roles);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRolePage::createsRoleAndAddsMembers()
{
    m_prompts.name = QStringLiteral("Designers");
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("newRoleButton")), Qt::LeftButton);
    const Id designers = roleNamed(store(), QStringLiteral("Designers"));
    QVERIFY(designers);
    QCOMPARE(page()->currentRole(), designers);
    auto* input = page()->findChild<QLineEdit*>(QStringLiteral("roleMemberInput"));
    QTest::keyClicks(input, QStringLiteral("zoe.martin"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(store().directory().usersOfRole(designers).size(), 1);
    QCOMPARE(child<QListWidget>(page(), "roleMembers")->count(), 1);
    QVERIFY(input->text().isEmpty());
    // The completer knows users added since the page was built.
    QVERIFY(
        m_window->runner().run(edit::AddUser{QStringLiteral("late.joiner"), {}, QStringLiteral("Late Joiner")}).ok());
    input->completer()->setCompletionPrefix(QStringLiteral("late"));
    QCOMPARE(input->completer()->currentCompletion(), QStringLiteral("late.joiner"));
    // Unknown names are said, not dropped silently.
    QVERIFY(!page()->addMember(QStringLiteral("nobody")));
    QVERIFY(page()->messageBar()->text().contains(QStringLiteral("nobody")));
    // Remove the member again; each step undoes.
    child<QListWidget>(page(), "roleMembers")->item(0)->setSelected(true);
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("removeRoleMember")), Qt::LeftButton);
    QVERIFY(store().directory().usersOfRole(designers).isEmpty());
    QCOMPARE(m_window->undoStack().count(), 4);
}

// Someone who may manage members but holds little may give only roles that carry no more than they
// hold, and may not disable or delete those who hold more; the screens grey that out and say why.
void TestRolePage::offersOnlyWhatTheOperatorMayGive()
{
    EditRunner& runner = m_window->runner();
    QVERIFY(runner.run(edit::AddRole{QStringLiteral("Managers")}).ok());
    const Id managers = roleNamed(store(), QStringLiteral("Managers"));
    QVERIFY(runner.run(edit::GlobalGrant{QStringLiteral("members#manage"), managers}).ok());
    QVERIFY(runner.run(edit::AddUser{QStringLiteral("mgr"), QStringLiteral("mgr@example.com"), {}}).ok());
    QVERIFY(runner.run(edit::RoleMember{managers, userNamed(store(), QStringLiteral("mgr"))}).ok());
    QVERIFY(runner.run(edit::AddUser{QStringLiteral("plain.user"), QStringLiteral("plain@example.com"), {}}).ok());
    m_window->signInAs(userNamed(store(), QStringLiteral("mgr")));

    auto* input = page()->findChild<QLineEdit*>(QStringLiteral("roleMemberInput"));
    page()->selectRole(roleNamed(store(), QStringLiteral("Owner")));
    QVERIFY(!input->isEnabled());
    QVERIFY2(input->toolTip().contains(QStringLiteral("needs Admin")), qPrintable(input->toolTip()));
    page()->selectRole(managers);
    QVERIFY(input->isEnabled());

    m_window->showArea(MainWindow::Area::Users);
    UserPage* users = child<UserPage>(m_window, "userPage");
    QAction* disable = users->findChild<QAction*>(QStringLiteral("disableUserAction"));
    QAction* remove = users->findChild<QAction*>(QStringLiteral("deleteUserAction"));
    users->selectUser(userNamed(store(), QStringLiteral("admin")));
    QVERIFY(!disable->isEnabled());
    QVERIFY2(disable->toolTip().contains(QStringLiteral("needs every global permission")),
             qPrintable(disable->toolTip()));
    QVERIFY(!remove->isEnabled());
    users->selectUser(userNamed(store(), QStringLiteral("zoe.martin"))); // holds release#create, which mgr does not
    QVERIFY(!disable->isEnabled());
    QVERIFY2(disable->toolTip().contains(QStringLiteral("release#create")), qPrintable(disable->toolTip()));
    users->selectUser(userNamed(store(), QStringLiteral("plain.user")));
    QVERIFY(disable->isEnabled());
    QVERIFY(remove->isEnabled());
}

void TestRolePage::showsWhatARoleCanDo()
{
    page()->selectRole(roleNamed(store(), QStringLiteral("Auditors")));
    const QString text = child<QTextBrowser>(page(), "roleAbilities")->toPlainText();
    QVERIFY(text.contains(QStringLiteral("audit#view")));
    QVERIFY(text.contains(QStringLiteral("reports#view")));
    QVERIFY(text.contains(QStringLiteral("Administration"))); // grouped by category
    QVERIFY(text.contains(QStringLiteral("Retail Apps/Mobile/Payments: PCI Auditors")));
}

void TestRolePage::deletingAUsedRoleShowsWhere()
{
    const Id auditors = roleNamed(store(), QStringLiteral("Auditors"));
    page()->selectRole(auditors);
    m_prompts.confirm = false;
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("deleteRoleButton")), Qt::LeftButton);
    QVERIFY(store().directory().role(auditors));
    // Its members lose what it gives: the one question shows that, with where the role is used.
    QVERIFY(m_prompts.impact);
    QVERIFY(m_prompts.impact->impact.losesAnything());
    const QStringList usage = m_prompts.impact->details.split(QLatin1Char('\n'));
    QVERIFY(usage.contains(QStringLiteral("Global permission: audit#view")));
    QVERIFY(usage.contains(QStringLiteral("Team: Retail Apps: Viewers")));
    QVERIFY(usage.contains(QStringLiteral("2 member(s)")));
    m_prompts.confirm = true;
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("deleteRoleButton")), Qt::LeftButton);
    QVERIFY(!store().directory().role(auditors));
    // Deleting the last role holding Admin is refused, with the reason.
    page()->selectRole(roleNamed(store(), QStringLiteral("Owner")));
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("deleteRoleButton")), Qt::LeftButton);
    QVERIFY(store().directory().roleNamed(QStringLiteral("Owner")));
    QVERIFY(page()->messageBar()->text().contains(QStringLiteral("no active user holding Admin")));
}

void TestRolePage::presetsAreMarked()
{
    const QModelIndex owner
        = page()->model()->index(page()->model()->rowOf(roleNamed(store(), QStringLiteral("Owner"))));
    QVERIFY(owner.data(RoleListModel::IsPresetRole).toBool());
    QVERIFY(owner.data().toString().contains(QStringLiteral("(preset)")));
    const QModelIndex qa
        = page()->model()->index(page()->model()->rowOf(roleNamed(store(), QStringLiteral("QA Engineers"))));
    QVERIFY(!qa.data(RoleListModel::IsPresetRole).toBool());
}

// A name typed to add to one role does not wait in the field for the next role selected.
void TestRolePage::typedMemberStaysWithItsRole()
{
    page()->selectRole(roleNamed(store(), QStringLiteral("Developers")));
    auto* input = child<QLineEdit>(page(), "roleMemberInput");
    QTest::keyClicks(input, QStringLiteral("maya"));
    page()->selectRole(roleNamed(store(), QStringLiteral("Member")));
    QVERIFY(input->text().isEmpty());
}

QTEST_MAIN(TestRolePage)
#include "tst_rolepage.moc"
