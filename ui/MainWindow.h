#pragma once

#include "models/store/Store.h"

#include <QMainWindow>

class QTreeView;
class QLabel;

namespace warden {

class FolderTreeModel;

// The main window: the folder tree of the open store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTreeView* folderView() const { return m_folderView; }
    // Saves a picture of each screen into the folder; false if one cannot be written.
    bool saveScreenshots(const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void restoreLayout();
    void showFolderDetails();

    std::unique_ptr<Store> m_store;
    FolderTreeModel* m_folderModel = nullptr;
    QTreeView* m_folderView = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace warden
