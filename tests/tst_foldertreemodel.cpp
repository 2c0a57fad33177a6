// The folder tree model: structure, inheritance roles, and row-by-row updates after edits.
#include "support/TestHelpers.h"

#include "models/items/FolderTreeModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>

using namespace warden;
using namespace warden::test;

class TestFolderTreeModel : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    static void verifyMirrors(const FolderTreeModel& model, const Store& store);

private Q_SLOTS:
    void mirrorsTheDirectory();
    void followsEditsRowByRow_data();
    void followsEditsRowByRow();
    void dropRequestsMove();
    void renameInPlaceRequestsRename();
};

void TestFolderTreeModel::verifyMirrors(const FolderTreeModel& model, const Store& store)
{
    const Directory& d = store.directory();
    int seen = 0;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        const QList<Id> expected = d.sortedChildren(model.folderId(parent));
        QCOMPARE(model.rowCount(parent), int(expected.size()));
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const Id id = model.folderId(index);
            QCOMPARE(id, expected[row]);
            QCOMPARE(model.parent(index), parent);
            ++seen;
            QCOMPARE(index.data(FolderTreeModel::PathRole).toString(), d.path(id));
            const bool isRoot = d.securityRoot(id) == id;
            QCOMPARE(index.data(FolderTreeModel::IsSecurityRootRole).toBool(), isRoot);
            const QString security = model.index(row, FolderTreeModel::SecurityColumn, parent).data().toString();
            QVERIFY2(isRoot ? QRegularExpression(QStringLiteral("^\\d+ own team")).match(security).hasMatch()
                            : security == QStringLiteral("From ") + d.folder(d.securityRoot(id))->name,
                     qPrintable(security));
            pending.append(index);
        }
    }
    QCOMPARE(seen, int(d.folders().size()));
}

void TestFolderTreeModel::mirrorsTheDirectory()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    verifyMirrors(model, *store);
}

void TestFolderTreeModel::followsEditsRowByRow_data()
{
    QTest::addColumn<QString>("what");
    for (const char* what : {"add", "add top-level", "rename reorders", "move across", "move to top",
                             "move into sibling", "delete subtree", "inherit off", "inherit on", "team added"})
        QTest::newRow(what) << QString::fromLatin1(what);
}

void TestFolderTreeModel::followsEditsRowByRow()
{
    QFETCH(QString, what);
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Store& s = *store;
    // An untouched folder keeps its index: views keep expansion and selection.
    const QPersistentModelIndex bystander(model.indexOf(folderAt(s, QStringLiteral("Infrastructure/Networking"))));
    const Id mobile = folderAt(s, QStringLiteral("Retail Apps/Mobile"));
    const QHash<QString, Edit> edits{
        {QStringLiteral("add"), edit::AddFolder{mobile, QStringLiteral("Beta")}},
        {QStringLiteral("add top-level"), edit::AddFolder{0, QStringLiteral("Aardvark")}},
        {QStringLiteral("rename reorders"),
         edit::RenameFolder{folderAt(s, QStringLiteral("Retail Apps/Mobile/Android")), QStringLiteral("Zeta")}},
        {QStringLiteral("move across"),
         edit::MoveFolder{mobile, folderAt(s, QStringLiteral("Data Services/Analytics"))}},
        {QStringLiteral("move to top"), edit::MoveFolder{mobile, 0}},
        {QStringLiteral("move into sibling"),
         edit::MoveFolder{folderAt(s, QStringLiteral("Retail Apps/Loyalty Program")), mobile}},
        {QStringLiteral("delete subtree"), edit::DeleteFolder{mobile}},
        {QStringLiteral("inherit off"), edit::SetInherit{mobile, false, edit::InheritChoice::CopyTeams}},
        {QStringLiteral("inherit on"),
         edit::SetInherit{folderAt(s, QStringLiteral("Retail Apps/Mobile/Payments")), true, {}}},
        {QStringLiteral("team added"),
         edit::AddTeam{folderAt(s, QStringLiteral("Retail Apps")), QStringLiteral("Designers")}},
    };
    auto applied = store->apply(edits.value(what), userNamed(s, QStringLiteral("admin")));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(resets.count(), 0);
    verifyMirrors(model, s);
    QVERIFY(bystander.isValid());
    QCOMPARE(model.folderId(bystander), folderAt(s, QStringLiteral("Infrastructure/Networking")));
    // Undo comes back through the same announcements.
    QVERIFY(store->revert(applied.value(), QStringLiteral("Undo"), userNamed(s, QStringLiteral("admin"))).ok());
    verifyMirrors(model, s);
}

void TestFolderTreeModel::dropRequestsMove()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    QSignalSpy moves(&model, &FolderTreeModel::moveRequested);
    const Id ios = folderAt(*store, QStringLiteral("Retail Apps/Mobile/iOS"));
    const Id data = folderAt(*store, QStringLiteral("Data Services"));
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOf(ios)}));
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.indexOf(data)));
    // Never into itself or below itself.
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.indexOf(ios)));
    std::unique_ptr<QMimeData> parentMime(
        model.mimeData({model.indexOf(folderAt(*store, QStringLiteral("Retail Apps")))}));
    QVERIFY(!model.canDropMimeData(parentMime.get(), Qt::MoveAction, -1, 0, model.indexOf(ios)));
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.indexOf(data)));
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.first().at(0).value<Id>(), ios);
    QCOMPARE(moves.first().at(1).value<Id>(), data);
}

void TestFolderTreeModel::renameInPlaceRequestsRename()
{
    auto store = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(store);
    FolderTreeModel model(*store);
    QSignalSpy renames(&model, &FolderTreeModel::renameRequested);
    const QModelIndex ios = model.indexOf(folderAt(*store, QStringLiteral("Retail Apps/Mobile/iOS")));
    QVERIFY(model.flags(ios) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(ios, QStringLiteral("iPhone")));
    QCOMPARE(renames.count(), 1);
    QCOMPARE(renames.first().at(1).toString(), QStringLiteral("iPhone"));
    QCOMPARE(ios.data().toString(), QStringLiteral("iOS")); // unchanged until the store applies it
}

QTEST_GUILESS_MAIN(TestFolderTreeModel)
#include "tst_foldertreemodel.moc"
