#include "Expectations.h"

#include "Impact.h"

#include "models/domain/Names.h"

#include <algorithm>

namespace warden {

ExpectationCheck::ExpectationCheck(const Directory& directory, const Catalog& catalog)
    : m_directory(directory)
    , m_catalog(catalog)
    , m_access(directory, catalog)
{
}

const QSet<Id>& ExpectationCheck::admins() const
{
    if (!m_admins) {
        const QList<Id> admins = m_access.activeAdmins();
        m_admins = QSet<Id>(admins.cbegin(), admins.cend());
    }
    return *m_admins;
}

QSet<Id> ExpectationCheck::subjects(const Expectation& e) const
{
    QSet<Id> users;
    m_access.addActiveMembers(e.users, e.roles, users);
    return users;
}

// Active users who hold the permission on a security root: its teams' members, and every Admin.
const QSet<Id>& ExpectationCheck::holdersAt(Id rootId, int permission) const
{
    const QPair<Id, int> key{rootId, permission};
    auto it = m_holders.constFind(key);
    if (it != m_holders.cend())
        return *it;
    QSet<Id> users = admins();
    QList<const Team*> teams;
    if (const auto before = m_teamsBefore.constFind(rootId); before != m_teamsBefore.cend()) {
        teams = *before;
    } else {
        for (Id teamId : m_directory.teamsOn(rootId))
            teams.append(m_directory.team(teamId));
    }
    for (const Team* t : std::as_const(teams)) {
        const Team& team = *t;
        if (m_catalog.closure(team.permissions).test(permission))
            m_access.addActiveMembers(team.users, team.roles, users);
    }
    return *m_holders.insert(key, std::move(users));
}

void ExpectationCheck::takeTeamsAsBefore(const std::vector<Change>& journal, std::size_t mark)
{
    QHash<Id, const Team*> before; // each changed team as it was first found; null: new
    QSet<Id> roots;
    for (std::size_t i = mark; i < journal.size(); ++i) {
        const Change& change = journal[i];
        const Team* t = std::get_if<Team>(&change.row());
        if (!t)
            continue;
        if (!before.contains(t->id))
            before.insert(t->id, change.before ? std::get_if<Team>(&*change.before) : nullptr);
        for (const std::optional<Row>* side : {&change.before, &change.after}) {
            if (*side)
                roots.insert(std::get<Team>(**side).folderId);
        }
    }
    for (Id rootId : std::as_const(roots)) {
        QList<const Team*> teams;
        for (Id teamId : m_directory.teamsOn(rootId)) {
            if (!before.contains(teamId))
                teams.append(m_directory.team(teamId));
        }
        for (const Team* t : std::as_const(before)) {
            if (t && t->folderId == rootId)
                teams.append(t);
        }
        m_teamsBefore.insert(rootId, teams);
    }
    for (auto it = m_holders.begin(); it != m_holders.end();)
        it = roots.contains(it.key().first) ? m_holders.erase(it) : std::next(it);
}

QSet<Id> ExpectationCheck::globalHolders(int permission) const
{
    const GlobalAssignment assignment = m_directory.global(m_catalog.global(permission).key);
    // Login with no role is open to every active user.
    if (permission == m_catalog.known().login && assignment.roles.isEmpty()) {
        QSet<Id> everyone;
        for (const User& user : m_directory.users()) {
            if (user.status == UserStatus::Active)
                everyone.insert(user.id);
        }
        return everyone;
    }
    QSet<Id> users = admins();
    m_access.addActiveMembers(IdSet(), assignment.roles, users);
    return users;
}

bool ExpectationCheck::namesMissing(const Expectation& e) const
{
    return std::any_of(e.users.cbegin(), e.users.cend(), [this](Id userId) { return !m_directory.user(userId); })
        || std::any_of(e.roles.cbegin(), e.roles.cend(), [this](Id roleId) { return !m_directory.role(roleId); })
        || (e.folderId && !m_directory.folder(e.folderId));
}

QList<Violation> ExpectationCheck::violations(const Expectation& e) const
{
    QList<Violation> found = unsortedViolations(e);
    sort(found);
    return found;
}

QList<Violation> ExpectationCheck::unsortedViolations(const Expectation& e) const
{
    QList<Violation> found;
    if (namesMissing(e))
        return found;
    const QSet<Id> subjects = this->subjects(e);
    const bool holds = e.kind == Expectation::Kind::Holds;
    if (e.folderId == 0) {
        const int permission = m_catalog.globalIndex(e.permission);
        if (permission < 0)
            return found;
        if (e.kind == Expectation::Kind::Only) {
            for (Id userId : globalHolders(permission)) {
                if (!subjects.contains(userId))
                    found.append({userId, 0});
            }
        } else {
            for (Id userId : subjects) {
                if (m_access.globalPermissions(userId).test(permission) != holds)
                    found.append({userId, 0});
            }
        }
        return found;
    }
    const int permission = m_catalog.folderIndex(e.permission);
    if (permission < 0)
        return found;
    if (holds) {
        const QSet<Id>& holders = holdersAt(m_directory.securityRoot(e.folderId), permission);
        for (Id userId : subjects) {
            if (!holders.contains(userId))
                found.append({userId, e.folderId});
        }
        return found;
    }
    // The folder and everything beneath it, each with its security root; those sharing a root
    // share their violators.
    QHash<Id, Id> rootOf{{e.folderId, m_directory.securityRoot(e.folderId)}};
    QHash<Id, QList<Id>> violatorsAt;
    const QList<Id> folders = m_directory.subtree(e.folderId);
    for (Id folderId : folders) {
        const Folder* folder = m_directory.folder(folderId);
        const Id rootId = folderId == e.folderId ? rootOf.value(folderId)
            : folder->inherit                    ? rootOf.value(folder->parentId)
                                                 : folderId;
        rootOf.insert(folderId, rootId);
        auto at = violatorsAt.find(rootId);
        if (at == violatorsAt.end()) {
            QList<Id> violators;
            for (Id userId : holdersAt(rootId, permission)) {
                if (subjects.contains(userId) == (e.kind == Expectation::Kind::Never))
                    violators.append(userId);
            }
            at = violatorsAt.insert(rootId, violators);
        }
        for (Id userId : std::as_const(*at))
            found.append({userId, folderId});
    }
    return found;
}

void ExpectationCheck::sort(QList<Violation>& violations) const
{
    if (violations.size() < 2)
        return;
    // Each user ranked once by username and each folder placed once, then sorted by the two numbers:
    // an "only" over a large subtree has many violations.
    QList<Id> users;
    QHash<Id, int> rank;
    for (const Violation& v : std::as_const(violations)) {
        if (!rank.contains(v.userId)) {
            rank.insert(v.userId, 0);
            users.append(v.userId);
        }
    }
    std::sort(users.begin(), users.end(), [this](Id a, Id b) {
        return Names::key(m_directory.user(a)->username) < Names::key(m_directory.user(b)->username);
    });
    for (int i = 0; i < users.size(); ++i)
        rank[users[i]] = i;
    const Directory::Tree& tree = m_directory.tree();
    std::vector<std::pair<std::pair<int, int>, Violation>> keyed;
    keyed.reserve(std::size_t(violations.size()));
    for (const Violation& v : std::as_const(violations))
        keyed.push_back({{rank.value(v.userId), tree.positionOf.value(v.folderId, -1)}, v});
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        violations[qsizetype(i)] = keyed[i].second;
}

QString ExpectationCheck::describe(const Expectation& e, const Violation& v, bool wouldBe) const
{
    const User* user = m_directory.user(v.userId);
    const QString who = user ? user->username : QString::number(v.userId);
    const bool lacks = e.kind == Expectation::Kind::Holds;
    if (v.folderId == 0) {
        if (lacks)
            return wouldBe ? tr("%1 would lack %2").arg(who, e.permission) : tr("%1 lacks %2").arg(who, e.permission);
        return wouldBe ? tr("%1 would hold %2").arg(who, e.permission) : tr("%1 holds %2").arg(who, e.permission);
    }
    const QString path = m_directory.path(v.folderId);
    if (lacks)
        return wouldBe ? tr("%1 would lack %2 on %3").arg(who, e.permission, path)
                       : tr("%1 lacks %2 on %3").arg(who, e.permission, path);
    return wouldBe ? tr("%1 would hold %2 on %3").arg(who, e.permission, path)
                   : tr("%1 holds %2 on %3").arg(who, e.permission, path);
}

QString ExpectationCheck::subjectNames(const Expectation& e) const
{
    QStringList users, roles;
    for (Id userId : e.users) {
        const User* user = m_directory.user(userId);
        users.append(user ? user->username : tr("(deleted user)"));
    }
    for (Id roleId : e.roles) {
        const Role* role = m_directory.role(roleId);
        roles.append(QStringLiteral("role:") + (role ? role->name : tr("(deleted role)")));
    }
    auto byKey = [](const QString& a, const QString& b) { return Names::key(a) < Names::key(b); };
    std::sort(users.begin(), users.end(), byKey);
    std::sort(roles.begin(), roles.end(), byKey);
    return (users + roles).join(QLatin1String(", "));
}

QString ExpectationCheck::statement(const Expectation& e) const
{
    const QString who = subjectNames(e);
    const QString where = e.folderId == 0 ? tr("globally")
        : m_directory.folder(e.folderId)  ? m_directory.path(e.folderId)
                                          : tr("(deleted folder)");
    switch (e.kind) {
    case Expectation::Kind::Holds:
        return e.folderId == 0 ? tr("Always held by %1: %2, globally").arg(who, e.permission)
                               : tr("Always held by %1: %2 on %3").arg(who, e.permission, where);
    case Expectation::Kind::Never:
        return e.folderId == 0 ? tr("Never held by %1: %2, globally").arg(who, e.permission)
                               : tr("Never held by %1: %2 on %3 or beneath").arg(who, e.permission, where);
    case Expectation::Kind::Only:
        return e.folderId == 0 ? tr("Held only by %1: %2, globally").arg(who, e.permission)
                               : tr("Held only by %1: %2 on %3 or beneath").arg(who, e.permission, where);
    }
    return {};
}

QList<const Expectation*> ExpectationCheck::byName(const Directory& d)
{
    QList<const Expectation*> all;
    for (const Expectation& e : d.expectations())
        all.append(&e);
    std::sort(all.begin(), all.end(),
              [](const Expectation* a, const Expectation* b) { return Names::key(a->name) < Names::key(b->name); });
    return all;
}

Status ExpectationCheck::readSubjects(const Directory& d, const QString& text, Expectation& e)
{
    e.users.clear();
    e.roles.clear();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.startsWith(QLatin1String("role:"))) {
            const Role* role = d.roleNamed(name.mid(5));
            if (!role)
                return invalid(tr("there is no role %1").arg(Names::quoted(Names::echo(name.mid(5)))));
            e.roles.insert(role->id);
        } else if (const User* user = d.userNamed(name)) {
            e.users.insert(user->id);
        } else {
            return invalid(tr("there is no user %1").arg(Names::quoted(Names::echo(name))));
        }
    }
    return {};
}

