#pragma once

#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace warden {

class EditRunner;
class MessageBar;
class Prompts;
class UserTableModel;

// The Users area: the users with their status at a glance, a filter, and what the selected user
// holds: roles, teams (with a jump to the folder) and global permissions.
class UserPage : public QWidget
{
    Q_OBJECT

public:
    UserPage(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    UserTableModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_message; }
    QTextBrowser* details() const { return m_details; }
    QList<QAction*> actions() const;
    QList<Id> selectedUsers() const;
    void selectUser(Id userId);

    void invite();
    void addUser();
    void editUser();
    void setStatus(UserStatus status);
    void deleteUsers();

Q_SIGNALS:
    void folderRequested(Id folderId);
    void teamRequested(Id teamId);
    void reviewRequested(Id userId);

private:
    void updateActions();
    void showDetails();
    template <typename E> bool apply(const E& edit);
    template <typename E> std::function<Status(const E&)> attempt(Id* created);

    EditRunner& m_runner;
    Prompts& m_prompts;
    UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageBar* m_message;
    QLineEdit* m_filter;
    QTableView* m_view;
    QTextBrowser* m_details;
    QAction* m_invite;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_activate;
    QAction* m_disable;
    QAction* m_delete;
    QAction* m_review;
};

} // namespace warden
