// The table and list models of the users, roles and global permissions areas: structure checked by
// the item model tester, rows following the store.
#include "support/TestHelpers.h"

#include "models/items/ConnectionListModel.h"
#include "models/items/GlobalPermissionModel.h"
#include "models/items/RoleListModel.h"
#include "models/items/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace warden;
using namespace warden::test;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void usersFollowTheStore();
    void rolesFollowTheStore();
    void globalPermissionsKeepPendingRoles();
    void connectionsFollowScopeAndStore();
};

void TestItemModels::usersFollowTheStore()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    UserTableModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(store->directory().users().size()));
    const Id admin = userNamed(*store, QStringLiteral("admin"));
    QVERIFY(store
                ->apply(edit::InviteUser{QStringLiteral("x@example.com"), roleNamed(*store, QStringLiteral("Member"))},
                        admin)
                .ok());
    QCOMPARE(model.rowCount(), int(store->directory().users().size()));
    const int row = model.rowOf(userNamed(*store, QStringLiteral("x@example.com")));
    QCOMPARE(model.index(row, UserTableModel::StatusColumn).data().toString(), QStringLiteral("Invited"));
    QCOMPARE(model.index(row, UserTableModel::RolesColumn).data().toString(), QStringLiteral("Member"));
    QVERIFY(
        store->apply(edit::RenameRole{roleNamed(*store, QStringLiteral("Member")), QStringLiteral("Members")}, admin)
            .ok());
    QCOMPARE(model.index(row, UserTableModel::RolesColumn).data().toString(), QStringLiteral("Members"));
    QVERIFY(store->apply(edit::DeleteUser{userNamed(*store, QStringLiteral("x@example.com"))}, admin).ok());
    QCOMPARE(model.rowCount(), int(store->directory().users().size()));
}

void TestItemModels::rolesFollowTheStore()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    RoleListModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(store->directory().roles().size()));
    QVERIFY(store->apply(edit::AddRole{QStringLiteral("Aardvarks")}, userNamed(*store, QStringLiteral("admin"))).ok());
    QCOMPARE(model.index(0).data(Qt::EditRole).toString(), QStringLiteral("Aardvarks"));
}

void TestItemModels::globalPermissionsKeepPendingRoles()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    GlobalPermissionModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), store->catalog().globalCount());
    QVERIFY(!model.setData(model.index(0, GlobalPermissionModel::RolesColumn), QVariant::fromValue(QList<Id>{}),
                           GlobalPermissionModel::RoleIdsRole)); // read-only until made editable
    model.setEditable(true);
    const int row = model.rowOf(QStringLiteral("reports#view"));
    const Id qa = roleNamed(*store, QStringLiteral("QA Engineers"));
    QVERIFY(model.setData(model.index(row, GlobalPermissionModel::RolesColumn), QVariant::fromValue(QList<Id>{qa}),
                          GlobalPermissionModel::RoleIdsRole));
    QVERIFY(model.hasPendingChanges());
    // Another edit elsewhere leaves the pending change; once the store holds it, nothing is pending.
    const Id admin = userNamed(*store, QStringLiteral("admin"));
    QVERIFY(store->apply(edit::AddRole{QStringLiteral("Other")}, admin).ok());
    QVERIFY(model.hasPendingChanges());
    QVERIFY(store->apply(model.pendingEdit(), admin).ok());
    QVERIFY(!model.hasPendingChanges());
    QCOMPARE(model.index(row, 1).data(GlobalPermissionModel::RoleNamesRole).toStringList(),
             QStringList{QStringLiteral("QA Engineers")});
}

// A folder sees its own connections, its ancestors' and the global ones; a deleted one leaves.
void TestItemModels::connectionsFollowScopeAndStore()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    ConnectionListModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Directory& d = store->directory();
    QCOMPARE(model.rowCount(), int(d.connectionsOn(0).size()));
    const Id web = folderAt(*store, QStringLiteral("Retail Apps/Web Storefront"));
    model.setScope(web);
    QCOMPARE(model.rowCount(), int(d.visibleConnections(web).size()));
    const Id own = d.connectionsOn(web).first();
    const int row = model.rowOf(own);
    QVERIFY(row >= 0);
    QVERIFY(!model.index(row, 0).data(ConnectionListModel::InheritedRole).toBool());
    const Id hook = d.connectionsOn(folderAt(*store, QStringLiteral("Retail Apps"))).first();
    QVERIFY(model.index(model.rowOf(hook), 0).data(ConnectionListModel::InheritedRole).toBool());
    QVERIFY(store->apply(edit::DeleteConnection{own}, userNamed(*store, QStringLiteral("admin"))).ok());
    QCOMPARE(model.rowOf(own), -1);
    QCOMPARE(model.rowCount(), int(d.visibleConnections(web).size()));
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
