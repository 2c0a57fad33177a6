#include "Impact.h"

#include <algorithm>
#include <limits>

namespace warden {

bool UserImpact::losesAnything() const
{
    if (!globalLost.isEmpty())
        return true;
    for (const RegionChange& change : regions) {
        if (!change.lost.isEmpty())
            return true;
    }
    return std::any_of(connections.cbegin(), connections.cend(),
                       [](const ConnectionChange& c) { return c.to < c.from; });
}

bool Impact::losesAnything() const
{
    return std::any_of(users.cbegin(), users.cend(), [](const UserImpact& u) { return u.losesAnything(); });
}

QString Impact::path(Id folderId, const Directory& directory) const
{
    const auto it = m_paths.constFind(folderId);
    return it != m_paths.cend() ? it.value() : directory.path(folderId);
}

QList<Impact::FolderChange> Impact::foldersOf(const UserImpact& user) const
{
    QList<std::pair<qsizetype, FolderChange>> placed;
    for (const RegionChange& change : user.regions) {
        const Region& region = regions.at(change.region);
        for (qsizetype i = 0; i < region.folders.size(); ++i)
            placed.append({region.order.at(i), FolderChange{region.folders.at(i), &change}});
    }
    std::sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<FolderChange> folders;
    folders.reserve(placed.size());
    for (const auto& [order, folder] : std::as_const(placed))
        folders.append(folder);
    return folders;
}

Impact::Totals Impact::totals() const
{
    Totals t;
    t.users = int(users.size());
    for (const UserImpact& user : users) {
        bool gains = !user.globalGained.isEmpty();
        bool loses = !user.globalLost.isEmpty();
        t.gained += user.globalGained.count();
        t.lost += user.globalLost.count();
        for (const RegionChange& change : user.regions) {
            const qsizetype folders = regions.at(change.region).folders.size();
            t.folderChanges += folders;
            t.gained += folders * change.gained.count();
            t.lost += folders * change.lost.count();
            gains = gains || !change.gained.isEmpty();
            loses = loses || !change.lost.isEmpty();
        }
        for (const ConnectionChange& c : user.connections) {
            ++t.connectionChanges;
            gains = gains || c.to > c.from;
            loses = loses || c.to < c.from;
        }
        t.gainers += gains ? 1 : 0;
        t.losers += loses ? 1 : 0;
    }
    return t;
}

namespace {

// One user's access in one state of the directory.
struct View
{
    bool exists = false;
    bool admin = false;
    PermissionSet global;
    QHash<Id, PermissionSet> byRoot;
    QHash<Id, AccessLevel> levels;
};

template <typename T> const T* rowAs(const std::optional<Row>& row) { return row ? std::get_if<T>(&*row) : nullptr; }

} // namespace

// The work of Impact::measure, in three states of the directory: after the edit, rolled back to
// before it, and redone. The users and folders an edit can touch are read from its rows in both
// states, since some exist in one only (a new user, a deleted folder, a team on the new root).
class ImpactMeasure
{
public:
    ImpactMeasure(Directory& directory, const Catalog& catalog, std::size_t mark, Id only)
        : m_d(directory)
        , m_catalog(catalog)
        , m_mark(mark)
        , m_only(only)
        , m_changes(directory.journal().begin() + std::ptrdiff_t(mark), directory.journal().end())
    {
    }

    Impact run()
    {
        scan(m_rootAfter, m_statusAfter);
        m_d.rollbackTo(m_mark);
        scan(m_rootBefore, m_statusBefore);
        // A user whose status differs: one row changed, or removed and put back (a replaced content).
        for (auto it = m_statusBefore.cbegin(); it != m_statusBefore.cend(); ++it) {
            if (m_statusAfter.contains(it.key()) && m_statusAfter.value(it.key()) != it.value())
                m_statusChanged.insert(it.key());
        }
        addMembersOnMovedRoots();
        if (m_only) {
            for (QSet<Id>* users : {&m_users, &m_scoped, &m_levelUsers, &m_connectionUsers, &m_statusChanged}) {
                const bool kept = users->contains(m_only);
                users->clear();
                if (kept)
                    users->insert(m_only);
            }
        }
        readBefore();
        m_d.redo(m_changes);
        readAfter();
        compare();
        return std::move(m_impact);
    }

private:
    // Whom and what the edit's rows can touch, in the directory's present state; rootOf: the
    // security root of each folder it touches, statusOf: the status of each user, in that state.
    void scan(QHash<Id, Id>& rootOf, QHash<Id, UserStatus>& statusOf)
    {
        for (const Change& change : m_changes) {
            for (const std::optional<Row>* side : {&change.before, &change.after})
                scanRow(*side);
            scanChange(change);
            if (!std::holds_alternative<User>(change.row()))
                continue;
            if (const User* user = m_d.user(rowId(change.row())))
                statusOf.insert(user->id, user->status);
        }
        for (Id folderId : std::as_const(m_changedFolders)) {
            if (m_d.folder(folderId)) {
                for (Id inside : m_d.subtree(folderId))
                    m_touched.insert(inside);
            }
        }
        for (Id folderId : std::as_const(m_touched)) {
            if (m_d.folder(folderId))
                rootOf.insert(folderId, m_d.securityRoot(folderId));
        }
        if (m_foldersComeOrGo)
            addUsersOfGlobal(m_catalog.global(m_catalog.known().admin).key);
        for (Id id : m_d.connections().keys())
            m_allConnections.insert(id);
        if (m_everyone || m_everyoneOnConnections) {
            QSet<Id>& into = m_everyone ? m_users : m_connectionUsers;
            for (Id id : m_d.users().keys())
                into.insert(id);
        }
    }

