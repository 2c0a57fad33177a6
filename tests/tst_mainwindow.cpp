// The main window driven through its real widgets: folder editing, inheritance, undo and redo.
#include "support/TestHelpers.h"
#include "support/Widgets.h"
#include "support/Windows.h"

#include "models/items/FolderTreeModel.h"
#include "models/items/TeamPermissionModel.h"
#include "ui/Background.h"
#include "ui/EditRunner.h"
#include "ui/FolderDetails.h"
#include "ui/FolderPage.h"
#include "ui/ImpactLine.h"
#include "ui/ImpactView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/Prompts.h"
#include "ui/TeamEditor.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QWindow>
#include <QLabel>
#include <QAbstractItemModelTester>
#include <QSplitter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QListWidget>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUndoCommand>
#include <QTreeView>
#include <QUndoStack>

using namespace warden;
using namespace warden::test;

// Answers the window's questions as a test script says.
class ScriptedPrompts : public Prompts
{
public:
    std::optional<edit::InheritChoice> inheritChoice;
    bool answer = true;
    QString name;
    std::optional<Id> destination;
    int asked = 0;

    std::optional<edit::InheritChoice> inheritOff(QWidget*, const QString&) override
    {
        ++asked;
        return inheritChoice;
    }
    bool confirmInheritOn(QWidget*, const QString&, const QString&, int) override
    {
        ++asked;
        return answer;
    }
    Prompts::FolderDeletion deletion;
    bool confirmDelete(QWidget*, const FolderDeletion& what) override
    {
        ++asked;
        deletion = what;
        return answer;
    }
    // What the last input dialog showed as the core's refusal; it then stayed open, and the
    // person cancelled.
    QString refusal;
    bool folderName(QWidget*, const QString&, const Attempt<QString>& attempt) override
    {
        ++asked;
        return answerWith(attempt, std::optional<QString>(name), &refusal);
    }
    std::optional<ImpactQuestion> impact;
    bool confirmImpact(QWidget*, const ImpactQuestion& question) override
    {
        ++asked;
        impact = question;
        return answer;
    }
    std::optional<Id> moveDestination(QWidget*, const Store&, Id) override
    {
        ++asked;
        return destination;
    }
    QString teamNameAnswer;
    bool teamName(QWidget*, const QString&, const QString&, const Attempt<QString>& attempt) override
    {
        ++asked;
        return answerWith(attempt, std::optional<QString>(teamNameAnswer), &refusal);
    }
    bool confirmDeleteTeam(QWidget*, const QString&, const QString&, int) override
    {
        ++asked;
        return answer;
    }
    QString lastError;
    void showError(QWidget*, const QString&, const QString& message) override { lastError = message; }
    bool confirm(QWidget*, const QString&, const QString&) override
    {
        ++asked;
        return answer;
    }
    std::optional<edit::UpdateTeam> teamEdit;
    bool editTeam(QWidget*, const Store&, Id, bool, bool, const Attempt<edit::UpdateTeam>& attempt) override
    {
        ++asked;
        return answerWith(attempt, teamEdit, &refusal);
    }
    bool confirmSystemTeamRevoke(QWidget*, const QStringList&) override
    {
        ++asked;
        return answer;
    }
    Unsaved unsavedAnswer = Unsaved::Cancel;
    QString unsavedWhat;
    Unsaved unsavedChanges(QWidget*, const QString& what) override
    {
        ++asked;
        unsavedWhat = what;
        return unsavedAnswer;
    }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return m_window->store(); }
    FolderPage* page() { return child<FolderPage>(m_window, "folderPage"); }
    QAction* action(const char* name) { return m_window->findChild<QAction*>(QLatin1String(name)); }
    QModelIndex viewIndex(const QString& path)
    {
        auto* proxy = static_cast<QAbstractProxyModel*>(page()->view()->model());
        return proxy->mapFromSource(page()->model()->indexOf(folderAt(store(), path)));
    }
    void select(const QString& path)
    {
        page()->selectFolder(folderAt(store(), path));
        QCOMPARE(page()->currentFolder(), folderAt(store(), path));
    }
    // Tree, details and store say the same; what the store holds is what it wrote.
    void verifyAgreement()
    {
        const Directory& d = store().directory();
        int rows = 0;
        QList<QModelIndex> pending{QModelIndex()};
        const QAbstractItemModel* model = page()->model();
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeLast();
            QCOMPARE(model->rowCount(parent), int(d.sortedChildren(page()->model()->folderId(parent)).size()));
            for (int row = 0; row < model->rowCount(parent); ++row) {
                pending.append(model->index(row, 0, parent));
                ++rows;
            }
        }
        QCOMPARE(rows, int(d.folders().size()));
        auto reopened = Store::open(store().location(), Store::OpenMode::Existing, testCatalog());
        QVERIFY(reopened.ok());
        QCOMPARE(exportJson(*reopened.value()), exportJson(store()));
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WardenTests")); }
    void init();
    void cleanup() { m_window.reset(); }
    void matrixOffersOnlyWhatTheOperatorMayGrant();
    void createsRenamesMovesAndDeletesFolders();
    void refusedRenameSaysWhyInPlace();
    void inheritOffWithBothChoicesAndBackOn();
    void undoAndRedoRestoreStoreAndScreen();
    void actionsFollowTheOperatorsRights();
    void titleNamesTheFileOnce();
    void splittersMoveOnlyWhenDragged();
    void actionsNeedAVisibleSelection();
    void matrixGrantSaveUndoRedo();
    void matrixResetAndSystemTeamWarning();
    void teamsAddRenameDelete();
    void leavingPendingChangesAsks();
    void remembersLayoutAndOperator();
    void sharedStoreActsAsTheLinkedUser();
    void teamEditorFindsMembersAsYouType();
    void storeThatCannotOpenKeepsTheCurrentOne();
    void filterKeepsAncestorsVisible();
    void importReplacesTheContent();
    void backgroundWorkCanBeCancelled();
};

