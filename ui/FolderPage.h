#pragma once

#include "Prompts.h"

#include "models/domain/Entities.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSplitter;
class QTreeView;

class QTabWidget;

namespace warden {

class EditRunner;
class ConnectionsPanel;
class FolderDetails;
class FolderFilterModel;
class FolderTreeModel;
class MessageBar;

// The Folders area: the folder tree with its filter, and the selected folder's details.
class FolderPage : public QWidget
{
    Q_OBJECT

public:
    FolderPage(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    QList<QAction*> editActions() const;
    QTreeView* view() const { return m_view; }
    FolderTreeModel* model() const { return m_model; }
    FolderDetails* details() const { return m_details; }
    ConnectionsPanel* connections() const { return m_connections; }
    QTabWidget* detailTabs() const { return m_tabs; }
    MessageBar* messageBar() const { return m_message; }
    QSplitter* splitter() const { return m_splitter; }

    Id currentFolder() const;
    // The current folder if it is also selected, as the person sees it; else 0. Actions act on it.
    Id selectedFolder() const;
    void selectFolder(Id folderId);

    void newFolder(bool topLevel);
    void renameCurrent();
    void deleteCurrent();
    void moveCurrent();
    void moveFolder(Id folderId, Id newParentId);
    void renameFolder(Id folderId, const QString& name);

Q_SIGNALS:
    // The page needs to be shown (a window-wide shortcut of it was used from another area).

private:
    // Where a folder's teams come from before and after a move, in words; empty when the same.
    QString rootChange(Id folderId, Id newParentId) const;
    void highlightCurrentRoot();
    void showCurrent();
    void settleAndShow();
    void createActions();
    void updateActions();
    void showRefusal(const QString& message, Id folderId);

    EditRunner& m_runner;
    Prompts& m_prompts;
    FolderTreeModel* m_model;
    FolderFilterModel* m_filter;
    MessageBar* m_message;
    QLineEdit* m_filterEdit;
    QTreeView* m_view;
    FolderDetails* m_details;
    ConnectionsPanel* m_connections;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    QAction* m_newAction = nullptr;
    QAction* m_newTopAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_moveAction = nullptr;
    bool m_settling = false; // pending matrix changes wait for the operator's answer
};

} // namespace warden
