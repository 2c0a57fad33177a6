#pragma once

#include "models/domain/Entities.h"
#include "models/domain/Result.h"
#include "models/store/Store.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTabWidget;
class QAction;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QUrl;

namespace warden {

class EditRunner;
class FolderFilterModel;
class ReviewModel;
class UserChoiceModel;
class Store;

// The Review area: what one user holds on every folder and why, who else holds a permission, and
// how two users differ. Read-only; every step of an explanation links to where it is edited.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(const EditRunner& runner, QWidget* parent = nullptr);

    ReviewModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    void reviewUser(Id userId);
    void compareWith(Id userId); // 0 ends the comparison
    // Makes a cell current: the folder and the permission to explain.
    void selectCell(Id folderId, int permission);
    // Follows a link of an explanation.
    void openLink(const QUrl& url);
    // Writes what the view shows (its folders and permission columns, filters applied) as CSV,
    // HTML or PDF, chosen by the file's suffix.
    Status exportTo(const QString& path) const;
    void exportReview();
    // Reviews the directory as it was right after an audit entry (0: now); false when it cannot be
    // shown (said to the operator).
    bool showAt(qint64 position);

Q_SIGNALS:
    void folderRequested(Id folderId);
    // A team on its folder; with a permission (>= 0), that cell of its matrix.
    void teamRequested(Id teamId, int permission);
    void roleRequested(Id roleId);
    void userRequested(Id userId);
    void globalPermissionRequested(const QString& key);
    // The form of a new expectation, filled in from the cell shown.
    void expectationRequested(const Expectation& start);

private:
    void createAsOf();
    void updateAsOf();
    void step(int direction);
    Result<QList<AuditEntry>> moments() const;
    QString momentText(qint64 position) const;
    static QString capitalized(const QString& message);
    void createExpectationActions();
    void updateExpectationActions();
    void fillUsers();
    void userChosen();
    void updateColumns();
    void updateNotice();
    void explainCurrent();
    void rememberExpansion();
    void restoreExpansion();
    Id userIn(const QComboBox* box) const;
    QList<Id> shownFolders() const;

    const EditRunner& m_runner;
    const Store& m_store;
    ReviewModel* m_model;
    FolderFilterModel* m_filter;
    QComboBox* m_userBox;
    QComboBox* m_compareBox;
    UserChoiceModel* m_users;
    UserChoiceModel* m_compareUsers;
    QLineEdit* m_folderFilter;
    QLineEdit* m_permissionFilter;
    QToolButton* m_export;
    QLabel* m_notice;
    QTreeView* m_view;
    QTabWidget* m_tabs;
    QTextBrowser* m_why;
    QTextBrowser* m_whoHas;
    QAction* m_expectHolds = nullptr;
    QAction* m_expectOnlyUser = nullptr;
    QAction* m_expectOnlyHolders = nullptr;
    QTextBrowser* m_global;
    QDateTimeEdit* m_asOf = nullptr;
    QToolButton* m_earlier = nullptr;
    QToolButton* m_later = nullptr;
    QToolButton* m_nowButton = nullptr;
    QLabel* m_asOfEntry = nullptr;
    QHBoxLayout* m_asOfRow = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QList<Id> m_expanded;
    QList<Id> m_expandedBeforeComparing;
};

} // namespace warden