void TestMainWindow::init()
{
    auto s = m_stores.createStore(QStringLiteral("sqlite"), QStringLiteral("demo"));
    QVERIFY(s);
    m_prompts = ScriptedPrompts();
    m_window = std::make_unique<MainWindow>(std::move(s), &m_prompts);
    m_window->signInAs(userNamed(m_window->store(), QStringLiteral("admin")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// On PostgreSQL the window acts as the user linked to its login, and offers Sign In As only to the
// login that owns the store.
void TestMainWindow::sharedStoreActsAsTheLinkedUser()
{
    WARDEN_REQUIRE_BACKEND(QStringLiteral("postgresql"))
    auto owner = m_stores.createStore(QStringLiteral("postgresql"), QStringLiteral("demo"));
    QVERIFY(owner);
    const QHash<QString, QString> logins = m_stores.addLogins(owner->location(), {QStringLiteral("carol")});
    QVERIFY(!logins.isEmpty());
    const Id maya = userNamed(*owner, QStringLiteral("maya.cohen"));
    QVERIFY(owner
                ->linkLogin(QUrl(logins.value(QStringLiteral("carol"))).userName(), maya,
                            userNamed(*owner, QStringLiteral("admin")))
                .ok());
    const QString ownerLocation = owner->location();
    MainWindow ownerWindow(std::move(owner), &m_prompts);
    QVERIFY(ownerWindow.findChild<QAction*>(QStringLiteral("signInAction"))->isEnabled());

    auto carol = Store::open(logins.value(QStringLiteral("carol")), Store::OpenMode::Existing, testCatalog());
    QVERIFY(carol.ok());
    MainWindow window(std::move(carol.value()), &m_prompts);
    QCOMPARE(window.runner().operatorId(), maya);
    QAction* signIn = window.findChild<QAction*>(QStringLiteral("signInAction"));
    QVERIFY(!signIn->isEnabled());
    QVERIFY(signIn->toolTip().contains(QUrl(logins.value(QStringLiteral("carol"))).userName()));
    // Even called directly, the window cannot act as anyone else: the core refuses.
    window.signInAs(userNamed(window.store(), QStringLiteral("admin")));
    auto refused = window.store().apply(edit::AddRole{QStringLiteral("Not by carol")}, window.runner().operatorId());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
}

void TestMainWindow::createsRenamesMovesAndDeletesFolders()
{
    // Create: a child of the selected folder, which inherits.
    select(QStringLiteral("Retail Apps/Mobile"));
    m_prompts.name = QStringLiteral("Wearables");
    action("newFolderAction")->trigger();
    const Id wearables = folderAt(store(), QStringLiteral("Retail Apps/Mobile/Wearables"));
    QVERIFY(wearables);
    QVERIFY(store().directory().folder(wearables)->inherit);
    QCOMPARE(page()->currentFolder(), wearables);
    QCOMPARE(viewIndex(QStringLiteral("Retail Apps/Mobile/Wearables")).siblingAtColumn(1).data().toString(),
             QStringLiteral("From Retail Apps"));
    verifyAgreement();

    // Rename in place: what the view's editor writes goes to the store.
    QVERIFY(!page()->view()->model()->setData(viewIndex(QStringLiteral("Retail Apps/Mobile/Wearables")),
                                              QStringLiteral("Watch")));
    QCOMPARE(store().directory().folder(wearables)->name, QStringLiteral("Watch"));
    QCOMPARE(viewIndex(QStringLiteral("Retail Apps/Mobile/Watch")).data().toString(), QStringLiteral("Watch"));
    verifyAgreement();

    // Move by drag and drop onto a folder of another security root: who has access changes, so it
    // asks first, naming both roots and what each user gains and loses; declined, nothing moves.
    auto* model = page()->view()->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({viewIndex(QStringLiteral("Retail Apps/Mobile/Watch"))}));
    const QByteArray beforeDrop = exportJson(store());
    m_prompts.answer = false;
    m_prompts.impact.reset();
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, viewIndex(QStringLiteral("Data Services")));
    QVERIFY(m_prompts.impact);
    QVERIFY2(m_prompts.impact->question.contains(QStringLiteral("into Data Services")),
             qPrintable(m_prompts.impact->question));
    QVERIFY2(m_prompts.impact->details.contains(QStringLiteral("come from Retail Apps"))
                 && m_prompts.impact->details.contains(QStringLiteral("they come from Data Services")),
             qPrintable(m_prompts.impact->details));
    // Those of Retail Apps lose it, those of Data Services gain it, named by the folder's new path.
    const Impact& moved = m_prompts.impact->impact;
    QVERIFY(moved.losesAnything());
    bool someoneGains = false;
    for (const UserImpact& user : moved.users) {
        for (const Impact::FolderChange& f : moved.foldersOf(user)) {
            QCOMPARE(moved.path(f.folderId, store().directory()), QStringLiteral("Data Services/Watch"));
            someoneGains = someoneGains || !f.change->gained.isEmpty();
        }
    }
    QVERIFY(someoneGains);
    QCOMPARE(exportJson(store()), beforeDrop);
    QVERIFY(viewIndex(QStringLiteral("Retail Apps/Mobile/Watch")).isValid());
    m_prompts.answer = true;
    mime.reset(model->mimeData({viewIndex(QStringLiteral("Retail Apps/Mobile/Watch"))}));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, viewIndex(QStringLiteral("Data Services")));
    QCOMPARE(store().directory().path(wearables), QStringLiteral("Data Services/Watch"));
    QVERIFY(viewIndex(QStringLiteral("Data Services/Watch")).isValid());
    verifyAgreement();

    // Move with the dialog's answer, to the top level: it keeps copies of what it inherited.
    select(QStringLiteral("Data Services/Watch"));
    m_prompts.destination = Id(0);
    action("moveFolderAction")->trigger();
    QCOMPARE(store().directory().path(wearables), QStringLiteral("Watch"));
    QVERIFY(!store().directory().teamsOn(wearables).isEmpty());
    verifyAgreement();

    // Delete with confirmation, which says what goes with the folder; declining changes nothing.
    select(QStringLiteral("Retail Apps/Web Storefront"));
    m_prompts.answer = false;
    const Directory& d = store().directory();
    const Id web = folderAt(store(), QStringLiteral("Retail Apps/Web Storefront"));
    int subfolders = 0, teams = 0, connections = 0, templates = 0;
    for (const Folder& f : d.folders())
        subfolders += f.id != web && d.isWithin(f.id, web);
    for (const Team& t : d.teams())
        teams += d.isWithin(t.folderId, web);
    for (const Connection& c : d.connections())
        connections += c.folderId && d.isWithin(c.folderId, web);
    for (const Template& t : d.templates())
        templates += d.isWithin(t.folderId, web);
    QVERIFY(subfolders > 0 && connections > 0 && templates > 0);
    // Its users lose access: the one question shows that, with what goes with the folder.
    m_prompts.impact.reset();
    action("deleteFolderAction")->trigger();
    QVERIFY(m_prompts.impact);
    QCOMPARE(m_prompts.impact->question, QStringLiteral("Delete Retail Apps/Web Storefront?"));
    QVERIFY(m_prompts.impact->impact.losesAnything());
    QCOMPARE(m_prompts.impact->details,
             Prompts::deletionText(
                 {QStringLiteral("Retail Apps/Web Storefront"), subfolders, teams, connections, templates}));
    QVERIFY(
        m_prompts.impact->details.contains(Prompts::tr("%n connection(s) with their secrets", nullptr, connections)));
    QVERIFY(folderAt(store(), QStringLiteral("Retail Apps/Web Storefront")));
    select(QStringLiteral("Retail Apps/Mobile"));
    action("deleteFolderAction")->trigger();
    QVERIFY(folderAt(store(), QStringLiteral("Retail Apps/Mobile")));
    m_prompts.answer = true;
    action("deleteFolderAction")->trigger();
    QVERIFY(!folderAt(store(), QStringLiteral("Retail Apps/Mobile")));
    QVERIFY(!folderAt(store(), QStringLiteral("Retail Apps/Mobile/Payments")));
    QCOMPARE(page()->currentFolder(), folderAt(store(), QStringLiteral("Retail Apps")));
    verifyAgreement();
}

