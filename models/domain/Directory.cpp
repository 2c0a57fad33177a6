#include "Directory.h"

#include "Names.h"

#include <QRandomGenerator>

#include <algorithm>

namespace warden {

namespace {

const QList<Id> noIds;
const QSet<Id> noIdSet;

template <typename T> const T* find(const QHash<Id, T>& hash, Id id)
{
    auto it = hash.constFind(id);
    return it == hash.constEnd() ? nullptr : &*it;
}

} // namespace

Id rowId(const Row& row)
{
    return std::visit(Overloaded{[](const GlobalAssignment&) { return Id(0); },
                                 [](const ConnectionType&) { return Id(0); }, [](const auto& r) { return r.id; }},
                      row);
}

int rowVersion(const Row& row)
{
    return std::visit([](const auto& r) { return r.version; }, row);
}

const Folder* Directory::folder(Id id) const { return find(m_folders, id); }
const Team* Directory::team(Id id) const { return find(m_teams, id); }
const User* Directory::user(Id id) const { return find(m_users, id); }
const Role* Directory::role(Id id) const { return find(m_roles, id); }
const Connection* Directory::connection(Id id) const { return find(m_connections, id); }
const Template* Directory::releaseTemplate(Id id) const { return find(m_templates, id); }
const Expectation* Directory::expectation(Id id) const { return find(m_expectations, id); }

const Expectation* Directory::expectationNamed(const QString& name) const
{
    auto it = m_expectationByKey.constFind(Names::key(name));
    return it == m_expectationByKey.constEnd() ? nullptr : expectation(*it);
}

const ConnectionType* Directory::connectionType(const QString& name) const
{
    auto it = m_types.constFind(name);
    return it == m_types.constEnd() ? nullptr : &*it;
}

const QList<Id>& Directory::connectionsOn(Id folderId) const
{
    auto it = m_connectionsOn.constFind(folderId);
    return it == m_connectionsOn.constEnd() ? noIds : *it;
}

const Connection* Directory::connectionNamed(Id folderId, const QString& title) const
{
    for (Id id : connectionsOn(folderId)) {
        const Connection* c = connection(id);
        if (Names::key(c->title) == Names::key(title))
            return c;
    }
    return nullptr;
}

QList<Id> Directory::visibleConnections(Id folderId) const
{
    QList<Id> ids;
    for (Id at = folderId; at != 0 && folder(at); at = folder(at)->parentId)
        ids += connectionsOn(at);
    return ids + connectionsOn(0);
}

const Connection* Directory::visibleConnectionNamed(Id folderId, const QString& title) const
{
    for (Id at = folderId; at != 0 && folder(at); at = folder(at)->parentId) {
        if (const Connection* c = connectionNamed(at, title))
            return c;
    }
    return connectionNamed(0, title);
}

const QList<Id>& Directory::templatesOn(Id folderId) const
{
    auto it = m_templatesOn.constFind(folderId);
    return it == m_templatesOn.constEnd() ? noIds : *it;
}

const Template* Directory::templateNamed(Id folderId, const QString& name) const
{
    for (Id id : templatesOn(folderId)) {
        const Template* t = releaseTemplate(id);
        if (Names::key(t->name) == Names::key(name))
            return t;
    }
    return nullptr;
}

const QList<Id>& Directory::children(Id parentId) const
{
    auto it = m_children.constFind(parentId);
    return it == m_children.constEnd() ? noIds : *it;
}

QList<Id> Directory::sortedChildren(Id parentId) const
{
    QList<Id> ids = children(parentId);
    std::sort(ids.begin(), ids.end(), [this](Id a, Id b) {
        const int byName = m_folders[a].name.compare(m_folders[b].name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : m_folders[a].name < m_folders[b].name;
    });
    return ids;
}

Id Directory::childNamed(Id parentId, const QString& name) const
{
    const QString key = Names::key(name);
    for (Id id : children(parentId)) {
        if (Names::key(m_folders[id].name) == key)
            return id;
    }
    return 0;
}

Id Directory::securityRoot(Id folderId) const
{
    const Folder* f = folder(folderId);
    while (f && f->inherit && f->parentId != 0)
        f = folder(f->parentId);
    return f ? f->id : 0;
}

QString Directory::path(Id folderId) const
{
    QStringList names;
    for (const Folder* f = folder(folderId); f; f = folder(f->parentId))
        names.prepend(f->name);
    return names.join(QLatin1Char('/'));
}

Id Directory::folderByPath(const QString& path) const
{
    Id id = 0;
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return 0;
    for (const QString& name : names) {
        id = childNamed(id, name);
        if (id == 0)
            return 0;
    }
    return id;
}

bool Directory::isWithin(Id folderId, Id ancestorId) const
{
    for (const Folder* f = folder(folderId); f; f = folder(f->parentId)) {
        if (f->id == ancestorId)
            return true;
    }
    return false;
}

QList<Id> Directory::subtree(Id folderId) const
{
    QList<Id> result{folderId};
    for (qsizetype i = 0; i < result.size(); ++i)
        result.append(children(result[i]));
    return result;
}

const Directory::Tree& Directory::tree() const
{
    if (m_tree)
        return *m_tree;
    Tree tree;
    tree.order.reserve(m_folders.size());
    tree.parentAt.reserve(std::size_t(m_folders.size()));
    tree.inheritAt.reserve(std::size_t(m_folders.size()));
    tree.positionOf.reserve(m_folders.size());
    QList<std::pair<Id, int>> stack; // folder, position of its parent
    auto push = [&](Id parentId, int parentAt) {
        QList<Id> kids = sortedChildren(parentId);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, parentAt});
    };
    push(0, -1);
    while (!stack.isEmpty()) {
        const auto [id, parentAt] = stack.takeLast();
        const int at = int(tree.order.size());
        tree.order.append(id);
        tree.parentAt.push_back(parentAt);
        tree.inheritAt.push_back(m_folders[id].inherit);
        tree.positionOf.insert(id, at);
        push(id, at);
    }
    m_tree = std::move(tree);
    return *m_tree;
}

