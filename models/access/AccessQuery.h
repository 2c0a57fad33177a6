#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"

#include <QList>

namespace warden {

// One step of an explanation: a team on a security root and how the user reaches it.
struct Reason
{
    enum class Kind
    {
        Team, // a team that grants (or, when not granted, would grant) the permission
        Admin, // the user holds Admin through a role
        Status, // the user is not active
    };
    Kind kind = Kind::Team;
    Id teamId = 0;
    Id folderId = 0; // where the team is defined
    bool member = false; // the user is in the team
    Id roleId = 0; // the role through which the user is in the team (0: directly)
    int held = -1; // the permission of the team that implies the asked one
    UserStatus status = UserStatus::Active;
};

struct Explanation
{
    bool granted = false;
    QList<Reason> reasons;
};

struct FolderPermissions
{
    Id folderId = 0;
    Id rootId = 0;
    PermissionSet permissions;
};

// A template that uses a connection it may not: one outside what its folder sees (a folder
// connection of another branch, say after a move), or one whose allowed templates leave it out.
struct ConnectionProblem
{
    enum class Kind
    {
        NotAllowed,
        OutOfScope,
    };
    Id templateId = 0;
    Id connectionId = 0;
    Kind kind = Kind::NotAllowed;
};

// Answers access questions from the directory in memory: effective permissions, explanations,
// who-has. Reads only; it is current whenever the directory is.
class AccessQuery
{
public:
    AccessQuery(const Directory& directory, const Catalog& catalog) : m_directory(directory), m_catalog(catalog) { }

    const Catalog& catalog() const { return m_catalog; }
    const Directory& directory() const { return m_directory; }
    bool isActive(Id userId) const;
    bool isAdmin(Id userId) const;
    // Every active user who holds Admin.
    QList<Id> activeAdmins() const;
    // Global permissions of an active user (empty for others unless asIfActive).
    PermissionSet globalPermissions(Id userId, bool asIfActive = false) const;
    bool holdsGlobal(Id userId, int globalIndex) const;

    // The folder permissions of the user on one folder, implications included.
    PermissionSet folderPermissions(Id userId, Id folderId, bool asIfActive = false) const;
    // Every folder in tree order with the user's permissions there.
    QList<FolderPermissions> effective(Id userId, bool asIfActive = false) const;

    // The user's permissions per security root where they hold any (implications included): the
    // compact form of effective(), for comparing two states.
    QHash<Id, PermissionSet> heldByRoot(Id userId, bool asIfActive = false) const;
    // The same before implications: what the user's teams grant outright on each security root.
    QHash<Id, PermissionSet> grantedByRoot(Id userId, bool asIfActive = false) const;

    Explanation explain(Id userId, Id folderId, int permission) const;
    // Adds the active ones among the users and the members of the roles (sets of ids of any kind).
    template <typename Users, typename Roles>
    void addActiveMembers(const Users& users, const Roles& roles, QSet<Id>& into) const
    {
        for (Id userId : users) {
            if (isActive(userId))
                into.insert(userId);
        }
        for (Id roleId : roles) {
            for (Id userId : m_directory.usersOfRole(roleId)) {
                if (isActive(userId))
                    into.insert(userId);
            }
        }
    }
    // Active users holding the permission on the folder, sorted by username.
    QList<Id> whoHas(Id folderId, int permission) const;

    // A user's level on a connection: their own entry; else the highest entry of their roles and
    // teams; else the default. Admins get Manage, or Delete-only where they resolve to Deny or
    // Delete-only. Users who are not active get Deny, unless asIfActive (what they would get).
    AccessLevel connectionLevel(Id userId, Id connectionId, bool asIfActive = false) const;
    QList<ConnectionProblem> connectionProblems() const;

    // The roles through which a user is in a team; 0 in the list stands for "directly".
    QList<Id> membershipsIn(Id userId, const Team& team) const;

private:
    bool hasAdminRole(const User& user) const;
    PermissionSet teamGrants(Id userId, Id rootId) const;
    QSet<Id> teamsReaching(Id userId) const;

    const Directory& m_directory;
    const Catalog& m_catalog;
};

} // namespace warden
