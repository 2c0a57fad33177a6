#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QStringListModel;
class QTextBrowser;

namespace warden {

class EditRunner;
class MessageBar;
class Prompts;
class RoleListModel;

// The Roles area: the roles with their members, what each role can do (its global permissions by
// category, the teams it is in), and creating, renaming and deleting roles.
class RolePage : public QWidget
{
    Q_OBJECT

public:
    RolePage(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    RoleListModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_message; }
    Id currentRole() const;
    void selectRole(Id roleId);
    // Where a role is used: global permissions, teams (folder: team) and members.
    QStringList usageOf(Id roleId) const;

    void addRole();
    void renameRole();
    void deleteRole();
    bool addMember(const QString& user);
    void removeMembers();

Q_SIGNALS:
    void folderRequested(Id folderId);

private:
    void refresh();
    void refreshUserNames();
    template <typename E> bool apply(const E& edit);

    EditRunner& m_runner;
    Prompts& m_prompts;
    RoleListModel* m_model;
    MessageBar* m_message;
    QListView* m_view;
    QPushButton* m_new;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QLabel* m_membersTitle;
    QLineEdit* m_addMember;
    QStringListModel* m_userNames;
    QListWidget* m_members;
    QPushButton* m_remove;
    QTextBrowser* m_abilities;
};

} // namespace warden
