#pragma once

#include "AccessQuery.h"

#include "models/domain/Edit.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace warden {

// What people may do, each by what it needs (DESIGN.md, Operator and enforcement). Admin always
// suffices. The table of what each needs is in Rights.cpp and nowhere else.
enum class Operation
{
    CreateTopLevel, // add a folder at the top level, or move one there
    EditFolder, // add a subfolder (asked on the parent), rename, move or delete a folder
    SecureFolder, // turn inheritance on or off; add, rename or delete a team
    EditTeams, // team members and team permissions
    ManageMembers, // users, invitations, role membership
    EditSecurity, // roles, global permission assignments
    Administer, // global connections, connection types and their availability, links of logins
    ConfigureFolder, // the folder's connections
    ReadLog, // the audit log
    ReplaceContent, // import --replace over a directory that is not empty
    GuardAccess, // add or delete an expectation, or let an edit break one
};

// The rights of one operator on the directory as it is: the one place the rules of who may do
// what are checked, by the editor, by undo and redo, by the store and by the screens.
class Rights
{
    Q_DECLARE_TR_FUNCTIONS(Rights)

public:
    Rights(const Directory& directory, const Catalog& catalog, Id operatorId = 0);

    Id operatorId() const { return m_operator; }
    void setOperator(Id operatorId);
    bool isActive() const;
    bool isAdmin() const;

    bool may(Operation operation, Id folderId = 0) const;
    // A refusal names the operator, the permission and the folder.
    Status require(Operation operation, Id folderId = 0) const;
    // What the operation needs, in words: "folder#edit on folder 'Apps'", "Admin".
    QString needed(Operation operation, Id folderId = 0) const;

    // What the table asks of this edit, on the directory before it. Rows an edit names that do not
    // exist are passed over: the edit reports them.
    Status check(const Edit& edit) const;
    // Whether these changes may be put back (undo, redo): the rights each row needs, checked on the
    // directory as it is, as if the edit were made again.
    Status checkRestore(const std::vector<Change>& changes) const;

    AccessLevel level(Id connectionId) const;
    bool mayReach(const Connection& connection, AccessLevel level) const;
    Status requireLevel(const Connection& connection, AccessLevel level) const;
    // Global connections are the administrators'; a folder's need what ConfigureFolder needs there.
    Status requireConnectionScope(Id folderId) const;

    // What the operator holds, at the moment it is taken: the measure of what they may grant.
    struct Holdings
    {
        bool admin = false;
        PermissionSet global;
        QHash<Id, PermissionSet> byRoot; // folder permissions held on each security root
    };
    Holdings holdings() const;
    // From now on, judge by what is held now: an edit of several steps is not judged by what an
    // earlier step changed. Until thaw().
    void freeze();
    void thaw() { m_frozen.reset(); }

    // Nobody grants more than they hold: the row changes from `from` on, judged by what the
    // operator held before them. Security owners (SecureFolder on the team's folder, EditSecurity)
    // may grant anything in their scope; removing is never an escalation. changeIndex: the change
    // refused.
    Status checkGrants(const std::vector<Change>& changes, std::size_t from, const Holdings& held,
                       std::size_t* changeIndex = nullptr) const;
    // What the operator may grant on a folder: everything for its security owners, else what they hold.
    PermissionSet grantable(Id folderId) const;
    // For screens that grey out what the rule refuses, with what is held worked out once: the roles
    // the operator may not give (each with why), and the first of the users they may not activate,
    // disable (or, remove: delete). Users already of that status are passed over.
    QHash<Id, QString> rolesNotAssignable(const QList<Id>& roleIds) const;
    Status mayChangeStatusOf(const QList<Id>& userIds, UserStatus status, bool remove = false) const;

    QString describeConnection(const Connection& connection) const;

private:
    struct Need;
    struct EditCheck;
    static const Need& needOf(Operation operation);
    bool holds(const Need& need, Id folderId) const;
    QString operatorName() const;
    Status requireNewParent(Id parentId) const;
    Status requireTeam(Operation operation, Id teamId) const;
    Status requireConnection(Id connectionId, AccessLevel level) const;
    Status checkRow(const Change& change) const;
    Status checkTeamGrants(const Team* before, const Team& after, const Holdings& held) const;
    Status checkUserGrants(const User* before, const User* after, const Holdings& held) const;
    PermissionSet globalsOfRoles(const IdSet& roles) const;
    QString memberName(bool isRole, Id id) const;

    const Directory& m_directory;
    const Catalog& m_catalog;
    AccessQuery m_access;
    Id m_operator = 0;
    std::optional<Holdings> m_frozen;
};

} // namespace warden