    // The folders whose security root the edit changes: those who hold anything on the root before
    // or after are touched, there only. Teams on the root after are those before plus the edit's
    // own rows, which scanRow saw.
    void addMembersOnMovedRoots()
    {
        QSet<Id> roots;
        for (Id folderId : std::as_const(m_touched)) {
            const Id before = m_rootBefore.value(folderId), after = m_rootAfter.value(folderId);
            if (before != after) {
                for (Id root : {before, after}) {
                    if (root)
                        roots.insert(root);
                }
            }
        }
        for (Id rootId : std::as_const(roots)) {
            m_scopeRoots.insert(rootId);
            addMembersOn(rootId);
        }
    }

    void scanRow(const std::optional<Row>& row)
    {
        if (!row)
            return;
        std::visit(Overloaded{[this](const Folder& f) { m_changedFolders.insert(f.id); },
                              [this](const Team& t) { m_scopeRoots.insert(t.folderId); },
                              [this](const User& u) { m_users.insert(u.id); },
                              [this](const Role& r) { m_users.unite(m_d.usersOfRole(r.id)); },
                              [this](const GlobalAssignment& g) {
                                  for (Id roleId : g.roles)
                                      m_users.unite(m_d.usersOfRole(roleId));
                              },
                              [this](const Connection& c) {
                                  m_touchedConnections.insert(c.id);
                                  for (const AccessEntry& entry : c.access)
                                      addUsersOf(entry);
                              },
                              [](const auto&) {}},
                   *row);
    }

    // What a change of a row means beyond its own ids: folders that come or go, a team's members
    // or permissions, Login opening to everyone, a connection's default.
    void scanChange(const Change& change)
    {
        if ((rowAs<Folder>(change.before) || rowAs<Folder>(change.after)) && (!change.before || !change.after))
            m_foldersComeOrGo = true;
        scanTeam(rowAs<Team>(change.before), rowAs<Team>(change.after));
        const QString login = m_catalog.global(m_catalog.known().login).key;
        auto was = rowAs<GlobalAssignment>(change.before), now = rowAs<GlobalAssignment>(change.after);
        if ((was && was->key == login) || (now && now->key == login)) {
            if ((!was || was->roles.isEmpty()) != (!now || now->roles.isEmpty()))
                m_everyone = true;
        }
        auto c0 = rowAs<Connection>(change.before), c1 = rowAs<Connection>(change.after);
        if ((c0 || c1) && (!c0 || !c1 || c0->defaultLevel != c1->defaultLevel))
            m_everyoneOnConnections = true;
    }

    // A team whose members alone change touches those who join or leave; else all its members.
    void scanTeam(const Team* was, const Team* now)
    {
        if (!was && !now)
            return;
        QSet<Id> moving; // those who join or leave: their connection levels may change too
        if (was && now) {
            moving = ((was->users - now->users) | (now->users - was->users)).toSet();
            for (Id roleId : (was->roles - now->roles) | (now->roles - was->roles))
                moving.unite(m_d.usersOfRole(roleId));
        } else {
            addMembers(was ? *was : *now, moving);
        }
        m_scoped.unite(moving);
        m_levelUsers.unite(moving);
        if (was && now && (was->permissions != now->permissions || was->folderId != now->folderId)) {
            for (const Team* team : {was, now})
                addMembers(*team, m_scoped);
        }
    }

    void addMembers(const Team& team, QSet<Id>& into) const
    {
        for (Id userId : team.users)
            into.insert(userId);
        for (Id roleId : team.roles)
            into.unite(m_d.usersOfRole(roleId));
    }

