#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace warden {

class EditRunner;
class Prompts;

// The selected folder: where its teams and permissions come from, its inherit setting, and the
// teams of its security root.
class FolderDetails : public QWidget
{
    Q_OBJECT

public:
    FolderDetails(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    void showFolder(Id folderId);
    Id folder() const { return m_folder; }
    QCheckBox* inheritBox() const { return m_inherit; }

Q_SIGNALS:
    void jumpRequested(Id folderId);

private:
    void refresh();
    void toggleInherit(bool inherit);

    EditRunner& m_runner;
    Prompts& m_prompts;
    Id m_folder = 0;
    QLabel* m_title;
    QLabel* m_source;
    QPushButton* m_jump;
    QCheckBox* m_inherit;
    QLabel* m_teamsTitle;
    QTreeWidget* m_teams;
};

} // namespace warden
