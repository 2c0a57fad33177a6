// The permission matrix model: states, implications, pending changes and following the store.
#include "support/TestHelpers.h"

#include "models/items/TeamPermissionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace warden::test;

class TestTeamPermissionModel : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void showsTheRootsTeams();
    void pendingChangesBecomeOneEdit();
    void followsTheStore();
};

void TestTeamPermissionModel::showsTheRootsTeams()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    TeamPermissionModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(folderAt(*store, QStringLiteral("Retail Apps/Mobile/iOS")));
    QCOMPARE(model.root(), folderAt(*store, QStringLiteral("Retail Apps")));
    QCOMPARE(model.rowCount(), int(store->directory().teamsOn(model.root()).size()));
    QCOMPARE(model.columnCount(), store->catalog().folderCount());
    // System teams first, in catalog order.
    QCOMPARE(store->directory().team(model.teamAt(0))->systemKind, QStringLiteral("folder_owner"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, TeamPermissionModel::GroupRole).toString(), QStringLiteral("Folders"));
    QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("folder#view")));
    // Every cell agrees with the team's permissions and their implications.
    for (int row = 0; row < model.rowCount(); ++row) {
        const Team* team = store->directory().team(model.teamAt(row));
        const PermissionSet closure = store->catalog().closure(team->permissions);
        for (int column = 0; column < model.columnCount(); ++column) {
            const auto state
                = model.index(row, column).data(TeamPermissionModel::StateRole).value<TeamPermissionModel::CellState>();
            const auto expected = team->permissions.test(column) ? TeamPermissionModel::CellState::Granted
                : closure.test(column)                           ? TeamPermissionModel::CellState::Implied
                                                                 : TeamPermissionModel::CellState::None;
            QCOMPARE(state, expected);
        }
    }
}

void TestTeamPermissionModel::pendingChangesBecomeOneEdit()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    TeamPermissionModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(folderAt(*store, QStringLiteral("Retail Apps")));
    QSignalSpy pending(&model, &TeamPermissionModel::pendingChanged);
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole)); // not editable yet
    model.setEditable(true);
    const int abort = store->catalog().folderIndex(QStringLiteral("release#abort"));
    const int row = model.rowOf(teamOn(*store, QStringLiteral("Retail Apps"), QStringLiteral("Viewers")));
    QVERIFY(model.setData(model.index(row, abort), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(pending.count(), 1);
    QVERIFY(model.index(row, abort).data(TeamPermissionModel::PendingRole).toBool());
    // release#abort implies folder#view, which Viewers already hold: nothing else changes state.
    const edit::TeamPermissionSets e = model.pendingEdit();
    QCOMPARE(e.teams.size(), 1);
    QVERIFY(e.teams.first().second.test(abort));
    // Unchecking again leaves nothing pending.
    QVERIFY(model.setData(model.index(row, abort), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.hasPendingChanges());
    QCOMPARE(pending.count(), 2);
    QVERIFY(model.systemTeamsLosingPermissions().isEmpty());
    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.systemTeamsLosingPermissions(), QStringList{QStringLiteral("Folder Owner")});
    model.reset();
    QVERIFY(!model.hasPendingChanges());
}

void TestTeamPermissionModel::followsTheStore()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    TeamPermissionModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(folderAt(*store, QStringLiteral("Retail Apps")));
    model.setEditable(true);
    const int rows = model.rowCount();
    const Id admin = userNamed(*store, QStringLiteral("admin"));
    QVERIFY(store->apply(edit::AddTeam{model.root(), QStringLiteral("Designers")}, admin).ok());
    QCOMPARE(model.rowCount(), rows + 1);
    // A pending change survives an unrelated edit and disappears once the store says the same.
    const Id viewers = teamOn(*store, QStringLiteral("Retail Apps"), QStringLiteral("Viewers"));
    const int abort = store->catalog().folderIndex(QStringLiteral("release#abort"));
    QVERIFY(model.setData(model.index(model.rowOf(viewers), abort), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(store->apply(edit::AddTeam{model.root(), QStringLiteral("Writers")}, admin).ok());
    QVERIFY(model.hasPendingChanges());
    QVERIFY(store->apply(model.pendingEdit(), admin).ok());
    QVERIFY(!model.hasPendingChanges());
}

QTEST_GUILESS_MAIN(TestTeamPermissionModel)
#include "tst_teampermissionmodel.moc"