    void addMembersOn(Id rootId)
    {
        for (Id teamId : m_d.teamsOn(rootId))
            addMembers(*m_d.team(teamId), m_scoped);
    }

    void addUsersOfGlobal(const QString& key)
    {
        for (Id roleId : m_d.global(key).roles)
            m_users.unite(m_d.usersOfRole(roleId));
    }

    void addUsersOf(const AccessEntry& entry)
    {
        switch (entry.kind) {
        case AccessEntry::Kind::User:
            m_connectionUsers.insert(entry.principal);
            break;
        case AccessEntry::Kind::Role:
            m_connectionUsers.unite(m_d.usersOfRole(entry.principal));
            break;
        case AccessEntry::Kind::Team:
            if (const Team* team = m_d.team(entry.principal))
                addMembers(*team, m_connectionUsers);
            break;
        }
    }

    View view(Id userId) const
    {
        View v;
        const User* user = m_d.user(userId);
        if (!user)
            return v;
        v.exists = true;
        const AccessQuery access(m_d, m_catalog);
        const bool asIfActive = !m_statusChanged.contains(userId);
        v.global = access.globalPermissions(userId, asIfActive);
        v.admin = v.global.test(m_catalog.known().admin);
        const bool full = m_users.contains(userId);
        if (!v.admin && full)
            v.byRoot = access.heldByRoot(userId, asIfActive);
        else if (!v.admin && m_scoped.contains(userId))
            v.byRoot = heldOnScopeRoots(*user, asIfActive);
        // Levels follow roles, memberships, status and Admin: those whose own row or membership
        // changes are compared on every connection, the rest on the connections the edit touched.
        const QSet<Id>& connections = full || m_levelUsers.contains(userId) ? m_allConnections : m_touchedConnections;
        for (Id connectionId : connections)
            v.levels.insert(connectionId, access.connectionLevel(userId, connectionId, asIfActive));
        return v;
    }

    // What a user whose roles and status the edit leaves alone holds on the roots it can change:
    // the edit's teams' roots and those that folders move between.
    QHash<Id, PermissionSet> heldOnScopeRoots(const User& user, bool asIfActive) const
    {
        QHash<Id, PermissionSet> held;
        // Many roots (a large plan): by the user's own teams, which are fewer. (Users whose status
        // the edit changes are never scoped: asIfActive is true below.)
        if (m_scopeRoots.size() > 8) {
            held = AccessQuery(m_d, m_catalog).heldByRoot(user.id, asIfActive);
            held.removeIf([this](const auto& it) { return !m_scopeRoots.contains(it.key()); });
            return held;
        }
        for (Id rootId : m_scopeRoots) {
            PermissionSet granted;
            for (Id teamId : m_d.teamsOn(rootId)) {
                const Team* team = m_d.team(teamId);
                if (team->users.contains(user.id) || team->roles.intersects(user.roles))
                    granted |= team->permissions;
            }
            if (!granted.isEmpty())
                held.insert(rootId, m_catalog.closure(granted));
        }
        return held;
    }

    // Every user's view in the present state, and names and connections as it has them: read
    // after the edit last, so that only what it deletes keeps its name from before.
    void readViews(QHash<Id, View>& into)
    {
        into.reserve(m_users.size() + m_scoped.size() + m_connectionUsers.size());
        for (const QSet<Id>* users : {&m_users, &m_scoped, &m_connectionUsers}) {
            for (Id userId : *users) {
                if (const User* user = m_d.user(userId))
                    m_names.insert(userId, {user->username, user->fullName});
                if (!into.contains(userId))
                    into.insert(userId, view(userId));
            }
        }
        noteConnections();
    }

    // The folders the edit deletes (changed, and gone after it), named and placed as before it.
    void readBefore()
    {
        const Directory::Tree* tree = nullptr;
        for (Id folderId : std::as_const(m_changedFolders)) {
            if (m_rootAfter.contains(folderId) || !m_d.folder(folderId))
                continue;
            tree = tree ? tree : &m_d.tree();
            m_impact.m_paths.insert(folderId, m_d.path(folderId));
            m_impact.m_deleted.insert(folderId);
            m_deletedAt.insert(folderId, tree->positionOf.value(folderId));
        }
        readViews(m_before);
    }

    void readAfter()
    {
        for (Id folderId : std::as_const(m_touched)) {
            if (m_d.folder(folderId))
                m_impact.m_paths.insert(folderId, m_d.path(folderId));
        }
        readViews(m_after);
    }