const QList<Id>& Directory::teamsOn(Id folderId) const
{
    auto it = m_teamsOn.constFind(folderId);
    return it == m_teamsOn.constEnd() ? noIds : *it;
}

const Team* Directory::teamNamed(Id folderId, const QString& name) const
{
    const QString key = Names::key(name);
    for (Id id : teamsOn(folderId)) {
        const Team* t = team(id);
        if (Names::key(t->name) == key)
            return t;
    }
    return nullptr;
}

const User* Directory::userNamed(const QString& nameOrEmail) const
{
    const QString key = Names::key(nameOrEmail);
    auto it = m_userByKey.constFind(key);
    if (it != m_userByKey.constEnd())
        return user(*it);
    auto byEmail = m_userByEmail.constFind(key);
    return byEmail == m_userByEmail.constEnd() ? nullptr : user(*byEmail);
}

const Role* Directory::roleNamed(const QString& name) const
{
    auto it = m_roleByKey.constFind(Names::key(name));
    return it == m_roleByKey.constEnd() ? nullptr : role(*it);
}

GlobalAssignment Directory::global(const QString& key) const
{
    return m_globals.value(key, GlobalAssignment{key, {}, 0});
}

const QHash<Id, QSet<Id>>& Directory::teamsByMember(bool roles) const
{
    Reverse& index = roles ? m_teamsOfRole : m_teamsOfUser;
    if (!index) {
        QHash<Id, QSet<Id>> teams;
        teams.reserve(roles ? m_roles.size() : m_users.size());
        for (const Team& team : m_teams) {
            for (Id member : roles ? team.roles : team.users)
                teams[member].insert(team.id);
        }
        index = std::move(teams);
    }
    return *index;
}

