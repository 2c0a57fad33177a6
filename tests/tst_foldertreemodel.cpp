// The folder tree model: structure, inheritance roles, and updates after edits.
#include "support/TestHelpers.h"

#include "models/items/FolderTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace warden;
using namespace warden::test;

class TestFolderTreeModel : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

private Q_SLOTS:
    void mirrorsTheDirectory();
    void followsEdits();
};

void TestFolderTreeModel::mirrorsTheDirectory()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Directory& d = store->directory();
    QCOMPARE(model.rowCount(), int(d.children(0).size()));
    int seen = 0;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const Id id = model.folderId(index);
            ++seen;
            QCOMPARE(index.data(FolderTreeModel::PathRole).toString(), d.path(id));
            const bool isRoot = d.securityRoot(id) == id;
            QCOMPARE(index.data(FolderTreeModel::IsSecurityRootRole).toBool(), isRoot);
            const QString security = model.index(row, FolderTreeModel::SecurityColumn, parent).data().toString();
            QVERIFY2(isRoot ? security.startsWith(QStringLiteral("Security root"))
                            : security == QStringLiteral("Inherits from ") + d.path(d.securityRoot(id)),
                     qPrintable(security));
            pending.append(index);
        }
    }
    QCOMPARE(seen, int(d.folders().size()));
}

void TestFolderTreeModel::followsEdits()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Id admin = userNamed(*store, QStringLiteral("admin"));
    const int before = model.rowCount();
    QVERIFY(store->apply(edit::AddFolder{0, QStringLiteral("Aardvark")}, admin).ok());
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Aardvark"));
    const Id ios = folderAt(*store, QStringLiteral("Retail Apps/Mobile/iOS"));
    QVERIFY(store->apply(edit::SetInherit{ios, false, edit::InheritChoice::CopyTeams}, admin).ok());
    QVERIFY(model.indexOf(ios).data(FolderTreeModel::IsSecurityRootRole).toBool());
}

QTEST_GUILESS_MAIN(TestFolderTreeModel)
#include "tst_foldertreemodel.moc"
