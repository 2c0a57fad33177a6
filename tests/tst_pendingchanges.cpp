// Pending changes are changes: another administrator's saved work shows beneath them and is never
// undone in silence. Two clients on one store, for the matrix, the global permissions and the team
// editor: a change elsewhere is kept, the same change makes the pending one disappear, and a change
// the other way is a conflict that Save asks about.
#include "support/TestHelpers.h"
#include "support/Widgets.h"

#include "models/items/GlobalPermissionModel.h"
#include "models/items/TeamPermissionModel.h"
#include "ui/FolderDetails.h"
#include "ui/FolderPage.h"
#include "ui/GlobalPermissionPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/TeamEditor.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

class ConflictPrompts : public Prompts
{
public:
    Conflicts answer = Conflicts::Cancel;
    QStringList lines;
    int asked = 0;
    Conflicts resolveConflicts(QWidget*, const QStringList& conflictLines) override
    {
        ++asked;
        lines = conflictLines;
        return answer;
    }
    void showError(QWidget*, const QString&, const QString&) override { }
    bool confirmSystemTeamRevoke(QWidget*, const QStringList&) override { return true; }
};

const char* const Other = "amelia.hart"; // the second administrator

} // namespace

class TestPendingChanges : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    ConflictPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window; // administrator H
    std::unique_ptr<Store> m_other; // administrator I, another client of the same store
    Id m_team = 0; // Viewers on Retail Apps
    int m_start = -1; // release#start
    int m_security = -1; // folder#edit_security

    Store& mine() { return m_window->store(); }
    bool open(const QString& backend);
    void otherApplies(const Edit& edit)
    {
        auto applied = m_other->apply(edit, userNamed(*m_other, QLatin1String(Other)));
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    }
    void catchUp() { QVERIFY(mine().sync().ok()); }
    TeamPermissionModel* matrix() { return child<FolderPage>(m_window, "folderPage")->details()->matrixModel(); }
    QModelIndex cell(int permission) { return matrix()->index(matrix()->rowOf(m_team), permission); }
    void tick(int permission)
    {
        QVERIFY(matrix()->setData(cell(permission), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(cell(permission).data(TeamPermissionModel::PendingRole).toBool());
    }
    void saveMatrix()
    {
        QTest::mouseClick(
            child<FolderPage>(m_window, "folderPage")->details()->findChild<QPushButton*>(QStringLiteral("saveButton")),
            Qt::LeftButton);
    }
    bool storedHas(Store& store, int permission)
    {
        return store.loadDirectory().value().team(m_team)->permissions.test(permission);
    }
    // Global permissions: reports#view and two roles that do not hold it yet.
    const QString m_key = QStringLiteral("reports#view");
    QList<Id> freeRoles();
    GlobalPermissionModel* globals() { return child<GlobalPermissionPage>(m_window, "globalPermissionPage")->model(); }
    void assign(const QSet<Id>& roles)
    {
        const QModelIndex index = globals()->index(globals()->rowOf(m_key), GlobalPermissionModel::RolesColumn);
        QList<Id> list(roles.cbegin(), roles.cend());
        QVERIFY(globals()->setData(index, QVariant::fromValue(list), GlobalPermissionModel::RoleIdsRole));
    }
    QList<Id> usersOutsideTheTeam();
    static QStringList listed(const TeamEditor& editor);

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void cleanup()
    {
        m_window.reset();
        m_other.reset();
    }
    void matrixKeepsAnotherCell_data() { TestStores::addBackendRows(); }
    void matrixKeepsAnotherCell();
    void matrixDropsTheSameChange_data() { TestStores::addBackendRows(); }
    void matrixDropsTheSameChange();
    void matrixAsksAboutTheOppositeChange_data();
    void matrixAsksAboutTheOppositeChange();
    void globalsKeepAnotherRole_data() { TestStores::addBackendRows(); }
    void globalsKeepAnotherRole();
    void globalsDropTheSameChange_data() { TestStores::addBackendRows(); }
    void globalsDropTheSameChange();
    void globalsAskAboutTheOppositeChange_data();
    void globalsAskAboutTheOppositeChange();
    void editorKeepsAnotherMember_data() { TestStores::addBackendRows(); }
    void editorKeepsAnotherMember();
    void editorDropsTheSameChange_data() { TestStores::addBackendRows(); }
    void editorDropsTheSameChange();
    void editorAsksAboutTheOppositeChange_data();
    void editorAsksAboutTheOppositeChange();
};

bool TestPendingChanges::open(const QString& backend)
{
    auto created = m_stores.createStore(backend, QStringLiteral("demo"));
    if (!created)
        return false;
    const QString location = created->location();
    m_prompts = ConflictPrompts();
    m_window = std::make_unique<MainWindow>(std::move(created), &m_prompts);
    m_window->signInAs(userNamed(mine(), QStringLiteral("admin")));
    m_window->show();
    auto other = Store::open(location, Store::OpenMode::Existing, testCatalog());
    if (!other)
        return false;
    m_other = std::move(other.value());
    m_team = teamOn(mine(), QStringLiteral("Retail Apps"), QStringLiteral("Viewers"));
    m_start = mine().catalog().folderIndex(QStringLiteral("release#start"));
    m_security = mine().catalog().folderIndex(QStringLiteral("folder#edit_security"));
    m_window->showFolder(folderAt(mine(), QStringLiteral("Retail Apps")));
    return m_team && matrix()->rowOf(m_team) >= 0 && !storedHas(mine(), m_start) && !storedHas(mine(), m_security);
}

#define OPEN_TWO_CLIENTS()                                                                                             \
    QFETCH(QString, backend);                                                                                          \
    WARDEN_REQUIRE_BACKEND(backend)                                                                                    \
    QVERIFY(open(backend))

static void addAnswerRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("answer");
    for (const char* backend : {"sqlite", "postgresql"}) {
        QTest::addRow("%s, keep mine", backend) << QString::fromLatin1(backend) << int(Prompts::Conflicts::KeepMine);
        QTest::addRow("%s, take theirs", backend)
            << QString::fromLatin1(backend) << int(Prompts::Conflicts::TakeTheirs);
        QTest::addRow("%s, cancel", backend) << QString::fromLatin1(backend) << int(Prompts::Conflicts::Cancel);
    }
}

