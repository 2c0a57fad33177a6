#pragma once

#include "ImpactView.h"

#include "models/io/BulkPlan.h"
#include "models/store/Store.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace warden {

class EditRunner;

// Bulk assignment: choose members (users picked, by role, or from a pasted or CSV list; roles),
// choose targets (teams on folders, roles, global permissions), add or remove, see what each user
// gains and loses, and apply it all as one transaction and one undo step.
class BulkWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        MembersPage,
        TargetsPage,
        PreviewPage,
    };

    BulkWizard(EditRunner& runner, const QList<Id>& preselectedUsers, QWidget* parent = nullptr);

    // Members
    QComboBox* byRoleBox() const { return m_byRole; }
    QPlainTextEdit* pasteBox() const { return m_paste; }
    void selectUsersWithRole();
    void addPastedUsers();
    void loadCsv(const QString& path);
    QList<Id> chosenUsers() const;
    QList<Id> chosenRoles() const;
    // Pasted or loaded entries that name no user.
    QStringList unknownEntries() const { return m_unknownEntries; }

    // Targets
    QListWidget* teamList() const { return m_teams; }
    BulkTargets chosenTargets() const;

    // Preview
    QTreeWidget* changeTree() const { return m_changes; }
    const QList<PlanRow>& plan() const { return m_plan; }
    // The outcome of the last preview; empty when it was refused.
    const std::optional<Store::Outcome>& preview() const { return m_preview; }

    // Plans of more rows than this show a progress dialog while they are written.
    static constexpr int progressThreshold = 2000;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* createMembersPage();
    QWizardPage* createTargetsPage();
    QWizardPage* createPreviewPage();
    void fillMembers(const QList<Id>& preselected);
    void fillTargets();
    void updateMemberCount();
    void computePreview();
    bool apply();
    void showApplied();
    QString summary() const;

    EditRunner& m_runner;
    const Store& m_store;

    QListWidget* m_users;
    QListWidget* m_roleMembers;
    QLineEdit* m_userFilter;
    QComboBox* m_byRole;
    QPlainTextEdit* m_paste;
    QLabel* m_unknown;
    QLabel* m_memberCount;
    QStringList m_unknownEntries;

    QRadioButton* m_add;
    QRadioButton* m_remove;
    QListWidget* m_teams;
    QListWidget* m_roleTargets;
    QListWidget* m_globals;
    QLineEdit* m_teamFilter;
    QLabel* m_targetNote;

    QLabel* m_totals;
    QLabel* m_broken;
    QLineEdit* m_reason;
    QListWidget* m_warnings;
    ImpactView* m_changes;
    QList<PlanRow> m_plan;
    std::optional<Store::Outcome> m_preview;
    QString m_refusal;
    bool m_applied = false;
};

} // namespace warden
