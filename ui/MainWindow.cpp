#include "MainWindow.h"

#include "ImpactLine.h"

#include "AreaAction.h"
#include "Background.h"
#include "AuditLogPage.h"
#include "DifferenceDialog.h"
#include "ExpectationsPage.h"
#include "BulkWizard.h"
#include "ConnectDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionsPage.h"
#include "ConnectionsPanel.h"
#include "EditRunner.h"
#include "FileDialogs.h"
#include "FolderDetails.h"
#include "FolderPage.h"
#include "GlobalPermissionPage.h"
#include "MessageBar.h"
#include "Prompts.h"
#include "ReviewPage.h"
#include "RolePage.h"
#include "TeamEditor.h"
#include "UserPage.h"

#include "models/io/DirectoryFile.h"
#include "models/io/FileAccess.h"
#include "models/items/GlobalPermissionModel.h"
#include "models/store/PasswordVault.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScrollBar>
#include <QGuiApplication>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

#include <utility>
#include <QTreeWidget>
#include <QUndoStack>

#include <mutex>

namespace warden {

namespace {

QString operatorKey(const QString& location)
{
    return QStringLiteral("operators/") + QString::fromLatin1(location.toUtf8().toBase64());
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, Prompts* prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_ownPrompts(prompts ? nullptr : new Prompts)
    , m_prompts(prompts ? prompts : m_ownPrompts.get())
    , m_undoStack(new QUndoStack(this))
    , m_runner(new EditRunner(*m_store, *m_undoStack, this))
    , m_navigation(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
    , m_storeLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The platform adds the application's name once: "demo.sqlite — Warden".
    if (Store::isPostgresLocation(m_store->location()))
        setWindowTitle(m_store->location());
    else
        setWindowFilePath(QDir::toNativeSeparators(m_store->location()));
    m_runner->setOperator(defaultOperator());
    m_prompts->setImpactOf(ImpactLine::of(*m_runner));
    m_folderPage = new FolderPage(*m_runner, *m_prompts, this);
    m_userPage = new UserPage(*m_runner, *m_prompts, this);
    m_rolePage = new RolePage(*m_runner, *m_prompts, this);
    m_permissionPage = new GlobalPermissionPage(*m_runner, *m_prompts, this);
    m_reviewPage = new ReviewPage(*m_runner, this);
    m_connectionsPage = new ConnectionsPage(*m_runner, *m_prompts, this);
    m_auditLogPage = new AuditLogPage(*m_runner, this);
    m_expectationsPage = new ExpectationsPage(*m_runner, *m_prompts, this);
    m_reviewPage->reviewUser(m_runner->operatorId());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/security-root.svg")), tr("Folders")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/users.svg")), tr("Users")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/users.svg")), tr("Roles")));
    m_navigation->addItem(
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/permissions.svg")), tr("Global permissions")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/review.svg")), tr("Review")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/connections.svg")), tr("Connections")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/audit-log.svg")), tr("Audit log")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/expectations.svg")), tr("Expectations")));
    // As wide as its longest name in the language shown, and no wider: the areas get the rest.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 12);
    showArea(Area::Folders);
    m_areas->addWidget(m_folderPage);
    m_areas->addWidget(m_userPage);
    m_areas->addWidget(m_rolePage);
    m_areas->addWidget(m_permissionPage);
    m_areas->addWidget(m_reviewPage);
    m_areas->addWidget(m_connectionsPage);
    m_areas->addWidget(m_auditLogPage);
    m_areas->addWidget(m_expectationsPage);
    connect(m_expectationsPage, &ExpectationsPage::linkActivated, this, [this](const QUrl& url) {
        if (url.host() == QLatin1String("user"))
            showArea(Area::Review);
        m_reviewPage->openLink(url);
    });
    connect(m_connectionsPage, &ConnectionsPage::folderRequested, this, &MainWindow::showFolder);
    connectReview();
    connect(m_rolePage, &RolePage::folderRequested, this, &MainWindow::showFolder);
    connect(m_userPage, &UserPage::folderRequested, this, &MainWindow::showFolder);
    connect(m_userPage, &UserPage::teamRequested, this, [this](Id teamId) { showTeam(teamId); });
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_areas);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigation->width(), 1020});
    setCentralWidget(splitter);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_operatorLabel);
    connect(m_runner, &EditRunner::operatorChanged, this, &MainWindow::updateStatus);
    connect(m_store.get(), &Store::changed, this, &MainWindow::updateStatus);
    connect(m_store.get(), &Store::reloaded, this, &MainWindow::updateStatus);
    connect(m_store.get(), &Store::reopened, this,
            [this](const QString& why) { m_prompts->showError(this, tr("Store opened again"), why); });
    // What other administrators change shows up here without reopening.
    m_store->watch();
    connect(m_runner, &EditRunner::refused, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Refused: %1").arg(message), 8000);
        m_refusalShown = true;
    });
    // A refusal is said until something else is written: then it no longer describes what is shown.
    connect(m_runner, &EditRunner::applied, this, [this] {
        for (MessageBar* bar : findChildren<MessageBar*>())
            bar->hide();
        if (std::exchange(m_refusalShown, false))
            statusBar()->clearMessage();
    });
    createActions();
    restoreLayout();
    updateStatus();
    remember(m_store->location());
}

