#pragma once

#include "AccessQuery.h"
#include "Rights.h"

#include "models/domain/Edit.h"

#include <QCoreApplication>

namespace warden {

struct Applied
{
    Applied() = default;
    Applied(const QString& summary, Id createdId = 0) : summary(summary), createdId(createdId) { }

    QString summary; // one line for the audit log, e.g. "Rename folder Apps/Web to Website"
    Id createdId = 0; // the new folder, team, user or role, if any
    std::vector<Change> changes; // the rows it changed, filled in by the store once written
    // A revert to a moment, and its undo: judged as a whole, like an import (Admin), not row by row.
    bool wholeDirectory = false;
};

// Applies edits to the directory in memory after checking the operator's rights and every rule of
// the domain. A refused edit leaves the directory exactly as it was; an applied one leaves its row
// changes in the directory's journal for the store to persist.
class EditApplier
{
    Q_DECLARE_TR_FUNCTIONS(EditApplier)

public:
    EditApplier(Directory& directory, const Catalog& catalog);

    Result<Applied> apply(const Edit& edit, Id operatorId);
    // Several edits as one: all applied, or none (failedAt: the index of the one refused).
    Result<Applied> applyAll(const QList<Edit>& edits, Id operatorId, const QString& summary, int* failedAt);
    // Adds the three system teams with their default permissions to a security root.
    void addSystemTeams(Id folderId, const QSet<Id>& ownerUsers = {});

private:
    Status startAs(Id operatorId);
    // The edit's rights, then the edit.
    Result<Applied> dispatch(const Edit& edit);

    Result<Applied> run(const edit::AddFolder& e);
    Result<Applied> run(const edit::RenameFolder& e);
    Result<Applied> run(const edit::MoveFolder& e);
    Result<Applied> run(const edit::DeleteFolder& e);
    Result<Applied> run(const edit::SetInherit& e);
    Result<Applied> run(const edit::AddTeam& e);
    Result<Applied> run(const edit::RenameTeam& e);
    Result<Applied> run(const edit::DeleteTeam& e);
    Result<Applied> run(const edit::TeamMember& e);
    Result<Applied> run(const edit::TeamPermissions& e);
    Result<Applied> run(const edit::TeamPermissionSets& e);
    Result<Applied> run(const edit::UpdateTeam& e);
    Result<Applied> run(const edit::AddUser& e);
    Result<Applied> run(const edit::InviteUser& e);
    Result<Applied> run(const edit::SetUserStatus& e);
    Result<Applied> run(const edit::DeleteUser& e);
    Result<Applied> run(const edit::UpdateUser& e);
    Result<Applied> run(const edit::DeleteUsers& e);
    Result<Applied> run(const edit::SetUserStatuses& e);
    Result<Applied> run(const edit::AddRole& e);
    Result<Applied> run(const edit::RenameRole& e);
    Result<Applied> run(const edit::DeleteRole& e);
    Result<Applied> run(const edit::RoleMember& e);
    Result<Applied> run(const edit::GlobalGrant& e);
    Result<Applied> run(const edit::GlobalAssignments& e);
    Result<Applied> run(const edit::AddConnection& e);
    Result<Applied> run(const edit::UpdateConnection& e);
    Result<Applied> run(const edit::DeleteConnection& e);
    Result<Applied> run(const edit::SetConnectionAccess& e);
    Result<Applied> run(const edit::SetAllowedTemplates& e);
    Result<Applied> run(const edit::AllowTemplate& e);
    Result<Applied> run(const edit::SetTypeAvailability& e);
    Result<Applied> run(const edit::AddExpectation& e);
    Result<Applied> run(const edit::DeleteExpectation& e);

    Status checkConnectionTitle(Id folderId, const QString& title, Id except) const;
    Status checkAccessEntries(const QList<AccessEntry>& entries) const;
    // Access entries that name a principal about to go are dropped with it.
    void forgetPrincipal(AccessEntry::Kind kind, Id principal);
    void deleteConnectionsAndTemplatesOn(Id folderId);

    // Checks a membership edit and applies it to a copy of its team; returns the member's name.
    Result<QString> changeMembership(const edit::TeamMember& e, Team& changed) const;
    // A run of membership edits: each checked in order, then one change per team.
    Status applyMemberships(const QList<Edit>& edits, int from, int to, int* failedAt);
    Result<Applied> setStatus(Id userId, UserStatus status);
    Result<Applied> deleteUser(Id userId);
    Status checkSiblingName(Id parentId, const QString& name, Id except) const;
    Status checkTeamLookalike(Id folderId, const QString& name, Id except) const;
    Status checkRoleLookalike(const QString& name, Id except) const;
    Status checkUserUnique(const QString& username, const QString& email) const;
    // The row with that id, or an invalid-input error naming its kind.
    template <class T> Result<const T*> existing(Id id) const;
    void addSystemTeam(const SystemTeamInfo& info, Id folderId, const QSet<Id>& users);
    void copyTeams(Id fromRootId, Id toFolderId);
    void deleteTeamsOn(Id folderId);
    static int planRowOf(const QList<Edit>& edits, const Change& change);

    Directory& m_directory;
    const Catalog& m_catalog;
    AccessQuery m_access;
    Rights m_rights;
};

template <class T> Result<const T*> EditApplier::existing(Id id) const
{
    const T* row = nullptr;
    QString missing;
    if constexpr (std::is_same_v<T, Folder>) {
        row = m_directory.folder(id);
        missing = tr("the folder does not exist");
    } else if constexpr (std::is_same_v<T, Team>) {
        row = m_directory.team(id);
        missing = tr("the team does not exist");
    } else if constexpr (std::is_same_v<T, User>) {
        row = m_directory.user(id);
        missing = tr("the user does not exist");
    } else if constexpr (std::is_same_v<T, Role>) {
        row = m_directory.role(id);
        missing = tr("the role does not exist");
    } else {
        static_assert(std::is_same_v<T, Connection>, "a row kept by id");
        row = m_directory.connection(id);
        missing = tr("the connection does not exist");
    }
    if (row)
        return row;
    return invalid(missing);
}

} // namespace warden