Status ExpectationCheck::validate(const Directory& d, const Catalog& catalog, const Expectation& e)
{
    if (const QString problem = Names::checkTeamName(e.name); !problem.isEmpty())
        return invalid(tr("invalid expectation name: %1").arg(problem));
    if (const Expectation* same = d.expectationNamed(e.name); same && same->id != e.id)
        return refused(tr("an expectation named %1 already exists").arg(Names::quoted(same->name)));
    if (e.users.isEmpty() && e.roles.isEmpty())
        return invalid(tr("an expectation names at least one user or role"));
    for (Id userId : e.users) {
        if (!d.user(userId))
            return invalid(tr("the user does not exist"));
    }
    for (Id roleId : e.roles) {
        if (!d.role(roleId))
            return invalid(tr("the role does not exist"));
    }
    if (e.folderId && !d.folder(e.folderId))
        return invalid(tr("the folder does not exist"));
    if (e.folderId && catalog.folderIndex(e.permission) < 0)
        return invalid(tr("unknown folder permission %1").arg(Names::echo(e.permission)));
    if (!e.folderId && catalog.globalIndex(e.permission) < 0)
        return invalid(
            tr("unknown global permission %1 (a folder permission needs a folder)").arg(Names::echo(e.permission)));
    if (e.note.size() > 2000)
        return invalid(tr("the note is longer than 2000 characters"));
    const bool control = std::any_of(e.note.cbegin(), e.note.cend(), [](QChar c) {
        return c != QLatin1Char('\n') && (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format);
    });
    if (control)
        return invalid(tr("the note holds control or invisible characters"));
    return {};
}

