// The main window's store handling: open, new, connect, recent, import and export.
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

Status MainWindow::importDirectory(const QString& path)
{
    if (Status s = m_store->rights(m_runner->operatorId()).require(Operation::ReplaceContent); s.failed())
        return s;
    const QString name = QFileInfo(path).fileName();
    auto read
        = runInBackground<Result<Directory>>(this, tr("Reading %1…").arg(name), [path, catalog = m_store->catalog()] {
              return DirectoryFile::readFile(path, catalog);
          });
    if (!read)
        return {};
    const Result<Directory>& content = read.value();
    if (!content)
        return content.error();
    if (!m_prompts->confirm(
            this, tr("Import directory"),
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
    if (s.failed())
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
    auto work = [job, path, format = format.value(), directory = m_store->directory(),
                 catalog = m_store->catalog()]() -> Status {
        const QByteArray bytes = DirectoryFile::serialize(DirectoryFile::write(directory, catalog), format);
        std::unique_lock lock(job->mutex, std::defer_lock);
        Status s = FileAccess::write(path, bytes, [&] {
            lock.lock(); // held until the rename is done
            return !job->cancelled;
        });
        if (job->cancelled)
            return {};
        job->committed = s.ok();
        return s;
    };
    const auto written
        = runInBackground<Status>(this, tr("Writing %1…").arg(QFileInfo(path).fileName()), std::move(work));
    if (written && written->failed())
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
    if (Status s = importDirectory(path); s.failed())
        m_prompts->showError(this, tr("Import directory"), tr("%1\n\nNothing was changed.").arg(s.error().message));
}

void MainWindow::exportFile()
{
    const QString path
        = FileDialogs::saveFileName(this, tr("Export directory"), QDir::homePath() + QStringLiteral("/directory.json"),
                                    tr("JSON (*.json);;YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (Status s = exportDirectory(path); s.failed())
        m_prompts->showError(this, tr("Export directory"), s.error().message);
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
        ? Store::create(location, Store::initialContent(m_store->catalog(), QStringLiteral("admin")),
                        m_store->catalog(), QStringLiteral("(init)"), tr("Create the store"), password)
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
    const QString path
        = FileDialogs::saveFileName(this, tr("New store"), QDir::homePath() + QStringLiteral("/warden.sqlite"),
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

} // namespace warden
