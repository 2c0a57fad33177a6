#include "MainWindow.h"

#include "Background.h"
#include "AuditLogPage.h"
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
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <mutex>

namespace warden {

namespace {

QString operatorKey(const QString& location) { return QStringLiteral("operators/") + QString::fromLatin1(location.toUtf8().toBase64()); }

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
    setWindowTitle(tr("Warden — %1").arg(QDir::toNativeSeparators(m_store->location())));
    m_runner->setOperator(defaultOperator());
    m_folderPage = new FolderPage(*m_runner, *m_prompts, this);
    m_userPage = new UserPage(*m_runner, *m_prompts, this);
    m_rolePage = new RolePage(*m_runner, *m_prompts, this);
    m_permissionPage = new GlobalPermissionPage(*m_runner, *m_prompts, this);
    m_reviewPage = new ReviewPage(*m_runner, this);
    m_connectionsPage = new ConnectionsPage(*m_runner, *m_prompts, this);
    m_auditLogPage = new AuditLogPage(*m_runner, this);
    m_reviewPage->reviewUser(m_runner->operatorId());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/security-root.svg")), tr("Folders")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/users.svg")), tr("Users")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/users.svg")), tr("Roles")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/permissions.svg")), tr("Global permissions")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/review.svg")), tr("Review")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/connections.svg")), tr("Connections")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/audit-log.svg")), tr("Audit log")));
    m_navigation->setMaximumWidth(190);
    m_navigation->setCurrentRow(0);
    m_areas->addWidget(m_folderPage);
    m_areas->addWidget(m_userPage);
    m_areas->addWidget(m_rolePage);
    m_areas->addWidget(m_permissionPage);
    m_areas->addWidget(m_reviewPage);
    m_areas->addWidget(m_connectionsPage);
    m_areas->addWidget(m_auditLogPage);
    connect(m_connectionsPage, &ConnectionsPage::folderRequested, this, &MainWindow::showFolder);
    connectReview();
    connect(m_rolePage, &RolePage::folderRequested, this, &MainWindow::showFolder);
    connect(m_folderPage, &FolderPage::activationRequested, this, [this] { showArea(0); });
    connect(m_userPage, &UserPage::folderRequested, this, &MainWindow::showFolder);
    connect(m_userPage, &UserPage::teamRequested, this, [this](Id teamId) { showTeam(teamId); });
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_areas);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1020});
    setCentralWidget(splitter);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_operatorLabel);
    connect(m_runner, &EditRunner::operatorChanged, this, &MainWindow::updateStatus);
    connect(m_store.get(), &Store::changed, this, &MainWindow::updateStatus);
    connect(m_store.get(), &Store::reloaded, this, &MainWindow::updateStatus);
    connect(m_store.get(), &Store::reopened, this, [this](const QString& why) {
        m_prompts->showError(this, tr("Store opened again"), why);
    });
    // What other administrators change shows up here without reopening.
    m_store->watch();
    connect(m_runner, &EditRunner::refused, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Refused: %1").arg(message), 8000);
    });
    createActions();
    restoreLayout();
    updateStatus();
    remember(m_store->location());
}

void MainWindow::showArea(int area)
{
    m_navigation->setCurrentRow(area);
}