void MainWindow::showArea(Area area) { m_navigation->setCurrentRow(int(area)); }

void MainWindow::findInArea()
{
    for (QLineEdit* field : m_areas->currentWidget()->findChildren<QLineEdit*>()) {
        if (isFindField(field) && field->isEnabled()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return;
        }
    }
}

void MainWindow::showFolder(Id folderId)
{
    showArea(Area::Folders);
    m_folderPage->selectFolder(folderId);
}

void MainWindow::showTeam(Id teamId, int permission)
{
    const Team* team = m_store->directory().team(teamId);
    if (!team)
        return;
    showFolder(team->folderId);
    m_folderPage->details()->selectTeam(teamId, permission);
}

void MainWindow::showUser(Id userId)
{
    showArea(Area::Users);
    m_userPage->selectUser(userId);
}

MainWindow::~MainWindow()
{
    // The views go before the store they show.
    delete takeCentralWidget();
    m_undoStack->clear();
}

BulkWizard* MainWindow::openBulkWizard()
{
    auto* wizard = new BulkWizard(
        *m_runner, m_navigation->currentRow() == int(Area::Users) ? m_userPage->selectedUsers() : QList<Id>(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

// Every step of an explanation leads to the place where it is edited.
void MainWindow::connectReview()
{
    connect(m_reviewPage, &ReviewPage::folderRequested, this, &MainWindow::showFolder);
    connect(m_reviewPage, &ReviewPage::expectationRequested, this, [this](const Expectation& start) {
        showArea(Area::Expectations);
        m_expectationsPage->create(start);
    });
    connect(m_reviewPage, &ReviewPage::teamRequested, this, &MainWindow::showTeam);
    connect(m_reviewPage, &ReviewPage::userRequested, this, &MainWindow::showUser);
    connect(m_reviewPage, &ReviewPage::roleRequested, this, [this](Id roleId) {
        showArea(Area::Roles);
        m_rolePage->selectRole(roleId);
    });
    connect(m_reviewPage, &ReviewPage::globalPermissionRequested, this, [this](const QString& key) {
        showArea(Area::GlobalPermissions);
        m_permissionPage->selectPermission(key);
    });
    connect(m_userPage, &UserPage::reviewRequested, this, [this](Id userId) {
        showArea(Area::Review);
        m_reviewPage->reviewUser(userId);
    });
    connectHistory();
}

// The audit log's way into the past: access then, what changed since, going back.
void MainWindow::connectHistory()
{
    connect(m_auditLogPage, &AuditLogPage::accessAtRequested, this, [this](qint64 entry) {
        if (m_reviewPage->showAt(entry))
            showArea(Area::Review);
    });
    connect(m_auditLogPage, &AuditLogPage::compareWithNowRequested, this, [this](qint64 entry) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto difference = m_store->difference(entry, m_store->position());
        QGuiApplication::restoreOverrideCursor();
        if (!difference) {
            m_prompts->showError(this, tr("Compare with now"), difference.error().message);
            return;
        }
        DifferenceDialog dialog(m_store->catalog(), std::move(difference.value()), tr("change #%1").arg(entry), this);
        dialog.exec();
    });
    connect(m_auditLogPage, &AuditLogPage::revertRequested, this, [this](qint64 entry) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto preview = m_runner->revertTo(entry, true);
        QGuiApplication::restoreOverrideCursor();
        if (!preview) {
            m_prompts->showError(this, tr("Revert to this point"), preview.error().message);
            return;
        }
        const Prompts::ImpactQuestion question(
            tr("Revert to this point"), tr("Put every row back as it was right after change #%1?").arg(entry),
            tr("This is one change of its own: it is written in the audit log, and Undo takes it back."),
            tr("&Revert"));
        if (m_prompts->askImpact(this, *m_runner, std::move(preview.value()), question))
            m_runner->revertTo(entry, false);
    });
}

Id MainWindow::defaultOperator() const
{
    if (const Login who = m_store->login(); !who.owner)
        return who.userId;
    const AccessQuery access = m_store->access();
    const QString saved = QSettings().value(operatorKey(m_store->location())).toString();
    if (const User* user = m_store->user(saved); user && access.isActive(user->id))
        return user->id;
    // The first administrator by name; else the first active user.
    Id best = 0;
    bool bestAdmin = false;
    QString bestName;
    for (const User& user : m_store->directory().users()) {
        if (!access.isActive(user.id))
            continue;
        const bool admin = access.isAdmin(user.id);
        if (best == 0 || (admin && !bestAdmin) || (admin == bestAdmin && user.username < bestName)) {
            best = user.id;
            bestAdmin = admin;
            bestName = user.username;
        }
    }
    return best;
}

void MainWindow::signInAs(Id userId)
{
    m_runner->setOperator(userId);
    if (const User* user = m_store->directory().user(userId))
        QSettings().setValue(operatorKey(m_store->location()), user->username);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newStore = file->addAction(tr("&New Store…"), this, &MainWindow::newStore);
    newStore->setObjectName(QStringLiteral("newStoreAction"));
    QAction* open = file->addAction(tr("&Open Store…"), this, &MainWindow::openStoreFile);
    open->setObjectName(QStringLiteral("openStoreAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* connectAction = file->addAction(tr("&Connect to PostgreSQL…"), this, [this] { connectToPostgres(); });
    connectAction->setObjectName(QStringLiteral("connectAction"));
    m_recentMenu = file->addMenu(tr("&Recent Stores"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import Directory…"), this, &MainWindow::importFile);
    importAction->setObjectName(QStringLiteral("importAction"));
    QAction* exportAction = file->addAction(tr("&Export Directory…"), this, &MainWindow::exportFile);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(file, &QMenu::aboutToShow, this, [this, importAction] {
        const bool may = m_store->rights(m_runner->operatorId()).may(Operation::ReplaceContent);
        importAction->setEnabled(may);
        importAction->setToolTip(may ? QString() : tr("Replacing the store's content needs Admin."));
    });
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction* signIn = file->addAction(tr("&Sign In As…"), this, &MainWindow::chooseOperator);
    signIn->setObjectName(QStringLiteral("signInAction"));
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    // On a shared store the database says who acts; only the login that owns the store may try
    // out what someone else may do.
    if (const Login who = m_store->login(); !who.owner) {
        signIn->setEnabled(false);
        signIn->setToolTip(tr("On a shared store you act as the user linked to your database login %1.").arg(who.name));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(standardKeys(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}));
    // A step that breaks expectations asks for a reason first, as the edit itself would.
    for (QAction* step : {undo, redo}) {
        const bool undoing = step == undo;
        disconnect(step, &QAction::triggered, m_undoStack, nullptr);
        connect(step, &QAction::triggered, this, [this, undoing] {
            const Prompts::ImpactQuestion question(undoing ? tr("Undo") : tr("Redo"),
                                                   undoing ? tr("Undo although it breaks expectations?")
                                                           : tr("Redo although it breaks expectations?"),
                                                   {}, undoing ? tr("&Undo Anyway") : tr("&Redo Anyway"));
            if (m_prompts->settleExpectations(this, *m_runner, m_runner->impactOfStep(undoing), question))
                undoing ? m_undoStack->undo() : m_undoStack->redo();
        });
    }
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_folderPage->editActions());
    edit->addSeparator();
    // One Find for the window: it goes to the filter of the area shown.
    QAction* find = edit->addAction(tr("&Find"), this, &MainWindow::findInArea);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QTreeView* tree = m_folderPage->view();
    QAction* expand = view->addAction(tr("&Expand All"), tree, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction* collapse = view->addAction(tr("&Collapse All"), tree, &QTreeView::collapseAll);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    view->addSeparator();
    QAction* folders = view->addAction(tr("&Folders"), this, [this] { showArea(Area::Folders); });
    folders->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction* users = view->addAction(tr("&Users"), this, [this] { showArea(Area::Users); });
    users->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* roles = view->addAction(tr("&Roles"), this, [this] { showArea(Area::Roles); });
    roles->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction* permissions
        = view->addAction(tr("&Global Permissions"), this, [this] { showArea(Area::GlobalPermissions); });
    permissions->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    QAction* review = view->addAction(tr("Re&view"), this, [this] { showArea(Area::Review); });
    review->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    QAction* connections = view->addAction(tr("C&onnections"), this, [this] { showArea(Area::Connections); });
    connections->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    QAction* auditLog = view->addAction(tr("&Audit Log"), this, [this] { showArea(Area::AuditLog); });
    auditLog->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));
    QAction* expectations = view->addAction(tr("&Expectations"), this, [this] { showArea(Area::Expectations); });
    expectations->setShortcut(QKeySequence(Qt::ALT | Qt::Key_8));

    QMenu* userMenu = menuBar()->addMenu(tr("&Users", "menu bar"));
    userMenu->addActions(m_userPage->actions());
    userMenu->addSeparator();
    QAction* bulk = userMenu->addAction(tr("&Bulk Assignment…"), this, &MainWindow::openBulkWizard);
    bulk->setObjectName(QStringLiteral("bulkAction"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

void MainWindow::chooseOperator()
{
    if (!m_store->login().owner)
        return;
    const AccessQuery access = m_store->access();
    QStringList names;
    for (const User& user : m_store->directory().users()) {
        if (access.isActive(user.id))
            names.append(user.username);
    }
    names.sort(Qt::CaseInsensitive);
    const User* current = m_store->directory().user(m_runner->operatorId());
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Sign in as"),
                                tr("Try out what this user may do: Warden checks their rights for every change, "
                                   "and the log also names you as the one who really acted."),
                                names, current ? int(names.indexOf(current->username)) : 0, false, &ok);
    if (ok && m_store->user(chosen))
        signInAs(m_store->user(chosen)->id);
}

void MainWindow::updateStatus()
{
    const Directory& d = m_store->directory();
    m_storeLabel->setText(tr("Store: %1 — %2 folders, %3 users, %4 roles")
                              .arg(QDir::toNativeSeparators(m_store->location()))
                              .arg(d.folders().size())
                              .arg(d.users().size())
                              .arg(d.roles().size()));
    const User* op = d.user(m_runner->operatorId());
    m_operatorLabel->setText(
        op ? tr("Signed in as %1%2").arg(op->username, m_store->access().isAdmin(op->id) ? tr(" (Admin)") : QString())
           : tr("Not signed in"));
}

namespace {

QString splitterKey(const QSplitter* splitter) { return QStringLiteral("splitters/") + splitter->objectName(); }

} // namespace

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    // Every divider of every area is where the person last left it.
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray());
    }
}

// Changes still pending in the matrix or on the global permissions are saved or dropped as the
// operator says; false keeps the window open.
bool MainWindow::settlePending()
{
    if (!m_folderPage->details()->settlePending())
        return false;
    GlobalPermissionModel* globals = m_permissionPage->model();
    if (!globals->hasPendingChanges())
        return true;
    return m_prompts->settleUnsaved(
        this, tr("the global permissions"),
        [this, globals] {
            m_permissionPage->save();
            return !globals->hasPendingChanges();
        },
        [this] { m_permissionPage->resetChanges(); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settlePending()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    for (const QSplitter* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter), splitter->saveState());
    }
    event->accept();
}

} // namespace warden
