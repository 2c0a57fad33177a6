#pragma once

#include "models/domain/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QRadioButton;
class QTreeView;

namespace warden {

class FolderFilterModel;
class FolderTreeModel;
class Store;

// Asks where a folder should go: under another folder (not itself or one of its subfolders) or to
// the top level.
class MoveFolderDialog : public QDialog
{
    Q_OBJECT

public:
    MoveFolderDialog(const Store& store, Id folderId, QWidget* parent = nullptr);
    Id destination() const; // 0: the top level

private:
    void updateButtons();

    const Store& m_store;
    Id m_folder;
    FolderTreeModel* m_model;
    FolderFilterModel* m_filter;
    QTreeView* m_view;
    QRadioButton* m_topLevel;
    QRadioButton* m_underFolder;
    QDialogButtonBox* m_buttons;
};

} // namespace warden
