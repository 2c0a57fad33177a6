#pragma once

#include "models/domain/Edit.h"
#include "models/domain/Result.h"
#include "models/items/PendingChanges.h"

#include "ImpactLine.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace warden {

class Prompts;
class Store;

// Edits a team's name and members: users and roles picked with a completer that searches as you
// type, and how many users the team reaches. Members added and removed here are changes on top of
// what the store holds: what others change meanwhile shows in the list, and OK asks about members
// that others changed the other way since.
class TeamEditor : public QDialog
{
    Q_OBJECT

public:
    TeamEditor(const Store& store, Id teamId, bool mayRename, bool mayEditMembers, QWidget* parent = nullptr,
               Prompts* prompts = nullptr);
    // A line above OK says what saving the members would change in everyone's access.
    void showImpact(const ImpactLine::ImpactOf& impactOf);
    ImpactLine* impactLine() const { return m_impact; }
    void accept() override;

    edit::UpdateTeam result() const;
    // Tried on Save: a refusal is shown in the editor, which stays open with the changes.
    void setAttempt(std::function<Status(const edit::UpdateTeam&)> attempt) { m_attempt = std::move(attempt); }
    // Adds the user (username, email) or role ("role:NAME") named; false if there is none.
    bool addMember(const QString& text);
    QString reachText() const;

    bool hasConflicts() const { return !m_pending.conflicts().isEmpty(); }

private:
    void addListed(bool isRole, Id id);
    void updateReach();
    void updateImpact();
    PendingChanges::Cell cellOf(bool isRole, Id id) const;
    void setMember(bool isRole, Id id, bool member);
    void storeChanged();
    QPair<bool, Id> memberIn(const PendingChanges::Cell& cell) const;
    void listMembers();

    const Store& m_store;
    Prompts* m_prompts;
    Id m_team;
    QLineEdit* m_name;
    QLineEdit* m_input;
    QListWidget* m_members;
    QPushButton* m_remove;
    QLabel* m_reach;
    ImpactLine* m_impact = nullptr;
    QLabel* m_problem;
    std::function<Status(const edit::UpdateTeam&)> m_attempt;
    QHash<QString, QPair<bool, Id>> m_choices; // completer text -> (is role, id)
    PendingChanges m_pending;
};

} // namespace warden
