#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace warden {

class ConnectionsPanel;
class EditRunner;
class MessageBar;
class Prompts;

// The Connections area: the global connections; the connection types with where each is
// available (release, unrelease, grant, revoke); and the problems, templates that use a connection
// they are not allowed to, each with a one-click Allow.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    MessageBar* messageBar() const { return m_message; }

    QString currentType() const;
    void selectType(const QString& name);
    void release();
    void unrelease();
    void grant();
    void revoke();
    // Allows the template of the selected problem to use its connection.
    void allowSelected();

Q_SIGNALS:
    void folderRequested(Id folderId);

private:
    void refresh();
    void updateButtons();
    void setAvailability(const QString& type, int action, Id folderId);

    EditRunner& m_runner;
    Prompts& m_prompts;
    MessageBar* m_message;
    QTabWidget* m_tabs;
    ConnectionsPanel* m_global;
    QTreeWidget* m_types;
    QTreeWidget* m_problems;
    QPushButton* m_release;
    QPushButton* m_unrelease;
    QPushButton* m_grant;
    QPushButton* m_revoke;
    QPushButton* m_allow;
    QLabel* m_problemNote;
};

} // namespace warden