// Verdicts

QStringList ExpectationVerdict::brokenNames() const
{
    QStringList names;
    for (const Breach& breach : broken)
        names.append(breach.name);
    return names;
}

Error ExpectationVerdict::refusal(const Catalog& catalog) const
{
    const Breach& first = broken.first();
    QString message = Expectations::tr("this change would break %1: %2").arg(Names::quoted(first.name), first.first);
    if (first.added > 1)
        message += Expectations::tr(" (and %n more violation(s))", nullptr, int(first.added - 1));
    if (broken.size() > 1)
        message += Expectations::tr("; it would also break %n other expectation(s)", nullptr, int(broken.size() - 1));
    message += Expectations::tr("; an operator holding %1 may override it with a reason")
                   .arg(catalog.global(catalog.known().securityEdit).key);
    return refused(message);
}

namespace {

// What the changes since mark touch: the users and roles whose rows change, the folders whose
// access or place changes (after the edit), and whether anyone's global permissions do.
struct Touched
{
    QSet<Id> users;
    QSet<Id> roles;
    QSet<Id> folderRows; // folders that come, go, move or change inheritance
    QSet<Id> leftFrom; // where moved and deleted folders were, and everything above
    QSet<Id> judgedNot; // expectations the changes add or delete
    QHash<Id, QString> deletedNames; // users and roles deleted, by their name before
    bool global = false;
    bool teamsOnly = true; // nothing but teams (and expectations) changed
    std::vector<int> markedBefore; // after the edit, per tree position: touched folders before it