const QHash<Id, QSet<Id>>& Directory::usersByRole() const
{
    if (!m_usersOfRole) {
        QHash<Id, QSet<Id>> users;
        users.reserve(m_roles.size());
        for (const User& user : m_users) {
            for (Id g : user.roles)
                users[g].insert(user.id);
        }
        m_usersOfRole = std::move(users);
    }
    return *m_usersOfRole;
}

namespace {

const QSet<Id>& valueOr(const QHash<Id, QSet<Id>>& hash, Id id)
{
    auto it = hash.constFind(id);
    return it == hash.constEnd() ? noIdSet : *it;
}

} // namespace

QSet<Id> Directory::teamsReaching(Id userId) const
{
    const User* u = user(userId);
    if (!u)
        return {};
    if ((!m_teamsOfUser || !m_teamsOfRole) && !std::exchange(m_askedForTeams, true)) {
        QSet<Id> teams;
        for (const Team& team : m_teams) {
            if (team.users.contains(userId) || team.roles.intersects(u->roles))
                teams.insert(team.id);
        }
        return teams;
    }
    QSet<Id> teams = teamsOfUser(userId);
    for (Id roleId : u->roles)
        teams.unite(teamsOfRole(roleId));
    return teams;
}

const QSet<Id>& Directory::teamsOfUser(Id userId) const { return valueOr(teamsByMember(false), userId); }
const QSet<Id>& Directory::teamsOfRole(Id roleId) const { return valueOr(teamsByMember(true), roleId); }
const QSet<Id>& Directory::usersOfRole(Id roleId) const { return valueOr(usersByRole(), roleId); }

Id Directory::newId()
{
    // Random ids let several clients of one database create rows without asking it first.
    return Id(QRandomGenerator::system()->generate64() >> 11) + 1;
}