void TestMainWindow::refusedRenameSaysWhyInPlace()
{
    const QByteArray before = exportJson(store());
    page()->view()->model()->setData(viewIndex(QStringLiteral("Retail Apps/Mobile/iOS")), QStringLiteral("android"));
    QVERIFY(page()->messageBar()->isVisible());
    QVERIFY2(page()->messageBar()->text().contains(QStringLiteral("already exists in 'Retail Apps/Mobile'")),
             qPrintable(page()->messageBar()->text()));
    QCOMPARE(exportJson(store()), before);
    QCOMPARE(viewIndex(QStringLiteral("Retail Apps/Mobile/iOS")).data().toString(), QStringLiteral("iOS"));
    QCOMPARE(m_window->undoStack().count(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Refused")));

    // Said until something else is written, its undo included: then it no longer describes the screen.
    page()->view()->model()->setData(viewIndex(QStringLiteral("Retail Apps/Mobile/iOS")), QStringLiteral("Apple"));
    QVERIFY(!page()->messageBar()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    page()->view()->model()->setData(viewIndex(QStringLiteral("Retail Apps/Mobile/Apple")), QStringLiteral("android"));
    QVERIFY(page()->messageBar()->isVisible());
    m_window->undoStack().undo();
    QVERIFY(!page()->messageBar()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(exportJson(store()), before);

    // A move into its own subfolder is never offered as a drop.
    auto* model = page()->view()->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({viewIndex(QStringLiteral("Retail Apps"))}));
    QVERIFY(
        !model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, viewIndex(QStringLiteral("Retail Apps/Mobile"))));
}

void TestMainWindow::inheritOffWithBothChoicesAndBackOn()
{
    QCheckBox* inherit = child<QCheckBox>(page()->details(), "inheritBox");
    select(QStringLiteral("Retail Apps"));
    QVERIFY(!inherit->isVisible()); // top-level folders never inherit

    select(QStringLiteral("Retail Apps/Mobile/iOS"));
    QVERIFY(inherit->isVisible() && inherit->isChecked());
    auto* jump = page()->details()->findChild<QPushButton*>(QStringLiteral("jumpToRoot"));
    QVERIFY(jump->isVisible());

    // Cancelled: nothing changes, the box stays checked.
    m_prompts.inheritChoice.reset();
    QTest::mouseClick(inherit, Qt::LeftButton, {}, QPoint(8, inherit->height() / 2));
    QVERIFY(inherit->isChecked());
    QVERIFY(store().directory().folder(folderAt(store(), QStringLiteral("Retail Apps/Mobile/iOS")))->inherit);

    // Copy the inherited teams (the default choice).
    const Id ios = folderAt(store(), QStringLiteral("Retail Apps/Mobile/iOS"));
    const Id retail = folderAt(store(), QStringLiteral("Retail Apps"));
    m_prompts.inheritChoice = edit::InheritChoice::CopyTeams;
    QTest::mouseClick(inherit, Qt::LeftButton, {}, QPoint(8, inherit->height() / 2));
    QVERIFY(!inherit->isChecked());
    QCOMPARE(store().directory().teamsOn(ios).size(), store().directory().teamsOn(retail).size());
    QVERIFY(!jump->isVisible());
    QVERIFY(viewIndex(QStringLiteral("Retail Apps/Mobile/iOS")).data(FolderTreeModel::IsSecurityRootRole).toBool());
    verifyAgreement();

    // Back on: its own teams go.
    QTest::mouseClick(inherit, Qt::LeftButton, {}, QPoint(8, inherit->height() / 2));
    QVERIFY(inherit->isChecked());
    QVERIFY(store().directory().teamsOn(ios).isEmpty());

    // Off with the system teams only.
    m_prompts.inheritChoice = edit::InheritChoice::SystemTeamsOnly;
    QTest::mouseClick(inherit, Qt::LeftButton, {}, QPoint(8, inherit->height() / 2));
    QCOMPARE(store().directory().teamsOn(ios).size(), store().catalog().systemTeams().size());
    verifyAgreement();

    // The jump button of an inheriting folder selects its security root.
    select(QStringLiteral("Retail Apps/Mobile/Android"));
    QTest::mouseClick(jump, Qt::LeftButton);
    QCOMPARE(page()->currentFolder(), retail);
}

void TestMainWindow::undoAndRedoRestoreStoreAndScreen()
{
    const QByteArray original = exportJson(store());
    select(QStringLiteral("Retail Apps/Mobile"));
    m_prompts.answer = true;
    action("deleteFolderAction")->trigger();
    const QByteArray deleted = exportJson(store());
    QVERIFY(deleted != original);
    QCOMPARE(m_window->undoStack().count(), 1);

    QAction* undo = action("undoAction");
    QAction* redo = action("redoAction");
    QVERIFY(undo->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(exportJson(store()), original);
    QVERIFY(viewIndex(QStringLiteral("Retail Apps/Mobile/Payments/Refunds")).isValid());
    verifyAgreement();

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(exportJson(store()), deleted);
    QVERIFY(!viewIndex(QStringLiteral("Retail Apps/Mobile")).isValid());
    verifyAgreement();

    // An undo that another edit has made stale is refused and leaves everything as it is.
    undo->trigger();
    QCOMPARE(exportJson(store()), original);
    select(QStringLiteral("Retail Apps"));
    page()->renameFolder(folderAt(store(), QStringLiteral("Retail Apps/Mobile")), QStringLiteral("Phones"));
    const Id phones = folderAt(store(), QStringLiteral("Retail Apps/Phones"));
    QVERIFY(phones);
    // Undo of the rename, then an outside change to the folder, then redo of the rename's undo...
    undo->trigger();
    auto outside = store().apply(edit::RenameFolder{phones, QStringLiteral("Handsets")},
                                 userNamed(store(), QStringLiteral("admin")));
    QVERIFY(outside.ok());
    const QByteArray now = exportJson(store());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(exportJson(store()), now);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("has changed since")));
    verifyAgreement();
    Q_UNUSED(phones)
}

void TestMainWindow::actionsFollowTheOperatorsRights()
{
    m_window->signInAs(userNamed(store(), QStringLiteral("liam.murphy"))); // an auditor: views only
    select(QStringLiteral("Retail Apps/Mobile"));
    QAction* remove = action("deleteFolderAction");
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("folder#edit")), qPrintable(remove->toolTip()));
    QVERIFY(!child<QCheckBox>(page()->details(), "inheritBox")->isEnabled());
    QVERIFY(
        child<QCheckBox>(page()->details(), "inheritBox")->toolTip().contains(QStringLiteral("folder#edit_security")));
    // The core refuses anyway, with the same reason.
    const QByteArray before = exportJson(store());
    page()->moveFolder(folderAt(store(), QStringLiteral("Retail Apps/Mobile")), 0);
    QVERIFY(page()->messageBar()->text().contains(QStringLiteral("needs folder#edit")));
    QCOMPARE(exportJson(store()), before);
}