    void read(const std::vector<Change>& journal, std::size_t mark, const Directory& d)
    {
        for (std::size_t i = mark; i < journal.size(); ++i) {
            const Change& change = journal[i];
            teamsOnly = teamsOnly
                && (std::holds_alternative<Team>(change.row()) || std::holds_alternative<Expectation>(change.row()));
            if (auto f = std::get_if<Folder>(&change.row()))
                readFolder(change, f->id, d);
            else if (auto u = std::get_if<User>(&change.row()))
                readUser(change, u->id);
            else if (auto r = std::get_if<Role>(&change.row())) {
                roles.insert(r->id);
                if (!change.after)
                    deletedNames.insert(r->id, r->name);
            } else if (std::holds_alternative<GlobalAssignment>(change.row()))
                global = true;
            else if (auto e = std::get_if<Expectation>(&change.row())) {
                if (!change.before || !change.after || !d.expectation(e->id))
                    judgedNot.insert(e->id);
            }
        }
    }

    void readUser(const Change& change, Id userId)
    {
        users.insert(userId);
        const User* before = change.before ? std::get_if<User>(&*change.before) : nullptr;
        const User* after = change.after ? std::get_if<User>(&*change.after) : nullptr;
        const QSet<Id> rolesBefore = before ? before->roles.toSet() : QSet<Id>();
        const QSet<Id> rolesAfter = after ? after->roles.toSet() : QSet<Id>();
        // A user who comes, goes or changes status joins or leaves every role they are in as a subject.
        const bool everyRole = !before || !after || before->status != after->status;
        roles.unite(everyRole ? QSet<Id>(rolesBefore) : QSet<Id>(rolesBefore).subtract(rolesAfter));
        roles.unite(everyRole ? rolesAfter : QSet<Id>(rolesAfter).subtract(rolesBefore));
        if (before && !after)
            deletedNames.insert(userId, before->username);
    }

    // A folder that leaves a subtree (moved away, deleted) takes its violations with it: the
    // expectations above where it was are touched too.
    void readFolder(const Change& change, Id folderId, const Directory& d)
    {
        folderRows.insert(folderId);
        const Folder* before = change.before ? std::get_if<Folder>(&*change.before) : nullptr;
        const Folder* after = change.after ? std::get_if<Folder>(&*change.after) : nullptr;
        if (!before || (after && after->parentId == before->parentId))
            return;
        for (Id at = before->parentId; at != 0 && !leftFrom.contains(at);) {
            leftFrom.insert(at);
            const Folder* parent = d.folder(at);
            at = parent ? parent->parentId : 0;
        }
    }