void TestPendingChanges::matrixAsksAboutTheOppositeChange_data() { addAnswerRows(); }
void TestPendingChanges::globalsAskAboutTheOppositeChange_data() { addAnswerRows(); }
void TestPendingChanges::editorAsksAboutTheOppositeChange_data() { addAnswerRows(); }

// The case: H ticks a cell, I grants another one on the same team and saves. H's matrix
// shows I's grant as saved, not as H's pending change, and H's Save keeps it.
void TestPendingChanges::matrixKeepsAnotherCell()
{
    OPEN_TWO_CLIENTS();
    tick(m_start);
    PermissionSet security;
    security.set(m_security);
    otherApplies(edit::TeamPermissions{m_team, security, {}});
    catchUp();
    QVERIFY(cell(m_start).data(TeamPermissionModel::PendingRole).toBool());
    QCOMPARE(cell(m_security).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!cell(m_security).data(TeamPermissionModel::PendingRole).toBool());
    saveMatrix();
    QCOMPARE(m_prompts.asked, 0);
    QVERIFY(!matrix()->hasPendingChanges());
    QVERIFY(storedHas(*m_other, m_start));
    QVERIFY(storedHas(*m_other, m_security));
}

void TestPendingChanges::matrixDropsTheSameChange()
{
    OPEN_TWO_CLIENTS();
    tick(m_start);
    PermissionSet start;
    start.set(m_start);
    otherApplies(edit::TeamPermissions{m_team, start, {}});
    catchUp();
    QVERIFY(!matrix()->hasPendingChanges());
    QCOMPARE(cell(m_start).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!matrix()->hasConflicts());
}

