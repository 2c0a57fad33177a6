// The screenshot tour of the main window (warden --screenshots DIR).
#include "MainWindow.h"

#include "DifferenceDialog.h"
#include "ImpactView.h"

#include "ExpectationsPage.h"
#include "models/domain/Names.h"
#include "models/items/ExpectationListModel.h"

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
#include "ImpactLine.h"
#include "Prompts.h"
#include "ReviewPage.h"
#include "RolePage.h"
#include "TeamEditor.h"
#include "UserPage.h"

#include "models/io/DirectoryFile.h"
#include "models/io/FileAccess.h"
#include "models/items/GlobalPermissionModel.h"
#include "models/items/TeamPermissionModel.h"
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

// What an edit does before it is written: turning inheritance off with the system teams only on
// the inheriting folder that the most users reach, and a pending grant beside Save.
bool MainWindow::saveImpactScreenshots(const QDir& dir)
{
    const Directory& d = m_store->directory();
    Id chosen = 0;
    qsizetype most = -1;
    for (Id id : d.treeOrder()) {
        if (!d.folder(id)->inherit || d.folder(id)->parentId == 0)
            continue;
        auto impact = m_runner->impactOf({edit::SetInherit{id, false, edit::InheritChoice::SystemTeamsOnly}});
        if (impact && impact->impact.users.size() > most) {
            most = impact->impact.users.size();
            chosen = id;
        }
    }
    if (!chosen)
        return false;
    auto impact = m_runner->impactOf({edit::SetInherit{chosen, false, edit::InheritChoice::SystemTeamsOnly}});
    Prompts::ImpactQuestion question(
        tr("Stop inheriting"),
        tr("%1 will stop inheriting from %2.").arg(d.path(chosen), d.path(d.securityRoot(d.folder(chosen)->parentId))),
        FolderDetails::tr("It starts with the system teams only, with their default permissions and no members."),
        tr("&Stop inheriting"));
    question.impact = impact->impact;
    question.store = m_store.get();
    auto dialog = Prompts::impactDialog(this, question);
    dialog->show();
    QApplication::processEvents();
    bool saved = dialog->grab().save(dir.filePath(QStringLiteral("impact-inherit-off.png")));
    dialog.reset();

    // A grant pending in the matrix of the security root above it: the line beside Save.
    const Id root = d.securityRoot(chosen);
    m_folderPage->selectFolder(root);
    QApplication::processEvents();
    TeamPermissionModel* model = m_folderPage->details()->matrixModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Team* team = d.team(model->teamAt(row));
        if (!team || team->isSystem() || (team->users.isEmpty() && team->roles.isEmpty()))
            continue;
        const int edit = m_store->catalog().known().folderEdit;
        if (team->permissions.test(edit))
            continue;
        model->setData(model->index(row, edit), Qt::Checked, Qt::CheckStateRole);
        break;
    }
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("matrix-pending.png"))) && saved;
    auto details = m_folderPage->details()->findChild<ImpactLine*>()->detailsDialog();
    details->show();
    QApplication::processEvents();
    saved = details->grab().save(dir.filePath(QStringLiteral("impact-details.png"))) && saved;
    details.reset();
    model->reset();
    return saveBrokenScreenshot(dir) && saved;
}

// A change refused for an expectation it breaks: a user added to a team that would give them what
// an "only" expectation keeps for others, asked before it is written.
bool MainWindow::saveBrokenScreenshot(const QDir& dir)
{
    const Directory& d = m_store->directory();
    QList<Id> users = d.users().keys();
    std::sort(users.begin(), users.end(),
              [&d](Id a, Id b) { return Names::key(d.user(a)->username) < Names::key(d.user(b)->username); });
    for (const Expectation& e : d.expectations()) {
        if (e.kind != Expectation::Kind::Only || !e.folderId)
            continue;
        for (Id teamId : d.teamsOn(d.securityRoot(e.folderId))) {
            const Team* team = d.team(teamId);
            if (team->isSystem() || !team->permissions.test(m_store->catalog().folderIndex(e.permission)))
                continue;
            for (Id userId : users) {
                const Edit edit = edit::TeamMember{teamId, userId, 0};
                auto outcome = m_runner->impactOf({edit});
                if (!outcome || !outcome->expectations.breaks())
                    continue;
                Prompts::ImpactQuestion question(tr("Add to team"),
                                                 tr("Add %1 to the team %2 on %3?")
                                                     .arg(d.user(userId)->username, team->name, d.path(team->folderId)),
                                                 {}, tr("&Add"));
                question.impact = outcome->impact;
                question.expectations = outcome->expectations;
                question.store = m_store.get();
                question.mayOverride = true;
                auto dialog = Prompts::impactDialog(this, question);
                dialog->show();
                QApplication::processEvents();
                return dialog->grab().save(dir.filePath(QStringLiteral("impact-broken.png")));
            }
        }
    }
    return true; // a directory without such an expectation has nothing to show
}

