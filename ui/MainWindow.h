#pragma once

#include "models/store/Store.h"

#include <QMainWindow>

class QDir;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace warden {

class BulkWizard;
class AuditLogPage;
class ExpectationsPage;
class ConnectionsPage;
class EditRunner;
class FolderPage;
class GlobalPermissionPage;
class ReviewPage;
class RolePage;
class UserPage;
class Prompts;

// The main window: the areas of the console beside a navigation list, over one store and one
// operator, with one undo stack for every edit.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // prompts: the dialogs to ask with; tests pass their own.
    explicit MainWindow(std::unique_ptr<Store> store, Prompts* prompts = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    Store& store() const { return *m_store; }
    EditRunner& runner() const { return *m_runner; }
    ExpectationsPage* expectationsPage() const { return m_expectationsPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    QUndoStack& undoStack() const { return *m_undoStack; }
    // The areas, in the order of the navigation list.
    enum class Area
    {
        Folders,
        Users,
        Roles,
        GlobalPermissions,
        Review,
        Connections,
        AuditLog,
        Expectations,
    };
    Q_ENUM(Area)
    void showArea(Area area);
    // The Folders area on a folder, or on a team's folder with the team selected in the matrix.
    void showFolder(Id folderId);
    void showTeam(Id teamId, int permission = -1);
    void showUser(Id userId);
    void signInAs(Id userId);
    // Bulk assignment, starting with the users selected in the Users area.
    BulkWizard* openBulkWizard();
    // Opens another store in a new window that takes this one's place; when it cannot be opened,
    // says why and this store stays open. Returns the new window, or null.
    MainWindow* openStore(const QString& location, Store::OpenMode mode, const QString& password = {});
    static QStringList recentStores();

    // Replaces the whole content by a directory file (administrators only), showing progress with
    // Cancel while it is written; nothing changes when it fails or is cancelled.
    Status importDirectory(const QString& path);
    // Writes the directory file (.json, .yaml, .yml); secrets stay sealed.
    Status exportDirectory(const QString& path);

    // Saves a picture of each area into the folder; false if one cannot be written.
    bool saveScreenshots(const QString& folder, QSize size);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool settlePending();
    void createActions();
    void findInArea();
    void restoreLayout();
    void chooseOperator();
    void importFile();
    void exportFile();
    void newStore();
    void openStoreFile();
    void connectToPostgres(const QString& location = {});
    void fillRecentMenu();
    void remember(const QString& location);
    void updateStatus();
    void connectReview();
    void connectHistory();
    bool saveReviewScreenshots(const QDir& dir);
    bool saveHistoryScreenshots(const QDir& dir);
    bool saveImpactScreenshots(const QDir& dir);
    bool saveBrokenScreenshot(const QDir& dir);
    bool saveBulkScreenshots(const QDir& dir);
    bool saveConnectionScreenshots(const QDir& dir);
    Id defaultOperator() const;

    std::unique_ptr<Store> m_store;
    bool m_refusalShown = false;
    std::unique_ptr<Prompts> m_ownPrompts;
    Prompts* m_prompts;
    QUndoStack* m_undoStack;
    EditRunner* m_runner;
    QListWidget* m_navigation;
    QStackedWidget* m_areas;
    FolderPage* m_folderPage;
    UserPage* m_userPage;
    RolePage* m_rolePage;
    GlobalPermissionPage* m_permissionPage;
    ReviewPage* m_reviewPage;
    ConnectionsPage* m_connectionsPage;
    AuditLogPage* m_auditLogPage;
    ExpectationsPage* m_expectationsPage;
    QLabel* m_storeLabel;
    QLabel* m_operatorLabel;
    QMenu* m_recentMenu = nullptr;
};

} // namespace warden