std::optional<Row> Directory::current(const Row& like) const
{
    return std::visit(Overloaded{[this](const Folder& r) -> std::optional<Row> {
                                     if (auto p = folder(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const Team& r) -> std::optional<Row> {
                                     if (auto p = team(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const User& r) -> std::optional<Row> {
                                     if (auto p = user(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const Role& r) -> std::optional<Row> {
                                     if (auto p = role(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const GlobalAssignment& r) -> std::optional<Row> {
                                     auto it = m_globals.constFind(r.key);
                                     if (it != m_globals.constEnd())
                                         return Row(*it);
                                     return std::nullopt;
                                 },
                                 [this](const ConnectionType& r) -> std::optional<Row> {
                                     if (auto p = connectionType(r.name))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const Connection& r) -> std::optional<Row> {
                                     if (auto p = connection(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const Template& r) -> std::optional<Row> {
                                     if (auto p = releaseTemplate(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 },
                                 [this](const Expectation& r) -> std::optional<Row> {
                                     if (auto p = expectation(r.id))
                                         return Row(*p);
                                     return std::nullopt;
                                 }},
                      like);
}

void Directory::put(Row row)
{
    std::optional<Row> before = current(row);
    // Versions only grow, also for a row deleted and put back, so a stale copy never matches again.
    const int version = (before ? rowVersion(*before) : rowVersion(row)) + 1;
    std::visit([version](auto& r) { r.version = version; }, row);
    if (before)
        eraseRow(*before);
    insertRow(row);
    m_journal.push_back(Change{std::move(before), std::move(row)});
}

void Directory::remove(std::optional<Row> row)
{
    if (!row)
        return;
    eraseRow(*row);
    m_journal.push_back(Change{std::move(row), std::nullopt});
}

void Directory::removeFolder(Id id)
{
    if (auto p = folder(id))
        remove(Row(*p));
}

void Directory::removeTeam(Id id)
{
    if (auto p = team(id))
        remove(Row(*p));
}

void Directory::removeUser(Id id)
{
    if (auto p = user(id))
        remove(Row(*p));
}

void Directory::removeRole(Id id)
{
    if (auto p = role(id))
        remove(Row(*p));
}

void Directory::load(const Row& row)
{
    if (std::optional<Row> before = current(row))
        eraseRow(*before);
    insertRow(row);
}

void Directory::reserve(qsizetype folders, qsizetype teams, qsizetype users, qsizetype roles,
                        qsizetype foldersWithTeams)
{
    m_folders.reserve(folders);
    m_children.reserve(folders);
    m_teams.reserve(teams);
    m_teamsOn.reserve(foldersWithTeams);
    m_users.reserve(users);
    m_userByKey.reserve(users);
    m_userByEmail.reserve(users);
    m_roles.reserve(roles);
    m_roleByKey.reserve(roles);
}

void Directory::loadNew(Row row) { insertRow(std::move(row)); }

void Directory::loadNewTeams(std::vector<Team>& onOneFolder)
{
    if (onOneFolder.empty())
        return;
    // One look-up of the folder's list, made as long as it will be, instead of one per team.
    QList<Id>& on = m_teamsOn[onOneFolder.front().folderId];
    on.reserve(on.size() + qsizetype(onOneFolder.size()));
    for (Team& team : onOneFolder) {
        Q_ASSERT(team.folderId == onOneFolder.front().folderId);
        on.append(team.id);
        addTeam(std::move(team));
    }
    onOneFolder.clear();
}

// The team into its table and the reverse indexes built so far; its folder's list is the caller's.
void Directory::addTeam(Team&& team)
{
    for (Id u : m_teamsOfUser ? team.users : IdSet())
        (*m_teamsOfUser)[u].insert(team.id);
    for (Id g : m_teamsOfRole ? team.roles : IdSet())
        (*m_teamsOfRole)[g].insert(team.id);
    const Id id = team.id;
    m_teams.emplace(id, std::move(team));
}

void Directory::takeTeams(Directory&& teamsOnly)
{
    Q_ASSERT(m_teams.isEmpty());
    m_teams = std::move(teamsOnly.m_teams);
    m_teamsOn = std::move(teamsOnly.m_teamsOn);
    m_teamsOfUser.reset();
    m_teamsOfRole.reset();
}

bool Directory::adoptTreeOrder(const QList<Id>& order)
{
    if (order.size() != m_folders.size())
        return false;
    Tree tree;
    tree.order = order;
    tree.parentAt.reserve(std::size_t(order.size()));
    tree.inheritAt.reserve(std::size_t(order.size()));
    tree.positionOf.reserve(order.size());
    std::vector<int> ancestors; // positions from the top down to the folder before this one
    for (int at = 0; at < order.size(); ++at) {
        const Folder* f = folder(order[at]);
        if (!f || tree.positionOf.contains(f->id))
            return false;
        int parentAt = -1;
        if (f->parentId != 0) {
            const auto parent = tree.positionOf.constFind(f->parentId);
            if (parent == tree.positionOf.cend())
                return false;
            parentAt = *parent;
        }
        // Each subtree in one piece: the parent is the folder before or one of its ancestors.
        while (!ancestors.empty() && ancestors.back() != parentAt)
            ancestors.pop_back();
        if (parentAt != -1 && ancestors.empty())
            return false;
        ancestors.push_back(at);
        tree.positionOf.insert(f->id, at);
        tree.parentAt.push_back(parentAt);
        tree.inheritAt.push_back(f->inherit);
    }
    m_tree = std::move(tree);
    return true;
}

void Directory::unload(const Row& row)
{
    if (std::optional<Row> current = this->current(row))
        eraseRow(*current);
}

std::vector<Change> Directory::takeJournal()
{
    std::vector<Change> journal;
    journal.swap(m_journal);
    return journal;
}

void Directory::rollbackTo(std::size_t mark)
{
    Q_ASSERT(mark <= m_journal.size()); // a mark is taken before the changes it undoes
    while (m_journal.size() > mark) {
        const Change change = m_journal.back();
        m_journal.pop_back();
        if (change.after)
            eraseRow(*change.after);
        if (change.before)
            insertRow(*change.before);
    }
}

void Directory::redo(const std::vector<Change>& changes)
{
    for (const Change& change : changes) {
        if (change.before)
            eraseRow(*change.before);
        if (change.after)
            insertRow(*change.after);
        m_journal.push_back(change);
    }
}

// The row is moved into its table last, after the indexes have read it (emplace copies the key
// before it takes the row).
void Directory::insertRow(Row row)
{
    std::visit(Overloaded{[this](Folder& r) {
                              m_tree.reset();
                              m_children[r.parentId].append(r.id);
                              m_folders.emplace(r.id, std::move(r));
                          },
                          [this](Team& r) {
                              m_teamsOn[r.folderId].append(r.id);
                              addTeam(std::move(r));
                          },
                          [this](User& r) {
                              m_userByKey.insert(Names::key(r.username), r.id);
                              if (!r.email.isEmpty())
                                  m_userByEmail.insert(Names::key(r.email), r.id);
                              for (Id g : m_usersOfRole ? r.roles : IdSet())
                                  (*m_usersOfRole)[g].insert(r.id);
                              m_users.emplace(r.id, std::move(r));
                          },
                          [this](Role& r) {
                              m_roleByKey.insert(Names::key(r.name), r.id);
                              m_roles.emplace(r.id, std::move(r));
                          },
                          [this](GlobalAssignment& r) { m_globals.emplace(r.key, std::move(r)); },
                          [this](ConnectionType& r) { m_types.emplace(r.name, std::move(r)); },
                          [this](Connection& r) {
                              m_connectionsOn[r.folderId].append(r.id);
                              m_connections.emplace(r.id, std::move(r));
                          },
                          [this](Template& r) {
                              m_templatesOn[r.folderId].append(r.id);
                              m_templates.emplace(r.id, std::move(r));
                          },
                          [this](Expectation& r) {
                              m_expectationByKey.insert(Names::key(r.name), r.id);
                              m_expectations.emplace(r.id, std::move(r));
                          }},
               row);
}

void Directory::eraseRow(const Row& row)
{
    std::visit(Overloaded{[this](const Folder& r) {
                              m_tree.reset();
                              m_folders.remove(r.id);
                              m_children[r.parentId].removeOne(r.id);
                          },
                          [this](const Team& r) {
                              m_teams.remove(r.id);
                              m_teamsOn[r.folderId].removeOne(r.id);
                              for (Id u : m_teamsOfUser ? r.users : IdSet())
                                  (*m_teamsOfUser)[u].remove(r.id);
                              for (Id g : m_teamsOfRole ? r.roles : IdSet())
                                  (*m_teamsOfRole)[g].remove(r.id);
                          },
                          [this](const User& r) {
                              m_users.remove(r.id);
                              m_userByKey.remove(Names::key(r.username));
                              if (!r.email.isEmpty())
                                  m_userByEmail.remove(Names::key(r.email));
                              for (Id g : m_usersOfRole ? r.roles : IdSet())
                                  (*m_usersOfRole)[g].remove(r.id);
                          },
                          [this](const Role& r) {
                              m_roles.remove(r.id);
                              m_roleByKey.remove(Names::key(r.name));
                          },
                          [this](const GlobalAssignment& r) { m_globals.remove(r.key); },
                          [this](const ConnectionType& r) { m_types.remove(r.name); },
                          [this](const Connection& r) {
                              m_connections.remove(r.id);
                              m_connectionsOn[r.folderId].removeOne(r.id);
                          },
                          [this](const Template& r) {
                              m_templates.remove(r.id);
                              m_templatesOn[r.folderId].removeOne(r.id);
                          },
                          [this](const Expectation& r) {
                              m_expectations.remove(r.id);
                              m_expectationByKey.remove(Names::key(r.name));
                          }},
               row);
}

} // namespace warden