    void noteConnections()
    {
        for (Id id : std::as_const(m_allConnections)) {
            if (const Connection* c = m_d.connection(id))
                m_impact.connections.insert(id,
                                            {c->title, c->folderId, c->folderId ? m_d.path(c->folderId) : QString()});
        }
    }

    PermissionSet held(const View& view, Id rootId) const
    {
        if (rootId == 0 || !view.exists)
            return {};
        return view.admin ? m_catalog.allFolderPermissions() : view.byRoot.value(rootId);
    }

    // The index of the region of folders whose root was `before` and is `after`, made on first use.
    int regionOf(Id before, Id after)
    {
        const Pair key{before, after};
        auto it = m_regionIndex.constFind(key);
        if (it != m_regionIndex.cend())
            return it.value();
        const int index = int(m_impact.regions.size());
        m_impact.regions.append(Region{before, after, {}, {}});
        m_regionIndex.insert(key, index);
        return index;
    }

    // The security roots of the folders the edit did not move between roots, and the pairs of
    // roots of those it did.
    void listRegions()
    {
        for (Id folderId : std::as_const(m_touched)) {
            const Id before = m_rootBefore.value(folderId);
            const Id after = m_rootAfter.value(folderId);
            if (before != after) {
                m_moved.insert(folderId);
                m_movedPairs[before].insert(after);
                m_movedPairsAfter[after].insert(before);
            }
        }
        const Directory::Tree& tree = m_d.tree();
        for (std::size_t i = 0; i < tree.parentAt.size(); ++i) {
            if (!tree.inheritAt[i] || tree.parentAt[i] < 0)
                m_rootsAfter.append(tree.order[qsizetype(i)]);
        }
    }

    using Pair = QPair<Id, Id>; // a root before, a root after

    // The pairs of roots whose folders may have changed for a user: where they hold anything,
    // before or after, and everywhere when they become or stop being Admin.
    QSet<Pair> candidates(const View& was, const View& now) const
    {
        QSet<Pair> pairs;
        auto addMoved = [&](Id root, bool before) {
            const auto& moved = before ? m_movedPairs : m_movedPairsAfter;
            for (Id other : moved.value(root))
                pairs.insert(before ? Pair{root, other} : Pair{other, root});
        };
        if (was.admin || now.admin) {
            for (auto it = m_movedPairs.cbegin(); it != m_movedPairs.cend(); ++it)
                addMoved(it.key(), true);
        }
        if (was.admin != now.admin) {
            for (Id root : std::as_const(m_rootsAfter))
                pairs.insert({root, root});
        }
        for (const View* view : {&was, &now}) {
            for (auto it = view->byRoot.keyBegin(); it != view->byRoot.keyEnd(); ++it) {
                pairs.insert({*it, *it});
                addMoved(*it, view == &was);
            }
        }
        return pairs;
    }

    void compare()
    {
        listRegions();
        QList<UserImpact> users;
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            const View& was = it.value();
            const View now = m_after.value(it.key());
            UserImpact change;
            change.userId = it.key();
            change.globalGained = now.global - was.global;
            change.globalLost = was.global - now.global;
            for (const Pair& pair : candidates(was, now)) {
                const PermissionSet a = held(was, pair.first);
                const PermissionSet b = held(now, pair.second);
                if (a != b)
                    change.regions.append({regionOf(pair.first, pair.second), b - a, a - b});
            }
            for (auto level = now.levels.cbegin(); level != now.levels.cend(); ++level) {
                const AccessLevel from = was.levels.value(level.key(), AccessLevel::Deny);
                if (from != level.value())
                    change.connections.append({level.key(), from, level.value()});
            }
            for (auto level = was.levels.cbegin(); level != was.levels.cend(); ++level) {
                if (!now.levels.contains(level.key()) && level.value() != AccessLevel::Deny)
                    change.connections.append({level.key(), level.value(), AccessLevel::Deny});
            }
            if (change.regions.isEmpty() && change.connections.isEmpty() && change.globalGained.isEmpty()
                && change.globalLost.isEmpty())
                continue;
            users.append(std::move(change));
        }
        fillRegions();
        finish(users);
    }

