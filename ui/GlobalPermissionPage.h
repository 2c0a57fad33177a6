#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace warden {

class ImpactLine;

class EditRunner;
class GlobalPermissionModel;
class MessageBar;
class Prompts;

// The Permissions area: every global permission with the roles assigned to it, filters by action
// and by role, the Login rule in words, Save and Reset.
class GlobalPermissionPage : public QWidget
{
    Q_OBJECT

public:
    GlobalPermissionPage(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    GlobalPermissionModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_message; }
    QString loginText() const;
    QString readOnlyReason() const;
    void save();
    void resetChanges();
    void addRole();
    // Shows the row of this permission, clearing filters that hide it.
    void selectPermission(const QString& key);

private:
    void refresh();
    void updateAddRole();

    EditRunner& m_runner;
    Prompts& m_prompts;
    GlobalPermissionModel* m_model;
    QSortFilterProxyModel* m_actionFilter;
    QSortFilterProxyModel* m_roleFilter;
    MessageBar* m_message;
    QLabel* m_readOnly;
    QLineEdit* m_actionEdit;
    QLineEdit* m_roleEdit;
    QTableView* m_view;
    QLabel* m_login;
    QLabel* m_loginWarning;
    QPushButton* m_addRole;
    QPushButton* m_save;
    QPushButton* m_reset;
    ImpactLine* m_impact;
};

} // namespace warden