    void readImpact(const Impact& impact, const Directory& d)
    {
        const Directory::Tree& tree = d.tree();
        std::vector<int> marks(std::size_t(tree.order.size()) + 1, 0); // +1 at a range's start, -1 past its end
        auto markRange = [&](int from, int to) {
            marks[std::size_t(from)] += 1;
            marks[std::size_t(to)] -= 1;
        };
        QSet<int> regions;
        for (const UserImpact& user : impact.users) {
            users.insert(user.userId);
            global = global || user.statusChanged || !user.globalGained.isEmpty() || !user.globalLost.isEmpty();
            for (const RegionChange& change : user.regions)
                regions.insert(change.region);
        }
        const qsizetype folders = tree.order.size();
        for (int region : std::as_const(regions)) {
            for (qsizetype at : impact.regions.at(region).order) {
                if (at < folders) // past the end: deleted
                    markRange(int(at), int(at) + 1);
            }
        }
        // A folder that comes or moves brings everything beneath it under its new ancestors.
        for (Id folderId : std::as_const(folderRows)) {
            const int at = tree.positionOf.value(folderId, -1);
            if (at >= 0)
                markRange(at, subtreeEnd(tree, at));
        }
        markedBefore.assign(marks.size(), 0);
        int depth = 0, count = 0;
        for (std::size_t i = 0; i + 1 < marks.size(); ++i) {
            markedBefore[i] = count;
            depth += marks[i];
            count += depth > 0 ? 1 : 0;
        }
        markedBefore.back() = count;
    }

    // "the user maya.cohen it names would be deleted"
    QString missingWords(const Expectation& e, const Directory& d, const Impact& impact) const
    {
        for (Id userId : e.users) {
            if (!d.user(userId))
                return Expectations::tr("the user %1 it names would be deleted").arg(deletedNames.value(userId));
        }
        for (Id roleId : e.roles) {
            if (!d.role(roleId))
                return Expectations::tr("the role %1 it names would be deleted").arg(deletedNames.value(roleId));
        }
        return Expectations::tr("the folder %1 it is about would be deleted").arg(impact.path(e.folderId, d));
    }

    static int subtreeEnd(const Directory::Tree& tree, int at)
    {
        int end = at + 1;
        while (end < tree.order.size() && tree.parentAt[std::size_t(end)] >= at)
            ++end;
        return end;
    }

    bool touches(const Expectation& e, const Directory& d) const
    {
        if (e.users.intersects(users) || e.roles.intersects(roles))
            return true;
        if (e.folderId == 0)
            return global;
        if (folderRows.contains(e.folderId) || (e.kind != Expectation::Kind::Holds && leftFrom.contains(e.folderId)))
            return true;
        const Directory::Tree& tree = d.tree();
        const int at = tree.positionOf.value(e.folderId, -1);
        if (at < 0)
            return true; // deleted
        const int end = e.kind == Expectation::Kind::Holds ? at + 1 : subtreeEnd(tree, at);
        return markedBefore[std::size_t(end)] > markedBefore[std::size_t(at)];
    }
};

Breach breachOf(const Expectation& e, const QList<Violation>& added, const ExpectationCheck& check)
{
    return Breach{e.id, e.name, check.describe(e, added.first(), true), added.size(), false};
}

void sortVerdict(ExpectationVerdict& verdict)
{
    std::sort(verdict.broken.begin(), verdict.broken.end(),
              [](const Breach& a, const Breach& b) { return Names::key(a.name) < Names::key(b.name); });
    std::sort(verdict.mended.begin(), verdict.mended.end(),
              [](const QString& a, const QString& b) { return Names::key(a) < Names::key(b); });
}

} // namespace

