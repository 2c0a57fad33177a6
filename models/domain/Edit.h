#pragma once

#include "Entities.h"

#include <QStringList>

#include <variant>

namespace warden {

// Edits: small values describing one change an operator asks for. Names are resolved to ids by the
// caller; the editor checks rights and rules and applies them.
namespace edit {

struct AddFolder
{
    Id parentId = 0;
    QString name;
};
struct RenameFolder
{
    Id folderId = 0;
    QString name;
};
struct MoveFolder
{
    Id folderId = 0;
    Id newParentId = 0;
};
struct DeleteFolder
{
    Id folderId = 0;
};
enum class InheritChoice
{
    CopyTeams,
    SystemTeamsOnly
};
struct SetInherit
{
    Id folderId = 0;
    bool inherit = true;
    InheritChoice choice = InheritChoice::CopyTeams;
};

struct AddTeam
{
    Id folderId = 0;
    QString name;
};
struct RenameTeam
{
    Id teamId = 0;
    QString name;
};
struct DeleteTeam
{
    Id teamId = 0;
};
// Whether a member is added to a team or removed from it.
enum class Membership
{
    Add,
    Remove
};
// Whether a role is given to a user (a global permission to a role), or taken away.
enum class Assignment
{
    Assign,
    Unassign
};

// A member is a user or a role: exactly one id is set.
struct TeamMember
{
    Id teamId = 0;
    Id userId = 0;
    Id roleId = 0;
    Membership membership = Membership::Add;
};
struct TeamPermissions
{
    Id teamId = 0;
    PermissionSet grant;
    PermissionSet revoke;
};
// A team's name and members set at once, as the team editor saves them.
struct UpdateTeam
{
    Id teamId = 0;
    QString name;
    QSet<Id> users;
    QSet<Id> roles;
};
// The permissions of several teams set at once, as the matrix saves them: one transaction.
struct TeamPermissionSets
{
    QList<QPair<Id, PermissionSet>> teams;
};

struct AddUser
{
    QString username;
    QString email;
    QString fullName;
};
struct InviteUser
{
    QString email;
    Id roleId = 0;
};
struct SetUserStatus
{
    Id userId = 0;
    UserStatus status = UserStatus::Active;
};
struct DeleteUser
{
    Id userId = 0;
};
struct DeleteUsers
{
    QList<Id> users;
};
struct UpdateUser
{
    Id userId = 0;
    QString fullName;
    QString email;
};
// Several users activated or disabled at once: all or nothing.
struct SetUserStatuses
{
    QList<Id> users;
    UserStatus status = UserStatus::Active;
};

struct AddRole
{
    QString name;
};
struct RenameRole
{
    Id roleId = 0;
    QString name;
};
struct DeleteRole
{
    Id roleId = 0;
};
struct RoleMember
{
    Id roleId = 0;
    Id userId = 0;
    Assignment assignment = Assignment::Assign;
};
struct GlobalGrant
{
    QString key;
    Id roleId = 0;
    Assignment assignment = Assignment::Assign;
};
// The roles of several global permissions set at once, as the Permissions screen saves them.
struct GlobalAssignments
{
    QList<QPair<QString, QSet<Id>>> permissions;
};

// Connections. Secrets are what the operator typed; the store seals them before the editor sees
// them. A secret mapped to an empty value is cleared, one not named is kept.
// id: chosen by the caller so that later edits of one plan can name the new connection; 0: a new one.
struct AddConnection
{
    Id folderId = 0;
    QString type;
    QString title;
    QJsonObject properties;
    QHash<QString, QString> secrets;
    Id id = 0;
};
struct UpdateConnection
{
    Id connectionId = 0;
    QString title;
    QJsonObject properties;
    QHash<QString, QString> secrets;
};
struct DeleteConnection
{
    Id connectionId = 0;
};
struct SetConnectionAccess
{
    Id connectionId = 0;
    AccessLevel defaultLevel = AccessLevel::Use;
    QList<AccessEntry> access;
};
struct SetAllowedTemplates
{
    Id connectionId = 0;
    bool all = true;
    QSet<Id> templates;
};
// The one-click fix of a problem: lets one template use the connection.
struct AllowTemplate
{
    Id connectionId = 0;
    Id templateId = 0;
};
enum class Availability
{
    Release,
    Unrelease,
    Grant,
    Revoke
};
struct SetTypeAvailability
{
    QString type;
    Availability action = Availability::Release;
    Id folderId = 0;
};

// An expectation as the operator wrote it; its id is given by the editor (or, non-zero, by the caller).
struct AddExpectation
{
    Expectation expectation;
};
struct DeleteExpectation
{
    Id expectationId = 0;
};

} // namespace edit

using Edit
    = std::variant<edit::AddFolder, edit::RenameFolder, edit::MoveFolder, edit::DeleteFolder, edit::SetInherit,
                   edit::AddTeam, edit::RenameTeam, edit::DeleteTeam, edit::TeamMember, edit::TeamPermissions,
                   edit::TeamPermissionSets, edit::UpdateTeam, edit::AddUser, edit::InviteUser, edit::SetUserStatus,
                   edit::DeleteUser, edit::DeleteUsers, edit::UpdateUser, edit::SetUserStatuses, edit::AddRole,
                   edit::RenameRole, edit::DeleteRole, edit::RoleMember, edit::GlobalGrant, edit::GlobalAssignments,
                   edit::AddConnection, edit::UpdateConnection, edit::DeleteConnection, edit::SetConnectionAccess,
                   edit::SetAllowedTemplates, edit::AllowTemplate, edit::SetTypeAvailability, edit::AddExpectation,
                   edit::DeleteExpectation>;

} // namespace warden