// Selecting folders with long names, read-only or not, never moves the divider beside the tree;
// what the person set is remembered for the next window.
void TestMainWindow::splittersMoveOnlyWhenDragged()
{
    m_window->resize(1024, 700);
    auto* splitter = child<QSplitter>(m_window, "folderSplitter");
    splitter->setSizes({360, 600});
    QCoreApplication::processEvents();
    const QList<int> sizes = splitter->sizes();
    for (Id id : store().directory().treeOrder()) {
        page()->selectFolder(id);
        QCoreApplication::processEvents();
        QCOMPARE(splitter->sizes(), sizes);
    }
    m_window->showArea(MainWindow::Area::Users);
    auto* users = child<QSplitter>(m_window, "userSplitter");
    users->setSizes({500, 300});
    QCoreApplication::processEvents();
    const QList<int> userSizes = users->sizes();
    m_window->close();
    auto reopened = Store::open(store().location(), Store::OpenMode::Existing, testCatalog());
    QVERIFY(reopened.ok());
    MainWindow again(std::move(reopened).value(), &m_prompts);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(child<QSplitter>(&again, "folderSplitter")->sizes(), sizes);
    again.showArea(MainWindow::Area::Users);
    QCoreApplication::processEvents();
    QCOMPARE(child<QSplitter>(&again, "userSplitter")->sizes(), userSizes);
}

// The title is the store's file name; the platform adds the application's name once.
void TestMainWindow::titleNamesTheFileOnce()
{
    QCOMPARE(m_window->windowFilePath(), QDir::toNativeSeparators(store().location()));
    QCOMPARE(m_window->windowHandle()->title(), QFileInfo(store().location()).fileName());
}

