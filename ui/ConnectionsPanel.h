#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace warden {

class ConnectionListModel;
class EditRunner;
class MessageBar;
class Prompts;

// The connections a scope sees (a folder, or the global ones), with New, Edit and Delete, and a jump
// to where an inherited one is defined.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPanel(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    void setScope(Id folderId);
    ConnectionListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MessageBar* messageBar() const { return m_message; }
    Id currentConnection() const;
    void selectConnection(Id connectionId);

    void addConnection();
    void editConnection();
    void deleteConnection();

Q_SIGNALS:
    void folderRequested(Id folderId);

private:
    void updateActions();

    EditRunner& m_runner;
    Prompts& m_prompts;
    ConnectionListModel* m_model;
    MessageBar* m_message;
    QLabel* m_keyNote;
    QTableView* m_view;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
};

} // namespace warden
