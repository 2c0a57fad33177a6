#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace warden {

class ImpactLine;

class EditRunner;
class MessageBar;
class Prompts;
class TeamPermissionModel;

// The selected folder: where its teams and permissions come from, its inherit setting, and the
// permission matrix of its security root (read-only when inherited).
class FolderDetails : public QWidget
{
    Q_OBJECT

public:
    FolderDetails(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    void showFolder(Id folderId);
    // Makes the team's row current in the matrix, when the team is on the folder's security root.
    // Selects the team's row, and the permission's column when one is given.
    void selectTeam(Id teamId, int permission = -1);
    Id folder() const { return m_folder; }
    TeamPermissionModel* matrixModel() const { return m_model; }
    MessageBar* messageBar() const { return m_message; }

    void save();
    // Before another folder is shown: pending matrix changes that it would drop are saved or
    // discarded as the operator says; false when they stay (cancelled, or saving failed).
    bool settlePendingFor(Id folderId);
    // Whether showing that folder would drop pending changes.
    bool needsSettling(Id folderId) const;
    // Before the window closes: the same for any pending changes.
    bool settlePending();
    void resetChanges();
    void addTeam();
    void renameTeam();
    void editTeam();
    void deleteTeam();

Q_SIGNALS:
    void jumpRequested(Id folderId);

private:
    void refresh();
    void updateButtons();
    void updateImpact();
    void toggleInherit(bool inherit);
    Id currentTeam() const;
    bool mayEditTeams() const;
    static QString legendText();

    EditRunner& m_runner;
    Prompts& m_prompts;
    Id m_folder = 0;
    Id m_keptTeam = 0;
    int m_keptColumn = 0;
    QLabel* m_title;
    QLabel* m_source;
    QPushButton* m_jump;
    QCheckBox* m_inherit;
    MessageBar* m_message;
    QLabel* m_teamsTitle;
    QPushButton* m_newTeam;
    QPushButton* m_renameTeam;
    QPushButton* m_editTeam;
    QPushButton* m_deleteTeam;
    QPushButton* m_reset;
    QPushButton* m_save;
    ImpactLine* m_impact;
    QTableView* m_matrix;
    TeamPermissionModel* m_model;
    QLabel* m_legend;
};

} // namespace warden