// Typing in the filter can hide the selected folder; Move To, Rename and Delete then act on nothing
// rather than on a row the person cannot see.
void TestMainWindow::actionsNeedAVisibleSelection()
{
    select(QStringLiteral("Data Services"));
    QVERIFY(action("moveFolderAction")->isEnabled());
    auto* filter = child<QLineEdit>(m_window, "folderFilter");
    QTest::keyClicks(filter, QStringLiteral("refunds"));
    const QItemSelectionModel* selection = page()->view()->selectionModel();
    QVERIFY(!selection->isSelected(selection->currentIndex()));
    for (const char* name : {"moveFolderAction", "renameFolderAction", "deleteFolderAction"}) {
        QVERIFY2(!action(name)->isEnabled(), name);
        QVERIFY(!action(name)->toolTip().isEmpty());
    }
    const QByteArray before = exportJson(store());
    page()->view()->setFocus();
    QTest::keyClick(page()->view(), Qt::Key_Delete);
    QCOMPARE(exportJson(store()), before);
    // Selecting a visible folder enables them again.
    const QModelIndex shown = page()->view()->model()->index(0, 0);
    page()->view()->selectionModel()->setCurrentIndex(shown,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(action("moveFolderAction")->isEnabled());
}

void TestMainWindow::filterKeepsAncestorsVisible()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Invalid index|QAbstractItemModelTester")));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QWidget* filter = m_window->findChild<QWidget*>(QStringLiteral("folderFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("refunds"));
    const QAbstractItemModel* model = page()->view()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex retail = model->index(0, 0);
    QCOMPARE(retail.data().toString(), QStringLiteral("Retail Apps"));
    QVERIFY(viewIndex(QStringLiteral("Retail Apps/Mobile/Payments/Refunds")).isValid());
    QVERIFY(!viewIndex(QStringLiteral("Retail Apps/Mobile/iOS")).isValid());
    // Cleared, every folder is back, the models stay consistent, and the current one is kept.
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel*>(model),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    static_cast<QLineEdit*>(filter)->clear();
    QCOMPARE(model->rowCount(), int(store().directory().children(0).size()));
    static_cast<QLineEdit*>(filter)->setText(QStringLiteral("no such folder"));
    QCOMPARE(model->rowCount(), 0);
    static_cast<QLineEdit*>(filter)->clear();
    QVERIFY(viewIndex(QStringLiteral("Retail Apps/Mobile/iOS")).isValid());
}

