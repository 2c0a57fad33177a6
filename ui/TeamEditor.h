#pragma once

#include "models/domain/Edit.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace warden {

class Store;

// Edits a team's name and members: users and roles picked with a completer that searches as you
// type, and how many users the team reaches.
class TeamEditor : public QDialog
{
    Q_OBJECT

public:
    TeamEditor(const Store& store, Id teamId, bool mayRename, bool mayEditMembers, QWidget* parent = nullptr);

    edit::UpdateTeam result() const;
    // Adds the user (username, email) or role ("role:NAME") named; false if there is none.
    bool addMember(const QString& text);
    QLineEdit* memberInput() const { return m_input; }
    QListWidget* memberList() const { return m_members; }
    QString reachText() const;

private:
    void addListed(bool isRole, Id id);
    void updateReach();

    const Store& m_store;
    Id m_team;
    QLineEdit* m_name;
    QLineEdit* m_input;
    QListWidget* m_members;
    QPushButton* m_remove;
    QLabel* m_reach;
    QLabel* m_problem;
    QHash<QString, QPair<bool, Id>> m_choices; // completer text -> (is role, id)
};

} // namespace warden