// I grants the cell H ticked and then revokes it again: I has decided against it since H ticked
// it. Save asks, naming I, and does what the answer says.
void TestPendingChanges::matrixAsksAboutTheOppositeChange()
{
    OPEN_TWO_CLIENTS();
    QFETCH(int, answer);
    tick(m_start);
    PermissionSet start;
    start.set(m_start);
    otherApplies(edit::TeamPermissions{m_team, start, {}});
    otherApplies(edit::TeamPermissions{m_team, {}, start});
    catchUp();
    QVERIFY(matrix()->hasConflicts());
    QVERIFY(cell(m_start).data(TeamPermissionModel::ConflictRole).toBool());
    m_prompts.answer = Prompts::Conflicts(answer);
    const qsizetype entries = m_other->log()->size();
    saveMatrix();
    QCOMPARE(m_prompts.asked, 1);
    QCOMPARE(m_prompts.lines.size(), 1);
    QVERIFY2(m_prompts.lines.first().contains(QLatin1String(Other))
                 && m_prompts.lines.first().contains(QStringLiteral("Viewers")),
             qPrintable(m_prompts.lines.first()));
    switch (Prompts::Conflicts(answer)) {
    case Prompts::Conflicts::KeepMine:
        QVERIFY(storedHas(*m_other, m_start));
        QVERIFY(!matrix()->hasPendingChanges());
        break;
    case Prompts::Conflicts::TakeTheirs:
        QVERIFY(!storedHas(*m_other, m_start));
        QVERIFY(!matrix()->hasPendingChanges());
        QCOMPARE(m_other->log()->size(), entries);
        break;
    case Prompts::Conflicts::Cancel:
        QVERIFY(!storedHas(*m_other, m_start));
        QVERIFY(matrix()->hasPendingChanges() && matrix()->hasConflicts());
        QCOMPARE(m_other->log()->size(), entries);
        break;
    }
}

QList<Id> TestPendingChanges::freeRoles()
{
    QList<Id> roles;
    const QSet<Id> holding = mine().directory().global(m_key).roles.toSet();
    for (const Role& role : mine().directory().roles())
        if (!holding.contains(role.id))
            roles.append(role.id);
    std::sort(roles.begin(), roles.end());
    return roles.mid(0, 2);
}

void TestPendingChanges::globalsKeepAnotherRole()
{
    OPEN_TWO_CLIENTS();
    const QList<Id> roles = freeRoles();
    QCOMPARE(roles.size(), 2);
    const QSet<Id> before = mine().directory().global(m_key).roles.toSet();
    assign(before + QSet<Id>{roles[0]});
    otherApplies(edit::GlobalGrant{m_key, roles[1], edit::Assignment::Assign});
    catchUp();
    const QSet<Id> both = before + QSet<Id>{roles[0], roles[1]};
    QCOMPARE(globals()->roles(m_key), both);
    child<GlobalPermissionPage>(m_window, "globalPermissionPage")->save();
    QCOMPARE(m_prompts.asked, 0);
    QVERIFY(!globals()->hasPendingChanges());
    QCOMPARE(m_other->loadDirectory().value().global(m_key).roles, both);
}

void TestPendingChanges::globalsDropTheSameChange()
{
    OPEN_TWO_CLIENTS();
    const QList<Id> roles = freeRoles();
    const QSet<Id> before = mine().directory().global(m_key).roles.toSet();
    assign(before + QSet<Id>{roles[0]});
    otherApplies(edit::GlobalGrant{m_key, roles[0], edit::Assignment::Assign});
    catchUp();
    QVERIFY(!globals()->hasPendingChanges());
    const QSet<Id> mineToo = before + QSet<Id>{roles[0]};
    QCOMPARE(globals()->roles(m_key), mineToo);
}

void TestPendingChanges::globalsAskAboutTheOppositeChange()
{
    OPEN_TWO_CLIENTS();
    QFETCH(int, answer);
    const QList<Id> roles = freeRoles();
    const QSet<Id> before = mine().directory().global(m_key).roles.toSet();
    assign(before + QSet<Id>{roles[0]});
    otherApplies(edit::GlobalGrant{m_key, roles[0], edit::Assignment::Assign});
    otherApplies(edit::GlobalGrant{m_key, roles[0], edit::Assignment::Unassign});
    catchUp();
    QVERIFY(globals()->hasConflicts());
    QVERIFY(globals()
                ->index(globals()->rowOf(m_key), GlobalPermissionModel::RolesColumn)
                .data(GlobalPermissionModel::ConflictRole)
                .toBool());
    m_prompts.answer = Prompts::Conflicts(answer);
    child<GlobalPermissionPage>(m_window, "globalPermissionPage")->save();
    QCOMPARE(m_prompts.asked, 1);
    QVERIFY2(m_prompts.lines.value(0).contains(QLatin1String(Other)), qPrintable(m_prompts.lines.value(0)));
    const QSet<Id> stored = m_other->loadDirectory().value().global(m_key).roles.toSet();
    QCOMPARE(stored.contains(roles[0]), Prompts::Conflicts(answer) == Prompts::Conflicts::KeepMine);
    QCOMPARE(globals()->hasPendingChanges(), Prompts::Conflicts(answer) == Prompts::Conflicts::Cancel);
}