void TestMainWindow::matrixGrantSaveUndoRedo()
{
    select(QStringLiteral("Retail Apps/Mobile/iOS")); // inherits: read-only matrix
    auto* details = page()->details();
    TeamPermissionModel* model = details->matrixModel();
    QVERIFY(!model->isEditable());
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsUserCheckable));

    select(QStringLiteral("Retail Apps"));
    QVERIFY(model->isEditable());
    const Id viewers = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Viewers"));
    const int row = model->rowOf(viewers);
    const int startRelease = store().catalog().folderIndex(QStringLiteral("release#start"));
    const int editTemplates = store().catalog().folderIndex(QStringLiteral("template#edit"));
    QTableView* matrix = child<QTableView>(details, "permissionMatrix");
    matrix->setFocus();

    // Grant two permissions from the keyboard: pending, highlighted, not in the store. Beside Save,
    // what saving would change follows each click: the Viewers gain release#start, then more.
    auto* impactLine = child<QLabel>(details, "impactLine");
    QVERIFY(impactLine->text().isEmpty());
    QStringList lines;
    for (int column : {startRelease, editTemplates}) {
        matrix->setCurrentIndex(model->index(row, column));
        QTest::keyClick(matrix, Qt::Key_Space);
        auto expected = store().preview(model->pendingEdit(), m_window->runner().operatorId());
        QVERIFY(expected && !expected->impact.isEmpty());
        QCOMPARE(impactLine->text(),
                 QStringLiteral("Save: ") + ImpactView::summary(expected->impact, store().catalog()));
        QVERIFY2(impactLine->text().contains(QStringLiteral(" gain")), qPrintable(impactLine->text()));
        lines.append(impactLine->text());
    }
    QVERIFY2(lines.first() != lines.last(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(model->index(row, startRelease).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model->index(row, startRelease).data(TeamPermissionModel::PendingRole).toBool());
    QVERIFY(model->index(row, startRelease).data(Qt::BackgroundRole).isValid());
    QVERIFY(!store().directory().team(viewers)->permissions.test(startRelease));
    // template#view was already granted; what template#edit implies shows as implied where not granted.
    const int viewTriggers = store().catalog().folderIndex(QStringLiteral("trigger#view_trigger"));
    QCOMPARE(model->index(row, viewTriggers).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    auto* save = details->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    const QByteArray before = exportJson(store());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(store().directory().team(viewers)->permissions.test(startRelease));
    QVERIFY(store().directory().team(viewers)->permissions.test(editTemplates));
    QVERIFY(!model->hasPendingChanges());
    QVERIFY(impactLine->text().isEmpty());
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_window->undoStack().count(), 1); // one save, one undo step
    const QByteArray after = exportJson(store());
    verifyAgreement();

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(exportJson(store()), before);
    QCOMPARE(model->index(row, startRelease).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(exportJson(store()), after);
    QCOMPARE(model->index(row, startRelease).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    verifyAgreement();

    // An implied cell says by which permission; checking it grants it itself.
    const int viewRelease = store().catalog().folderIndex(QStringLiteral("release#view"));
    const Id developers = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Developers"));
    const int devRow = model->rowOf(developers);
    if (!store().directory().team(developers)->permissions.test(viewRelease)) {
        QCOMPARE(model->index(devRow, viewRelease).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QVERIFY(model->index(devRow, viewRelease).data(Qt::ToolTipRole).toString().contains(QStringLiteral("implies")));
    }
}

// Someone who may edit teams but is no security owner sees the permissions they do not hold greyed
// out, with why; what they hold they may grant, and what is granted they may clear.
void TestMainWindow::matrixOffersOnlyWhatTheOperatorMayGrant()
{
    const Id admin = userNamed(store(), QStringLiteral("admin"));
    const Id apps = folderAt(store(), QStringLiteral("Retail Apps"));
    auto lead = store().apply(edit::AddUser{QStringLiteral("lead"), QStringLiteral("lead@example.com"), {}}, admin);
    auto leads = store().apply(edit::AddTeam{apps, QStringLiteral("Leads")}, admin);
    QVERIFY(lead.ok() && leads.ok());
    QVERIFY(store().apply(edit::TeamMember{leads->createdId, lead->createdId, 0, edit::Membership::Add}, admin).ok());
    QVERIFY(
        store()
            .apply(edit::TeamPermissions{leads->createdId,
                                         keys(store(),
                                              {QStringLiteral("folder#edit_teams"), QStringLiteral("release#start")}),
                                         {}},
                   admin)
            .ok());
    m_window->signInAs(lead->createdId);
    select(QStringLiteral("Retail Apps"));
    auto* details = page()->details();
    TeamPermissionModel* model = details->matrixModel();
    const Id qa = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("QA"));
    const int start = store().catalog().folderIndex(QStringLiteral("release#start"));
    const int abort = store().catalog().folderIndex(QStringLiteral("release#abort"));
    const QModelIndex notHeld = model->index(model->rowOf(qa), abort);
    QVERIFY(!(model->flags(notHeld) & Qt::ItemIsEnabled));
    QVERIFY2(notHeld.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("Granting it needs holding release#abort here")),
             qPrintable(notHeld.data(Qt::ToolTipRole).toString()));
    // A click on it changes nothing.
    QTableView* view = details->findChild<QTableView*>(QStringLiteral("permissionMatrix"));
    view->scrollTo(notHeld);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(notHeld).center());
    QVERIFY(!model->hasPendingChanges());
    QVERIFY(!model->setData(notHeld, Qt::Checked, Qt::CheckStateRole));
    // What lead holds, lead may grant, and save.
    const QModelIndex held = model->index(model->rowOf(qa), start);
    QVERIFY(model->flags(held) & Qt::ItemIsEnabled);
    QVERIFY(model->setData(held, Qt::Checked, Qt::CheckStateRole));
    details->save();
    QVERIFY(store().directory().team(qa)->permissions.test(start));
    // A granted permission lead does not hold can still be cleared.
    const Id owner = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Folder Owner"));
    const int editFolder = store().catalog().folderIndex(QStringLiteral("folder#edit"));
    QVERIFY(model->flags(model->index(model->rowOf(owner), editFolder)) & Qt::ItemIsEnabled);
}

void TestMainWindow::matrixResetAndSystemTeamWarning()
{
    select(QStringLiteral("Retail Apps"));
    auto* details = page()->details();
    TeamPermissionModel* model = details->matrixModel();
    const Id owner = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Folder Owner"));
    const int editFolder = store().catalog().folderIndex(QStringLiteral("folder#edit"));
    QVERIFY(model->setData(model->index(model->rowOf(owner), editFolder), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model->hasPendingChanges());
    // Reset drops the change.
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("resetButton")), Qt::LeftButton);
    QVERIFY(!model->hasPendingChanges());
    QCOMPARE(model->index(model->rowOf(owner), editFolder).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Revoking from a system team asks first; declining saves nothing.
    QVERIFY(model->setData(model->index(model->rowOf(owner), editFolder), Qt::Unchecked, Qt::CheckStateRole));
    m_prompts.answer = false;
    const int asked = m_prompts.asked;
    details->save();
    QCOMPARE(m_prompts.asked, asked + 1);
    QVERIFY(store().directory().team(owner)->permissions.test(editFolder));
    QVERIFY(model->hasPendingChanges());
    m_prompts.answer = true;
    details->save();
    QVERIFY(!store().directory().team(owner)->permissions.test(editFolder));
    verifyAgreement();
}

// Pending matrix changes are not dropped silently: leaving their root or closing asks first.
void TestMainWindow::leavingPendingChangesAsks()
{
    select(QStringLiteral("Retail Apps"));
    TeamPermissionModel* model = page()->details()->matrixModel();
    const Id viewers = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Viewers"));
    const int start = store().catalog().folderIndex(QStringLiteral("release#start"));
    const Id retail = folderAt(store(), QStringLiteral("Retail Apps"));
    const Id mobile = folderAt(store(), QStringLiteral("Retail Apps/Mobile"));
    const Id infrastructure = folderAt(store(), QStringLiteral("Infrastructure"));
    QVERIFY(model->setData(model->index(model->rowOf(viewers), start), Qt::Checked, Qt::CheckStateRole));

    // A folder under the same root keeps them without asking.
    const int asked = m_prompts.asked;
    page()->selectFolder(mobile);
    QCOMPARE(m_prompts.asked, asked);
    QVERIFY(model->hasPendingChanges());

    // Another root asks; Cancel stays where the changes are.
    m_prompts.unsavedAnswer = Prompts::Unsaved::Cancel;
    page()->selectFolder(infrastructure);
    QTRY_COMPARE(m_prompts.asked, asked + 1);
    QVERIFY(m_prompts.unsavedWhat.contains(QStringLiteral("Retail Apps")));
    QCOMPARE(page()->currentFolder(), mobile);
    QVERIFY(model->hasPendingChanges());

    // Save writes them, then moves on.
    m_prompts.unsavedAnswer = Prompts::Unsaved::Save;
    page()->selectFolder(infrastructure);
    QTRY_VERIFY(store().directory().team(viewers)->permissions.test(start));
    QCOMPARE(page()->currentFolder(), infrastructure);
    QCOMPARE(page()->details()->folder(), infrastructure);
    QVERIFY(store().directory().team(viewers)->permissions.test(start));
    QVERIFY(!model->hasPendingChanges());

    // Discard drops them.
    select(QStringLiteral("Retail Apps"));
    QVERIFY(model->setData(model->index(model->rowOf(viewers), start), Qt::Unchecked, Qt::CheckStateRole));
    m_prompts.unsavedAnswer = Prompts::Unsaved::Discard;
    const int beforeDiscard = m_prompts.asked;
    page()->selectFolder(infrastructure);
    QTRY_COMPARE(m_prompts.asked, beforeDiscard + 1);
    QCOMPARE(page()->currentFolder(), infrastructure);
    QVERIFY(!model->hasPendingChanges());
    QVERIFY(store().directory().team(viewers)->permissions.test(start));

    // Closing the window asks too; Cancel keeps it open.
    select(QStringLiteral("Retail Apps"));
    QCOMPARE(page()->currentFolder(), retail);
    QVERIFY(model->setData(model->index(model->rowOf(viewers), start), Qt::Unchecked, Qt::CheckStateRole));
    m_prompts.unsavedAnswer = Prompts::Unsaved::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    m_prompts.unsavedAnswer = Prompts::Unsaved::Discard;
    verifyAgreement();
}

// The window's size, its splitters and who was signed in come back when the store is opened again.
void TestMainWindow::remembersLayoutAndOperator()
{
    const QString location = store().location();
    m_window->signInAs(userNamed(store(), QStringLiteral("amelia.hart")));
    m_window->resize(1111, 777);
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({230, 881});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());
    m_window.reset();

    auto reopened = Store::open(location, Store::OpenMode::Existing, testCatalog());
    QVERIFY(reopened.ok());
    m_window = std::make_unique<MainWindow>(std::move(reopened.value()), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->runner().operatorId(), userNamed(store(), QStringLiteral("amelia.hart")));
    QCOMPARE(m_window->size(), QSize(1111, 777));
    QCOMPARE(m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    // Signing in as a user who is no longer active falls back to an administrator.
    QVERIFY(store()
                .apply(edit::SetUserStatus{userNamed(store(), QStringLiteral("amelia.hart")), UserStatus::Disabled},
                       userNamed(store(), QStringLiteral("admin")))
                .ok());
    auto again = Store::open(location, Store::OpenMode::Existing, testCatalog());
    MainWindow other(std::move(again.value()), &m_prompts);
    QVERIFY(other.store().access().isAdmin(other.runner().operatorId()));
}

void TestMainWindow::teamsAddRenameDelete()
{
    select(QStringLiteral("Retail Apps"));
    auto* details = page()->details();
    TeamPermissionModel* model = details->matrixModel();
    m_prompts.teamNameAnswer = QStringLiteral("Designers");
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("newTeamButton")), Qt::LeftButton);
    const Id designers = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Designers"));
    QVERIFY(designers);
    QCOMPARE(model->teamAt(child<QTableView>(details, "permissionMatrix")->currentIndex().row()), designers);

    // A system team cannot be renamed or deleted: the buttons say so.
    child<QTableView>(details, "permissionMatrix")
        ->setCurrentIndex(model->index(
            model->rowOf(teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Folder Owner"))), 0));
    auto* rename = details->findChild<QPushButton*>(QStringLiteral("renameTeamButton"));
    QVERIFY(!rename->isEnabled());
    QVERIFY(rename->toolTip().contains(QStringLiteral("system team")));

    child<QTableView>(details, "permissionMatrix")->setCurrentIndex(model->index(model->rowOf(designers), 0));
    QVERIFY(rename->isEnabled());
    m_prompts.teamNameAnswer = QStringLiteral("qa"); // taken (case-insensitive): refused, said in the dialog
    QTest::mouseClick(rename, Qt::LeftButton);
    QVERIFY2(m_prompts.refusal.contains(QStringLiteral("already exists")), qPrintable(m_prompts.refusal));
    QCOMPARE(store().directory().team(designers)->name, QStringLiteral("Designers"));
    m_prompts.teamNameAnswer = QStringLiteral("Product Designers");
    QTest::mouseClick(rename, Qt::LeftButton);
    QCOMPARE(store().directory().team(designers)->name, QStringLiteral("Product Designers"));
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("deleteTeamButton")), Qt::LeftButton);
    QVERIFY(!store().directory().team(designers));
    verifyAgreement();
}

