#pragma once

#include "Entities.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace warden {

// The whole directory in memory: folders, teams, users, roles and global assignments, with the
// reverse indexes that access questions need. Every write is journaled so that an edit can be
// persisted as a list of row changes, or rolled back when it is refused or fails.
class Directory
{
public:
    // Reading
    const QHash<Id, Folder>& folders() const { return m_folders; }
    const Folder* folder(Id id) const;
    const QList<Id>& children(Id parentId) const;
    QList<Id> sortedChildren(Id parentId) const;
    Id childNamed(Id parentId, const QString& name) const;
    Id securityRoot(Id folderId) const;
    QString path(Id folderId) const;
    Id folderByPath(const QString& path) const;
    bool isWithin(Id folderId, Id ancestorId) const; // the folder itself or below it
    QList<Id> subtree(Id folderId) const; // parents before children
    // Every folder, parents before children, siblings by name; computed once after folders change.
    struct Tree
    {
        QList<Id> order;
        std::vector<int> parentAt; // position of each folder's parent in order, -1 at the top level
        std::vector<bool> inheritAt;
        QHash<Id, int> positionOf;
    };
    const Tree& tree() const;
    const QList<Id>& treeOrder() const { return tree().order; }

    const QHash<Id, Team>& teams() const { return m_teams; }
    const Team* team(Id id) const;
    const QList<Id>& teamsOn(Id folderId) const;
    const Team* teamNamed(Id folderId, const QString& name) const;

    const QHash<Id, User>& users() const { return m_users; }
    const User* user(Id id) const;
    // A username or an email address, case-insensitive.
    const User* userNamed(const QString& nameOrEmail) const;

    const QHash<Id, Role>& roles() const { return m_roles; }
    const Role* role(Id id) const;
    const Role* roleNamed(const QString& name) const;

    const QHash<QString, GlobalAssignment>& globals() const { return m_globals; }
    GlobalAssignment global(const QString& key) const;

    const QHash<QString, ConnectionType>& connectionTypes() const { return m_types; }
    const ConnectionType* connectionType(const QString& name) const;
    const QHash<Id, Connection>& connections() const { return m_connections; }
    const Connection* connection(Id id) const;
    // The connections defined on a folder (0: the global ones).
    const QList<Id>& connectionsOn(Id folderId) const;
    const Connection* connectionNamed(Id folderId, const QString& title) const;
    // What a folder sees, whatever its inherit flag: its own connections, its ancestors' (nearest
    // first), then the global ones. 0 sees the global ones only.
    QList<Id> visibleConnections(Id folderId) const;
    // The visible connection with this title, nearest first.
    const Connection* visibleConnectionNamed(Id folderId, const QString& title) const;
    const QHash<Id, Template>& templates() const { return m_templates; }
    const Template* releaseTemplate(Id id) const;
    const QList<Id>& templatesOn(Id folderId) const;
    const Template* templateNamed(Id folderId, const QString& name) const;

    const QHash<Id, Expectation>& expectations() const { return m_expectations; }
    const Expectation* expectation(Id id) const;
    const Expectation* expectationNamed(const QString& name) const; // case-insensitive

    // The teams a user is in, directly or through a role. The first question is answered by a look
    // at every team (a one-off question, as wardenctl asks, needs no index); the reverse indexes are
    // built when a second one comes.
    QSet<Id> teamsReaching(Id userId) const;
    const QSet<Id>& teamsOfUser(Id userId) const;
    const QSet<Id>& teamsOfRole(Id roleId) const;
    const QSet<Id>& usersOfRole(Id roleId) const;

    bool isEmpty() const { return m_folders.isEmpty() && m_users.isEmpty() && m_roles.isEmpty(); }

    // Writing (journaled): put inserts or replaces by id and bumps the row version.
    void put(Row row);
    void removeFolder(Id id);
    void removeTeam(Id id);
    void removeUser(Id id);
    void removeRole(Id id);
    // The row with the same id (or key) as the one given, as it is now.
    std::optional<Row> current(const Row& like) const;
    void remove(std::optional<Row> row);
    static Id newId();

    // Loading a stored row as it is, or dropping one, without journal or version bump.
    void load(const Row& row);
    void unload(const Row& row);
    // Loading many stored rows into an empty directory: room made first, then each row, which must
    // be new (no row with its id or key yet).
    void reserve(qsizetype folders, qsizetype teams, qsizetype users, qsizetype roles, qsizetype foldersWithTeams = 0);
    void loadNew(Row row);
    // New teams, all on one folder, in the order they take there; taken out of the vector.
    void loadNewTeams(std::vector<Team>& onOneFolder);
    // The teams of a directory that holds nothing else, into this one, which has none yet.
    void takeTeams(Directory&& teamsOnly);
    // The tree order tree() would work out, from a source that kept it. Refused (false, nothing set)
    // unless it holds every folder once, each after its parent.
    bool adoptTreeOrder(const QList<Id>& order);

    // The journal of writes since the last clearJournal().
    std::size_t journalSize() const { return m_journal.size(); }
    const std::vector<Change>& journal() const { return m_journal; }
    std::vector<Change> takeJournal();
    void rollbackTo(std::size_t mark);
    // Puts back changes that rollbackTo took back (as the journal held them), journaled again.
    void redo(const std::vector<Change>& changes);

private:
    void insertRow(Row row);
    void addTeam(Team&& team);
    void eraseRow(const Row& row);
    // Who is in which team and role, the other way round: each built when first asked, then kept.
    using Reverse = std::optional<QHash<Id, QSet<Id>>>;
    const QHash<Id, QSet<Id>>& teamsByMember(bool roles) const;
    const QHash<Id, QSet<Id>>& usersByRole() const;

    QHash<Id, Folder> m_folders;
    QHash<Id, QList<Id>> m_children;
    QHash<Id, Team> m_teams;
    QHash<Id, QList<Id>> m_teamsOn;
    QHash<Id, User> m_users;
    QHash<QString, Id> m_userByKey;
    QHash<QString, Id> m_userByEmail;
    QHash<Id, Role> m_roles;
    QHash<QString, Id> m_roleByKey;
    QHash<QString, GlobalAssignment> m_globals;
    QHash<QString, ConnectionType> m_types;
    QHash<Id, Connection> m_connections;
    QHash<Id, QList<Id>> m_connectionsOn;
    QHash<Id, Template> m_templates;
    QHash<Id, QList<Id>> m_templatesOn;
    QHash<Id, Expectation> m_expectations;
    QHash<QString, Id> m_expectationByKey;
    mutable Reverse m_teamsOfUser;
    mutable Reverse m_teamsOfRole;
    mutable Reverse m_usersOfRole;
    mutable bool m_askedForTeams = false;
    std::vector<Change> m_journal;
    mutable std::optional<Tree> m_tree;
};

Id rowId(const Row& row);
int rowVersion(const Row& row);

} // namespace warden