    // The folders of each region in use, in tree order: those after the edit first, then those it
    // deleted in their order before it.
    void fillRegions()
    {
        const Directory::Tree& tree = m_d.tree();
        const qsizetype count = tree.order.size();
        auto orderOf = [&](Id folderId) {
            const auto at = tree.positionOf.constFind(folderId);
            return at != tree.positionOf.cend() ? qsizetype(at.value()) : count + m_deletedAt.value(folderId);
        };
        QHash<Pair, QList<Id>> moved;
        for (Id folderId : std::as_const(m_moved))
            moved[{m_rootBefore.value(folderId), m_rootAfter.value(folderId)}].append(folderId);
        for (Region& region : m_impact.regions) {
            if (region.before != region.after)
                region.folders = moved.value({region.before, region.after});
            else
                region.folders = unmovedUnder(region.after);
            std::sort(region.folders.begin(), region.folders.end(),
                      [&](Id a, Id b) { return orderOf(a) < orderOf(b); });
            region.order.reserve(region.folders.size());
            for (Id folderId : std::as_const(region.folders))
                region.order.append(orderOf(folderId));
            m_firstAt.append(region.folders.isEmpty() ? std::numeric_limits<qsizetype>::max()
                                                      : orderOf(region.folders.first()));
        }
    }

    // The folders whose security root is this one, before and after the edit.
    QList<Id> unmovedUnder(Id rootId) const
    {
        QList<Id> folders;
        const Folder* root = m_d.folder(rootId);
        if (!root || m_d.securityRoot(rootId) != rootId || m_moved.contains(rootId))
            return folders;
        folders.append(rootId);
        for (qsizetype i = 0; i < folders.size(); ++i) {
            for (Id child : m_d.children(folders[i])) {
                if (m_d.folder(child)->inherit && !m_moved.contains(child))
                    folders.append(child);
            }
        }
        return folders;
    }

    void finish(QList<UserImpact>& users)
    {
        for (UserImpact& user : users) {
            const auto name = m_names.value(user.userId);
            user.username = name.first;
            user.fullName = name.second;
            if (const User* now = m_d.user(user.userId))
                user.status = now->status;
            user.statusChanged = m_statusChanged.contains(user.userId);
            user.regions.removeIf(
                [this](const RegionChange& c) { return m_impact.regions.at(c.region).folders.isEmpty(); });
            std::sort(user.regions.begin(), user.regions.end(), [this](const RegionChange& a, const RegionChange& b) {
                return m_firstAt.at(a.region) < m_firstAt.at(b.region);
            });
            std::sort(
                user.connections.begin(), user.connections.end(),
                [](const ConnectionChange& a, const ConnectionChange& b) { return a.connectionId < b.connectionId; });
        }
        users.removeIf([](const UserImpact& u) {
            return u.regions.isEmpty() && u.connections.isEmpty() && u.globalGained.isEmpty() && u.globalLost.isEmpty();
        });
        std::sort(users.begin(), users.end(),
                  [](const UserImpact& a, const UserImpact& b) { return a.username < b.username; });
        m_impact.users = std::move(users);
    }

    Directory& m_d;
    const Catalog& m_catalog;
    const std::size_t m_mark;
    const Id m_only; // the one user to compare; 0: everyone the edit can touch
    const std::vector<Change> m_changes;
    Impact m_impact;

    QSet<Id> m_users; // compared on everything
    QSet<Id> m_scoped; // members of the edit's teams: compared on m_scopeRoots only
    QSet<Id> m_scopeRoots;
    QSet<Id> m_levelUsers; // who join or leave a team: compared on every connection
    QSet<Id> m_connectionUsers; // compared on the connections the edit touched
    QSet<Id> m_statusChanged; // compared as they are, not as if active
    QHash<Id, UserStatus> m_statusBefore;
    QHash<Id, UserStatus> m_statusAfter;
    QSet<Id> m_allConnections;
    QSet<Id> m_touchedConnections;
    bool m_everyone = false;
    bool m_everyoneOnConnections = false;
    bool m_foldersComeOrGo = false;

    QSet<Id> m_changedFolders;
    QSet<Id> m_touched; // the changed folders and everything beneath them, before or after
    QHash<Id, Id> m_rootBefore;
    QHash<Id, Id> m_rootAfter;
    QHash<Id, qsizetype> m_deletedAt;
    QSet<Id> m_moved; // touched folders whose security root is another after the edit
    QHash<Id, QSet<Id>> m_movedPairs; // root before -> roots after, of moved folders
    QHash<Id, QSet<Id>> m_movedPairsAfter; // root after -> roots before
    QList<Id> m_rootsAfter;
    QHash<Pair, int> m_regionIndex;
    QList<qsizetype> m_firstAt; // of each region, the tree order of its first folder

    QHash<Id, View> m_before;
    QHash<Id, View> m_after;
    QHash<Id, QPair<QString, QString>> m_names;
};

Impact Impact::measure(Directory& directory, const Catalog& catalog, std::size_t mark, Id only)
{
    return ImpactMeasure(directory, catalog, mark, only).run();
}

} // namespace warden