void TestMainWindow::teamEditorFindsMembersAsYouType()
{
    const Id developers = teamOn(store(), QStringLiteral("Retail Apps"), QStringLiteral("Developers"));
    TeamEditor editor(store(), developers, true, true);
    editor.showImpact(ImpactLine::of(m_window->runner()));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int before = child<QListWidget>(&editor, "memberList")->count();
    // The completer searches anywhere in the name as you type.
    QTest::keyClicks(child<QLineEdit>(&editor, "memberInput"), QStringLiteral("cohen"));
    QCompleter* completer = child<QLineEdit>(&editor, "memberInput")->completer();
    QCOMPARE(completer->completionCount(), 1);
    QVERIFY(completer->currentCompletion().startsWith(QStringLiteral("maya.cohen")));
    QVERIFY(editor.addMember(completer->currentCompletion()));
    QVERIFY(editor.addMember(QStringLiteral("role:QA Engineers")));
    QVERIFY(!editor.addMember(QStringLiteral("nobody")));
    QVERIFY(editor.findChild<QLabel*>(QStringLiteral("memberProblem"))->isVisible());
    QCOMPARE(child<QListWidget>(&editor, "memberList")->count(), before + 2);
    // Above OK, what saving the members would change: maya and the QA Engineers gain.
    auto expected = store().preview(editor.result(), m_window->runner().operatorId());
    QVERIFY(expected && !expected->impact.isEmpty());
    QCOMPARE(editor.impactLine()->text(),
             QStringLiteral("Save: ") + ImpactView::summary(expected->impact, store().catalog()));
    QVERIFY2(editor.reachText().contains(QStringLiteral("1 directly")), qPrintable(editor.reachText()));
    const edit::UpdateTeam result = editor.result();
    QVERIFY(result.users.contains(userNamed(store(), QStringLiteral("maya.cohen"))));
    QVERIFY(result.roles.contains(roleNamed(store(), QStringLiteral("QA Engineers"))));

    // Saved through the details pane as one edit and one undo step.
    select(QStringLiteral("Retail Apps"));
    auto* details = page()->details();
    child<QTableView>(details, "permissionMatrix")
        ->setCurrentIndex(details->matrixModel()->index(details->matrixModel()->rowOf(developers), 0));
    m_prompts.teamEdit = result;
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("editTeamButton")), Qt::LeftButton);
    QCOMPARE(store().directory().team(developers)->users, result.users);
    QCOMPARE(m_window->undoStack().count(), 1);
    QVERIFY(keysOf(store(), QStringLiteral("maya.cohen"), QStringLiteral("Retail Apps/Web Storefront"))
                .contains(QStringLiteral("release#start")));
    verifyAgreement();
}