QList<Id> TestPendingChanges::usersOutsideTheTeam()
{
    QList<Id> users;
    const Team* team = mine().directory().team(m_team);
    for (const User& user : mine().directory().users())
        if (!team->users.contains(user.id) && user.status == UserStatus::Active)
            users.append(user.id);
    std::sort(users.begin(), users.end());
    return users.mid(0, 2);
}

QStringList TestPendingChanges::listed(const TeamEditor& editor)
{
    QStringList texts;
    for (int i = 0; i < child<QListWidget>(&editor, "memberList")->count(); ++i)
        texts.append(child<QListWidget>(&editor, "memberList")->item(i)->text());
    return texts;
}

void TestPendingChanges::editorKeepsAnotherMember()
{
    OPEN_TWO_CLIENTS();
    const QList<Id> users = usersOutsideTheTeam();
    QCOMPARE(users.size(), 2);
    TeamEditor editor(mine(), m_team, true, true, m_window.get(), &m_prompts);
    QVERIFY(editor.addMember(mine().directory().user(users[0])->username));
    otherApplies(edit::TeamMember{m_team, users[1], 0, edit::Membership::Add});
    catchUp();
    const QString theirs = mine().directory().user(users[1])->username;
    QVERIFY2(listed(editor).join(QLatin1Char('|')).contains(theirs), qPrintable(listed(editor).join(QLatin1Char('|'))));
    editor.accept();
    QCOMPARE(static_cast<QDialog&>(editor).result(), int(QDialog::Accepted));
    const edit::UpdateTeam result = editor.result();
    QVERIFY(result.users.contains(users[0]) && result.users.contains(users[1]));
    QVERIFY(mine().apply(result, userNamed(mine(), QStringLiteral("admin"))).ok());
    const QSet<Id> stored = m_other->loadDirectory().value().team(m_team)->users.toSet();
    QVERIFY(stored.contains(users[0]) && stored.contains(users[1]));
}

void TestPendingChanges::editorDropsTheSameChange()
{
    OPEN_TWO_CLIENTS();
    const QList<Id> users = usersOutsideTheTeam();
    TeamEditor editor(mine(), m_team, true, true, m_window.get(), &m_prompts);
    QVERIFY(editor.addMember(mine().directory().user(users[0])->username));
    otherApplies(edit::TeamMember{m_team, users[0], 0, edit::Membership::Add});
    catchUp();
    QVERIFY(!editor.hasConflicts());
    editor.accept();
    QCOMPARE(m_prompts.asked, 0);
    QVERIFY(editor.result().users.contains(users[0]));
}

void TestPendingChanges::editorAsksAboutTheOppositeChange()
{
    OPEN_TWO_CLIENTS();
    QFETCH(int, answer);
    const QList<Id> users = usersOutsideTheTeam();
    TeamEditor editor(mine(), m_team, true, true, m_window.get(), &m_prompts);
    QVERIFY(editor.addMember(mine().directory().user(users[0])->username));
    otherApplies(edit::TeamMember{m_team, users[0], 0, edit::Membership::Add});
    otherApplies(edit::TeamMember{m_team, users[0], 0, edit::Membership::Remove});
    catchUp();
    QVERIFY(editor.hasConflicts());
    m_prompts.answer = Prompts::Conflicts(answer);
    editor.accept();
    QCOMPARE(m_prompts.asked, 1);
    QVERIFY2(m_prompts.lines.value(0).contains(QLatin1String(Other)), qPrintable(m_prompts.lines.value(0)));
    const bool accepted = static_cast<QDialog&>(editor).result() == QDialog::Accepted;
    QCOMPARE(accepted, Prompts::Conflicts(answer) != Prompts::Conflicts::Cancel);
    QCOMPARE(editor.result().users.contains(users[0]), Prompts::Conflicts(answer) != Prompts::Conflicts::TakeTheirs);
}

QTEST_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