// The review of the non-administrator who reaches the most teams, with an implied permission explained.
bool MainWindow::saveReviewScreenshots(const QDir& dir)
{
    const Directory& d = m_store->directory();
    const AccessQuery access = m_store->access();
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
    showArea(Area::Review);
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

// Review as of the oldest moment of the log, for the first user whose access changed since, and
// Compare with now from there.
bool MainWindow::saveHistoryScreenshots(const QDir& dir)
{
    auto log = m_store->logFor(m_runner->operatorId());
    if (!log || log->size() < 2)
        return true;
    const qint64 first = log->first().id;
    auto difference = m_store->difference(first, m_store->position());
    if (!difference)
        return false;
    // Someone who lost access since shows the most: then they held what they hold no longer.
    Id changed = 0;
    for (const UserImpact& user : difference->impact.users) {
        if (!changed && user.losesAnything())
            changed = user.userId;
    }
    bool saved = true;
    if (m_reviewPage->showAt(first)) {
        showArea(Area::Review);
        if (changed)
            m_reviewPage->reviewUser(changed);
        m_reviewPage->view()->expandToDepth(0);
        QApplication::processEvents();
        saved = grab().save(dir.filePath(QStringLiteral("review-as-of.png")));
        m_reviewPage->showAt(0);
    }
    DifferenceDialog dialog(m_store->catalog(), std::move(difference.value()), tr("change #%1").arg(first), this);
    dialog.show();
    if (dialog.view()->topLevelItemCount() > 0)
        dialog.view()->expandItem(dialog.view()->topLevelItem(0));
    QApplication::processEvents();
    return dialog.grab().save(dir.filePath(QStringLiteral("compare-with-now.png"))) && saved;
}

// The Connections area's tabs, a folder's connections, and the dialog of the first folder connection.
bool MainWindow::saveConnectionScreenshots(const QDir& dir)
{
    showArea(Area::Connections);
    bool saved = true;
    const QStringList names{QStringLiteral("connections.png"), QStringLiteral("connection-types.png"),
                            QStringLiteral("connection-problems.png")};
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
        showArea(Area::Folders);
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
    if (QTreeWidgetItem* first = wizard->changeTree()->topLevelItem(0)) {
        wizard->changeTree()->expandItem(first);
        if (first->childCount() > 0)
            wizard->changeTree()->expandItem(first->child(0));
    }
    QApplication::processEvents();
    saved = wizard->grab().save(dir.filePath(QStringLiteral("bulk-preview.png"))) && saved;
    wizard->close();
    return saved;
}

bool MainWindow::saveScreenshots(const QString& folder, QSize size)
{
    QDir().mkpath(folder);
    const QDir dir(folder);
    // Pictures show the default layout, whatever this machine remembered.
    resize(size);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->setSizes({180, size.width() - 180});
    m_folderPage->splitter()->setSizes({(size.width() - 180) * 45 / 100, (size.width() - 180) * 55 / 100});
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
    showArea(Area::Users);
    m_userPage->selectUser(m_store->user(QStringLiteral("admin")) ? m_store->user(QStringLiteral("admin"))->id : 0);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("users.png"))) && saved;
    showArea(Area::Roles);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("roles.png"))) && saved;
    showArea(Area::GlobalPermissions);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("global-permissions.png"))) && saved;
    showArea(Area::AuditLog);
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("audit-log.png"))) && saved;
    // The expectations, the first broken one selected.
    showArea(Area::Expectations);
    QApplication::processEvents();
    for (int row = 0; row < m_expectationsPage->model()->rowCount(); ++row) {
        if (!m_expectationsPage->model()->violationsAt(row).isEmpty()) {
            m_expectationsPage->select(m_expectationsPage->model()->expectationAt(row)->id);
            break;
        }
    }
    QApplication::processEvents();
    saved = grab().save(dir.filePath(QStringLiteral("expectations.png"))) && saved;
    saved = saveReviewScreenshots(dir) && saved;
    saved = saveHistoryScreenshots(dir) && saved;
    saved = saveBulkScreenshots(dir) && saved;
    saved = saveConnectionScreenshots(dir) && saved;
    showArea(Area::Folders);
    saved = saveImpactScreenshots(dir) && saved;
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