void MainWindow::showFolder(Id folderId)
{
    showArea(0);
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
    showArea(1);
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
    auto* wizard = new BulkWizard(*m_runner, m_navigation->currentRow() == 1 ? m_userPage->selectedUsers() : QList<Id>(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

// Every step of an explanation leads to the place where it is edited.
void MainWindow::connectReview()
{
    connect(m_reviewPage, &ReviewPage::folderRequested, this, &MainWindow::showFolder);
    connect(m_reviewPage, &ReviewPage::teamRequested, this, &MainWindow::showTeam);
    connect(m_reviewPage, &ReviewPage::userRequested, this, &MainWindow::showUser);
    connect(m_reviewPage, &ReviewPage::roleRequested, this, [this](Id roleId) {
        showArea(2);
        m_rolePage->selectRole(roleId);
    });
    connect(m_reviewPage, &ReviewPage::globalPermissionRequested, this, [this](const QString& key) {
        showArea(3);
        m_permissionPage->selectPermission(key);
    });
    connect(m_userPage, &UserPage::reviewRequested, this, [this](Id userId) {
        showArea(4);
        m_reviewPage->reviewUser(userId);
    });
}

Id MainWindow::defaultOperator() const
{
    if (const Login who = m_store->login(); !who.owner)
        return who.userId;
    const AccessIndex access = m_store->access();
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
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_folderPage->editActions());
    edit->addSeparator();
    edit->addAction(m_folderPage->filterAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QTreeView* tree = m_folderPage->view();
    QAction* expand = view->addAction(tr("&Expand All"), tree, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction* collapse = view->addAction(tr("&Collapse All"), tree, &QTreeView::collapseAll);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    view->addSeparator();
    QAction* folders = view->addAction(tr("&Folders"), this, [this] { showArea(0); });
    folders->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction* users = view->addAction(tr("&Users"), this, [this] { showArea(1); });
    users->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* roles = view->addAction(tr("&Roles"), this, [this] { showArea(2); });
    roles->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction* permissions = view->addAction(tr("&Global Permissions"), this, [this] { showArea(3); });
    permissions->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    QAction* review = view->addAction(tr("Re&view"), this, [this] { showArea(4); });
    review->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    QAction* connections = view->addAction(tr("C&onnections"), this, [this] { showArea(5); });
    connections->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    QAction* auditLog = view->addAction(tr("&Audit Log"), this, [this] { showArea(6); });
    auditLog->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));

    QMenu* userMenu = menuBar()->addMenu(tr("&Users", "menu bar"));
    userMenu->addActions(m_userPage->actions());
    userMenu->addSeparator();
    QAction* bulk = userMenu->addAction(tr("&Bulk Assignment…"), this, &MainWindow::openBulkWizard);
    bulk->setObjectName(QStringLiteral("bulkAction"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

Status MainWindow::importDirectory(const QString& path)
{
    if (Status s = m_store->rights(m_runner->operatorId()).require(Operation::ReplaceContent))
        return s;
    const QString name = QFileInfo(path).fileName();
    auto read = runInBackground<Result<Directory>>(this, tr("Reading %1…").arg(name),
                                                   [path, catalog = m_store->catalog()] { return DirectoryFile::readFile(path, catalog); });
    if (!read)
        return {};
    const Result<Directory>& content = read.value();
    if (!content)
        return content.error();
    if (!m_prompts->confirm(this, tr("Import directory"),
                            tr("Replace everything in this store (%1 folders, %2 users) with %3 (%4 folders, %5 users)? "
                               "Undo cannot take an import back; export the store first to keep what it holds.")
                                .arg(m_store->directory().folders().size())
                                .arg(m_store->directory().users().size())
                                .arg(name)
                                .arg(content->folders().size())
                                .arg(content->users().size())))
        return {};
    QProgressDialog progress(tr("Writing %1…").arg(name), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    m_store->setProgress([&progress](double done) {
        progress.setValue(int(done * 1000));
        return !progress.wasCanceled();
    });
    const QString operatorName = m_store->directory().user(m_runner->operatorId())->username;
    const Status s = m_store->replaceContent(content.value(), operatorName,
                                             tr("Import %1: %2 folders, %3 teams, %4 users, %5 roles")
                                                 .arg(name)
                                                 .arg(content->folders().size())
                                                 .arg(content->teams().size())
                                                 .arg(content->users().size())
                                                 .arg(content->roles().size()));
    m_store->setProgress({});
    if (s)
        return s;
    // Every row is new: undo steps and the operator's id belong to what was there before.
    m_undoStack->clear();
    const User* same = m_store->user(operatorName);
    m_runner->setOperator(same && m_store->access().isActive(same->id) ? same->id : defaultOperator());
    statusBar()->showMessage(tr("Imported %1.").arg(name), 8000);
    return {};
}

namespace {

// Cancel and the final rename of an export take this lock, so that they never cross: either the
// file is complete or it was never written.
struct ExportJob
{
    std::mutex mutex;
    bool cancelled = false;
    bool committed = false;
};

} // namespace

Status MainWindow::exportDirectory(const QString& path)
{
    auto format = DirectoryFile::formatOf(path);
    if (!format)
        return format.error();
    auto job = std::make_shared<ExportJob>();
    auto work = [job, path, format = format.value(), directory = m_store->directory(), catalog = m_store->catalog()]() -> Status {
        const QByteArray bytes = DirectoryFile::serialize(DirectoryFile::write(directory, catalog), format);
        std::unique_lock lock(job->mutex, std::defer_lock);
        Status s = FileAccess::write(path, bytes, [&] {
            lock.lock(); // held until the rename is done
            return !job->cancelled;
        });
        if (job->cancelled)
            return {};
        job->committed = !s;
        return s;
    };
    const auto written = runInBackground<Status>(this, tr("Writing %1…").arg(QFileInfo(path).fileName()), std::move(work));
    if (written && written.value())
        return written.value();
    if (!written) {
        const std::lock_guard lock(job->mutex);
        job->cancelled = true;
        if (!job->committed) {
            statusBar()->showMessage(tr("Export cancelled; nothing was written."), 8000);
            return {};
        }
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return {};
}

void MainWindow::importFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Import directory"), QDir::homePath(),
                                                      tr("Directory files (*.json *.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (Status s = importDirectory(path))
        m_prompts->showError(this, tr("Import directory"), tr("%1\n\nNothing was changed.").arg(s->message));
}

void MainWindow::exportFile()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export directory"), QDir::homePath() + QStringLiteral("/directory.json"),
                                                      tr("JSON (*.json);;YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (Status s = exportDirectory(path))
        m_prompts->showError(this, tr("Export directory"), s->message);
}

QStringList MainWindow::recentStores() { return QSettings().value(QStringLiteral("recentStores")).toStringList(); }

void MainWindow::remember(const QString& location)
{
    QStringList recent = recentStores();
    recent.removeAll(location);
    recent.prepend(location);
    QSettings().setValue(QStringLiteral("recentStores"), QStringList(recent.mid(0, 8)));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentStores();
    for (const QString& location : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(location));
        connect(action, &QAction::triggered, this, [this, location] {
            if (Store::isPostgresLocation(location))
                connectToPostgres(location);
            else
                openStore(location, Store::OpenMode::Existing);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

MainWindow* MainWindow::openStore(const QString& location, Store::OpenMode mode, const QString& password)
{
    if (!settlePending())
        return nullptr;
    auto opened = mode == Store::OpenMode::Create
                      ? Store::create(location, Store::initialContent(m_store->catalog(), QStringLiteral("admin")), m_store->catalog(),
                                      QStringLiteral("(init)"), tr("Create the store"), password)
                      : Store::open(location, mode, m_store->catalog(), password);
    if (!opened) {
        m_prompts->showError(this, mode == Store::OpenMode::Create ? tr("New store") : tr("Open store"),
                             tr("%1\n\nThe store that is open stays open.").arg(opened.error().message));
        return nullptr;
    }
    remember(location);
    auto* next = new MainWindow(std::move(opened.value()), m_ownPrompts ? nullptr : m_prompts);
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    close();
    return next;
}

void MainWindow::newStore()
{
    const QString path = FileDialogs::saveFileName(this, tr("New store"), QDir::homePath() + QStringLiteral("/warden.sqlite"),
                                                      tr("Warden stores (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFile::exists(path)) {
        m_prompts->showError(this, tr("New store"), tr("%1 already exists; a new store needs a new file.").arg(path));
        return;
    }
    openStore(path, Store::OpenMode::Create);
}

void MainWindow::openStoreFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Open store"), QDir::homePath(),
                                                      tr("Warden stores (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openStore(path, Store::OpenMode::Existing);
}

void MainWindow::connectToPostgres(const QString& location)
{
    ConnectDialog dialog(this);
    QString password;
    if (!location.isEmpty()) {
        dialog.setLocation(location);
        password = PasswordVault::read(location);
        // A remembered password connects at once.
        if (!password.isEmpty() && openStore(location, Store::OpenMode::Existing, password))
            return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.location();
    if (dialog.rememberPassword() && !dialog.password().isEmpty() && !PasswordVault::write(chosen, dialog.password()))
        statusBar()->showMessage(tr("No keychain is available (%1); the password is used for this session only.")
                                     .arg(PasswordVault::lastError()),
                                 10000);
    else if (!dialog.rememberPassword())
        PasswordVault::forget(chosen);
    openStore(chosen, Store::OpenMode::Existing, dialog.password());
}

void MainWindow::chooseOperator()
{
    if (!m_store->login().owner)
        return;
    const AccessIndex access = m_store->access();
    QStringList names;
    for (const User& user : m_store->directory().users()) {
        if (access.isActive(user.id))
            names.append(user.username);
    }
    names.sort(Qt::CaseInsensitive);
    const User* current = m_store->directory().user(m_runner->operatorId());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Sign in as"),
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
    m_operatorLabel->setText(op ? tr("Signed in as %1%2").arg(op->username, m_store->access().isAdmin(op->id) ? tr(" (Admin)") : QString())
                                : tr("Not signed in"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_folderPage->splitter()->restoreState(settings.value(QStringLiteral("folders/splitter")).toByteArray());
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
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("folders/splitter"), m_folderPage->splitter()->saveState());
    event->accept();
}

// The review of the non-administrator who reaches the most teams, with an implied permission explained.
bool MainWindow::saveReviewScreenshots(const QDir& dir)
{
    const Directory& d = m_store->directory();
    const AccessIndex access = m_store->access();
    QList<Id> users;
    for (const User& user : d.users()) {
        if (access.isActive(user.id) && !access.isAdmin(user.id))
            users.append(user.id);
    }
    if (users.isEmpty())
        return true;
    auto reach = [&](Id userId) { return access.heldByRoot(userId).size(); };
    std::sort(users.begin(), users.end(), [&](Id a, Id b) {
        return reach(a) != reach(b) ? reach(a) > reach(b) : d.user(a)->username < d.user(b)->username;
    });
    showArea(4);
    m_reviewPage->reviewUser(users.first());
    m_reviewPage->compareWith(0);
    m_reviewPage->view()->expandToDepth(1);
    // A cell held only by implication explains the longest chain.
    const QHash<Id, PermissionSet> granted = access.grantedByRoot(users.first());
    for (auto it = granted.cbegin(); it != granted.cend(); ++it) {
        const PermissionSet implied = m_store->catalog().closure(it.value()) - it.value();
        if (!implied.isEmpty()) {
            int permission = -1;
            implied.forEach([&](int p) { permission = permission < 0 ? p : permission; });
            m_reviewPage->selectCell(it.key(), permission);
            break;
        }
    }
    QApplication::processEvents();
    m_reviewPage->view()->horizontalScrollBar()->setValue(0); // the folder names in the picture
    QApplication::processEvents();
    bool saved = grab().save(dir.filePath(QStringLiteral("review.png")));
    if (users.size() > 1) {
        m_reviewPage->compareWith(users[1]);
        QApplication::processEvents();
        saved = grab().save(dir.filePath(QStringLiteral("review-compare.png"))) && saved;
        m_reviewPage->compareWith(0);
    }
    return saved;
}

// The Connections area's tabs, a folder's connections, and the dialog of the first folder connection.
bool MainWindow::saveConnectionScreenshots(const QDir& dir)
{
    showArea(5);
    bool saved = true;
    const QStringList names{QStringLiteral("connections.png"), QStringLiteral("connection-types.png"), QStringLiteral("connection-problems.png")};
    for (int tab = 0; tab < names.size(); ++tab) {
        m_connectionsPage->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        saved = grab().save(dir.filePath(names[tab])) && saved;
    }
    m_connectionsPage->tabs()->setCurrentIndex(0);
    const Directory& d = m_store->directory();
    for (Id folderId : d.treeOrder()) {
        if (d.connectionsOn(folderId).isEmpty() || d.folder(folderId)->parentId == 0)
            continue;
        showArea(0);
        m_folderPage->selectFolder(folderId);
        m_folderPage->detailTabs()->setCurrentIndex(1);
        QApplication::processEvents();
        saved = grab().save(dir.filePath(QStringLiteral("folder-connections.png"))) && saved;
        m_folderPage->detailTabs()->setCurrentIndex(0);
        ConnectionDialog dialog(*m_runner, d.connectionsOn(folderId).first(), true, this);
        dialog.show();
        QApplication::processEvents();
        saved = dialog.grab().save(dir.filePath(QStringLiteral("connection-settings.png"))) && saved;
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        QApplication::processEvents();
        saved = dialog.grab().save(dir.filePath(QStringLiteral("connection-permissions.png"))) && saved;
        break;
    }
    return saved;
}

// The wizard with everyone of the largest role chosen, added to the first team that is not a system team.
bool MainWindow::saveBulkScreenshots(const QDir& dir)
{
    const Directory& d = m_store->directory();
    Id role = 0;
    for (const Role& r : d.roles()) {
        if (!role || d.usersOfRole(r.id).size() > d.usersOfRole(role).size())
            role = r.id;
    }
    if (!role)
        return true;
    BulkWizard* wizard = openBulkWizard();
    wizard->byRoleBox()->setCurrentIndex(wizard->byRoleBox()->findData(role));
    wizard->selectUsersWithRole();
    wizard->pasteBox()->setPlainText(QStringLiteral("new.contractor@example.com"));
    wizard->addPastedUsers();
    QApplication::processEvents();
    bool saved = wizard->grab().save(dir.filePath(QStringLiteral("bulk-members.png")));
    wizard->next();
    for (int i = 0; i < wizard->teamList()->count(); ++i) {
        const Team* team = d.team(wizard->teamList()->item(i)->data(Qt::UserRole + 1).value<Id>());
        if (!team->isSystem()) {
            wizard->teamList()->item(i)->setCheckState(Qt::Checked);
            break;
        }
    }
    wizard->next();
    if (QTreeWidgetItem* first = wizard->changeTree()->topLevelItem(0))
        wizard->changeTree()->expandItem(first);
    QApplication::processEvents();
    saved = wizard->grab().save(dir.filePath(QStringLiteral("bulk-preview.png"))) && saved;
    wizard->close();
    return saved;
}

bool MainWindow::saveScreenshots(const QString& folder)
{
    QDir().mkpath(folder);
    const QDir dir(folder);
    // Pictures show the default layout, whatever this machine remembered.
    resize(1280, 760);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->setSizes({180, 1100});
    m_folderPage->splitter()->setSizes({520, 620});
    m_folderPage->view()->expandToDepth(1);
    QApplication::processEvents();
    bool saved = grab().save(dir.filePath(QStringLiteral("folders.png")));
    // The same area with an inheriting folder selected, if there is one.
    const Directory& d = m_store->directory();
    for (Id id : d.treeOrder()) {
        if (d.securityRoot(id) != id && d.folder(id)->parentId != 0) {
            m_folderPage->selectFolder(id);
            QApplication::processEvents();
            saved = grab().save(dir.filePath(QStringLiteral("folders-inheriting.png"))) && saved;
            break;
        }
    }
    {
        ConnectDialog dialog(this);
        dialog.setLocation(QStringLiteral("postgresql://admin@db.example:5432/warden"));
        dialog.show();
        QApplication::processEvents();
        saved = dialog.grab().save(dir.filePath(QStringLiteral("connect.png"))) && saved;
    }
    showArea(1);
    m_userPage->selectUser(m_store->user(QStringLiteral("admin")) ? m_store->user(QStringLiteral("admin"))->id : 0);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("users.png"))) && saved;
    showArea(2);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("roles.png"))) && saved;
    showArea(3);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("global-permissions.png"))) && saved;
    showArea(6);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("audit-log.png"))) && saved;
    saved = saveReviewScreenshots(dir) && saved;
    saved = saveBulkScreenshots(dir) && saved;
    saved = saveConnectionScreenshots(dir) && saved;
    showArea(0);
    // The team editor on the first team that has members.
    for (Id id : d.treeOrder()) {
        for (Id teamId : d.teamsOn(id)) {
            const Team* team = d.team(teamId);
            if (team->isSystem() || (team->users.isEmpty() && team->roles.isEmpty()))
                continue;
            TeamEditor editor(*m_store, teamId, true, true, this);
            editor.show();
            QApplication::processEvents();
            return editor.grab().save(dir.filePath(QStringLiteral("team-editor.png"))) && saved;
        }
    }
    return saved;
}

} // namespace warden