ExpectationVerdict Expectations::judge(Directory& d, const Catalog& catalog, std::size_t mark, const Impact& impact)
{
    ExpectationVerdict verdict;
    if (d.expectations().isEmpty())
        return verdict;
    Touched touched;
    touched.read(d.journal(), mark, d);
    touched.readImpact(impact, d);

    QList<Id> judged;
    QHash<Id, QList<Violation>> after;
    ExpectationCheck afterCheck(d, catalog);
    for (const Expectation& e : d.expectations()) {
        if (touched.judgedNot.contains(e.id) || !touched.touches(e, d))
            continue;
        if (afterCheck.namesMissing(e)) {
            verdict.broken.append(Breach{e.id, e.name, touched.missingWords(e, d, impact), 1, true});
            continue;
        }
        judged.append(e.id);
        after.insert(e.id, afterCheck.unsortedViolations(e));
    }
    verdict.evaluated = int(judged.size() + verdict.broken.size());
    if (judged.isEmpty()) {
        sortVerdict(verdict);
        return verdict;
    }

    QHash<Id, QSet<Violation>> before;
    auto readBefore = [&](const ExpectationCheck& check) {
        for (Id id : std::as_const(judged)) {
            if (const Expectation* e = d.expectation(id)) {
                // Unsorted: sorting needs the tree in order, which a rollback undoes.
                const QList<Violation> found = check.unsortedViolations(*e);
                before.insert(id, QSet<Violation>(found.cbegin(), found.cend()));
            }
        }
    };
    if (touched.teamsOnly) {
        // Only teams changed: the state before is the teams as they were, and every other root's
        // holders, worked out already, are the same.
        afterCheck.takeTeamsAsBefore(d.journal(), mark);
        readBefore(afterCheck);
    } else {
        const std::vector<Change> changes(d.journal().begin() + std::ptrdiff_t(mark), d.journal().end());
        d.rollbackTo(mark);
        readBefore(ExpectationCheck(d, catalog));
        d.redo(changes);
    }

    const ExpectationCheck check(d, catalog);
    for (Id id : std::as_const(judged)) {
        const Expectation& e = *d.expectation(id);
        const QSet<Violation>& was = before[id];
        QList<Violation> added;
        for (const Violation& v : after.value(id)) {
            if (!was.contains(v))
                added.append(v);
        }
        if (!added.isEmpty()) {
            check.sort(added);
            verdict.broken.append(breachOf(e, added, check));
        } else if (!was.isEmpty() && after.value(id).isEmpty()) {
            verdict.mended.append(e.name);
        }
    }
    sortVerdict(verdict);
    return verdict;
}

ExpectationVerdict Expectations::judgeAll(const Directory& before, const Directory& after, const Catalog& catalog)
{
    ExpectationVerdict verdict;
    const ExpectationCheck was(before, catalog);
    const ExpectationCheck is(after, catalog);
    // Named, so that two directories with ids of their own compare.
    auto named = [](const Directory& d, const Violation& v) {
        return QPair<QString, QString>(Names::key(d.user(v.userId)->username),
                                       v.folderId ? d.path(v.folderId) : QString());
    };
    for (const Expectation& e : after.expectations()) {
        const Expectation* old = before.expectationNamed(e.name);
        ++verdict.evaluated;
        const QList<Violation> now = is.violations(e);
        if (!old) // new: may come broken
            continue;
        QSet<QPair<QString, QString>> earlier;
        const QList<Violation> then = was.unsortedViolations(*old);
        for (const Violation& v : then)
            earlier.insert(named(before, v));
        QList<Violation> added;
        for (const Violation& v : now) {
            if (!earlier.contains(named(after, v)))
                added.append(v);
        }
        if (!added.isEmpty())
            verdict.broken.append(breachOf(e, added, is));
        else if (!then.isEmpty() && now.isEmpty())
            verdict.mended.append(e.name);
    }
    sortVerdict(verdict);
    return verdict;
}

void Expectations::dropMissing(Directory& d, std::size_t mark, const ExpectationVerdict& verdict)
{
    if (std::none_of(verdict.broken.cbegin(), verdict.broken.cend(), [](const Breach& b) { return b.missing; }))
        return;
    // Taken away before the changes, so that nothing refers to the rows they delete when they are written.
    const std::vector<Change> changes(d.journal().begin() + std::ptrdiff_t(mark), d.journal().end());
    d.rollbackTo(mark);
    for (const Breach& breach : verdict.broken) {
        if (breach.missing) {
            if (const Expectation* e = d.expectation(breach.expectationId))
                d.remove(Row(*e));
        }
    }
    d.redo(changes);
}

} // namespace warden