void TestMainWindow::storeThatCannotOpenKeepsTheCurrentOne()
{
    const QString current = store().location();
    QVERIFY(!m_window->openStore(QStringLiteral("/nonexistent/folder/none.sqlite"), Store::OpenMode::Existing));
    QVERIFY(m_prompts.lastError.contains(QStringLiteral("there is no store at")));
    QVERIFY(m_prompts.lastError.contains(QStringLiteral("stays open")));
    QVERIFY(m_window->isVisible());
    QCOMPARE(store().location(), current);

    // A new store opens in a window that takes this one's place, signed in as its administrator.
    const QString fresh = m_stores.newLocation(QStringLiteral("sqlite"));
    MainWindow* next = m_window->openStore(fresh, Store::OpenMode::Create);
    QVERIFY(next);
    QVERIFY(!m_window->isVisible());
    QCOMPARE(next->store().location(), fresh);
    QVERIFY(next->store().access().isAdmin(next->runner().operatorId()));
    QCOMPARE(MainWindow::recentStores().first(), fresh);
    delete next;
}

void TestMainWindow::importReplacesTheContent()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("directory.yaml"));
    QVERIFY(m_window->exportDirectory(file).ok());
    const QByteArray exported = exportJson(store());
    QVERIFY(
        store().apply(edit::AddFolder{0, QStringLiteral("Scratch")}, userNamed(store(), QStringLiteral("admin"))).ok());
    m_window->undoStack().push(new QUndoCommand(QStringLiteral("marker")));

    // Declined: nothing changes.
    m_prompts.answer = false;
    QVERIFY(m_window->importDirectory(file).ok());
    QVERIFY(folderAt(store(), QStringLiteral("Scratch")));
    // Someone who is not an administrator may not.
    m_prompts.answer = true;
    m_window->signInAs(userNamed(store(), QStringLiteral("maya.cohen")));
    const Status refused = m_window->importDirectory(file);
    QVERIFY(refused.failed());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    // An administrator replaces everything; undo steps of the old rows go, the operator stays.
    m_window->signInAs(userNamed(store(), QStringLiteral("admin")));
    m_window->undoStack().push(new QUndoCommand(QStringLiteral("marker")));
    QVERIFY(m_window->importDirectory(file).ok());
    QVERIFY(!folderAt(store(), QStringLiteral("Scratch")));
    QCOMPARE(exportJson(store()), exported);
    QCOMPARE(m_window->undoStack().count(), 0);
    QCOMPARE(m_window->runner().operatorId(), userNamed(store(), QStringLiteral("admin")));
    // A broken file says where, and changes nothing.
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"version\": 1, \"users\": [{\"username\": 5}]}");
    broken.close();
    const Status bad = m_window->importDirectory(broken.fileName());
    QVERIFY(bad.failed());
    QVERIFY2(bad.error().message.contains(QStringLiteral("users[0].username")), qPrintable(bad.error().message));
    QCOMPARE(exportJson(store()), exported);
}

void TestMainWindow::backgroundWorkCanBeCancelled()
{
    // Finished work hands back its result.
    QCOMPARE(runInBackground<int>(m_window.get(), QStringLiteral("Adding"), [] { return 6 * 7; }),
             std::optional<int>(42));

    // Cancel returns at once, while the work is still running; its result is dropped.
    auto release = std::make_shared<std::atomic<bool>>(false);
    QTimer::singleShot(500, m_window.get(), [this, release] {
        auto* progress = m_window->findChild<QProgressDialog*>();
        if (!progress || !progress->isVisible())
            release->store(true); // fail below rather than wait forever
        else
            QTest::keyClick(progress, Qt::Key_Escape);
    });
    const auto cancelled = runInBackground<int>(m_window.get(), QStringLiteral("Waiting"), [release] {
        while (!release->load())
            QThread::msleep(5);
        return 1;
    });
    QVERIFY(!cancelled);
    QVERIFY(!release->load());
    release->store(true);
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
