#include "Store.h"

#include "Checkpoint.h"

#include "SecretBox.h"
#include "SqlStore.h"

#include "models/domain/ConnectionTypes.h"
#include "AuditFormat.h"
#include "StoreAddress.h"

#include "models/access/Expectations.h"
#include "models/access/Restore.h"

#include "models/domain/BuiltinCatalog.h"
#include "models/domain/Names.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace warden {

Store::Store(const QString& location, const Catalog& catalog) : m_location(location), m_catalog(catalog) { }

namespace {

bool freesOnClose = true;

} // namespace

Store::~Store()
{
    // Left to the system, which takes a process's memory back at once, instead of row by row.
    if (!freesOnClose)
        new Directory(std::move(m_directory));
}

void Store::leaveMemoryToTheSystem() { freesOnClose = false; }

bool Store::isPostgresLocation(const QString& location) { return PostgresAddress::isPostgres(location); }

QString Store::withoutPassword(const QString& location)
{
    const auto address = PostgresAddress::parse(location);
    return address && !address->password.isEmpty() ? address->location() : location;
}

QString Store::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("WARDEN_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/warden/warden.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString& location, OpenMode mode, const Catalog& catalog,
                                           const QString& password)
{
    auto store = SqlStore::open(location, mode, catalog, password);
    if (!store)
        return store.error();
    return std::unique_ptr<Store>(std::move(store.value()));
}

Result<std::unique_ptr<Store>> Store::create(const QString& location, const Directory& content, const Catalog& catalog,
                                             const QString& operatorName, const QString& summary,
                                             const QString& password)
{
    return SqlStore::create(location, content, catalog, operatorName, summary, password);
}

Directory Store::initialContent(const Catalog& catalog, const QString& adminName)
{
    Directory content;
    QHash<QString, Id> presetIds;
    for (const PresetInfo& preset : catalog.presets()) {
        const Role role{Directory::newId(), preset.name, 1};
        content.load(role);
        for (const QString& key : preset.permissions) {
            GlobalAssignment assignment = content.global(key);
            assignment.roles.insert(role.id);
            assignment.version = 1;
            content.load(assignment);
        }
        presetIds.insert(preset.key, role.id);
    }
    User admin;
    admin.id = Directory::newId();
    admin.username = adminName;
    admin.fullName = tr("Administrator");
    admin.roles.insert(presetIds.value(QStringLiteral("owner")));
    admin.version = 1;
    content.load(admin);
    for (const ConnectionType& type : builtinConnectionTypes())
        content.load(type);
    return content;
}

Error Store::lostError(const Error& lost)
{
    return conflict(tr("Warden lost its hold on the store file (%1); nothing was saved. Warden reopened the store "
                       "and shows what is stored now: check it and try again")
                        .arg(lost.message));
}

Status Store::reopen(const Error& lost)
{
    Status s = reconnect();
    if (s.ok())
        s = reload();
    if (s.ok())
        checkpointIfDue();
    if (s.failed())
        return failed(tr("Warden lost its hold on the store file (%1) and cannot open it again: %2; nothing can be "
                         "saved until it is opened again")
                          .arg(lost.message, s.error().message));
    Q_EMIT reloaded();
    Q_EMIT reopened(tr("Warden lost its hold on the store file (%1) and opened it again; what is shown is what the "
                       "store holds now")
                        .arg(lost.message));
    return {};
}

namespace {

// Replaces the clear secrets of a connection edit by sealed ones; the key is created on first use.
template <typename E> Status sealIn(E& e)
{
    std::optional<SecretBox> box;
    for (auto it = e.secrets.begin(); it != e.secrets.end(); ++it) {
        if (it.value().isEmpty() || SecretBox::isSealed(it.value()))
            continue;
        if (!box)
            box = SecretBox::load(true);
        auto sealed = box->seal(it.value());
        if (!sealed)
            return sealed.error();
        it.value() = sealed.value();
    }
    return {};
}

Status sealEdit(Edit& edit, const Directory& directory)
{
    // Typed secrets are checked in clear, the only moment they can be.
    auto check = [&](const QString& typeName, const QHash<QString, QString>& secrets) -> Status {
        const ConnectionType* type = directory.connectionType(typeName);
        if (!type)
            return {}; // the editor says so
        auto fields = ConnectionTypes::fields(*type);
        return fields ? ConnectionTypes::checkSecrets(fields.value(), secrets) : Status();
    };
    if (auto* add = std::get_if<edit::AddConnection>(&edit)) {
        if (Status s = check(add->type, add->secrets); s.failed())
            return s;
        return sealIn(*add);
    }
    if (auto* update = std::get_if<edit::UpdateConnection>(&edit)) {
        if (const Connection* connection = directory.connection(update->connectionId)) {
            if (Status s = check(connection->type, update->secrets); s.failed())
                return s;
        }
        return sealIn(*update);
    }
    return {};
}

} // namespace

Result<QString> Store::revealSecret(Id connectionId, const QString& field) const
{
    const Connection* connection = m_directory.connection(connectionId);
    if (!connection || !connection->secrets.contains(field))
        return invalid(tr("the secret %1 is not set").arg(field));
    return SecretBox::load(false).open(connection->secrets.value(field));
}

QString Store::secretKeyProblem() const
{
    for (const Connection& connection : m_directory.connections()) {
        if (connection.secrets.isEmpty())
            continue;
        const SecretBox box = SecretBox::load(false);
        if (!box.hasKey())
            return box.problem();
        auto opened = box.open(connection.secrets.cbegin().value());
        return opened ? QString() : opened.error().message;
    }
    return {};
}

Result<Applied> Store::apply(const Edit& edit, Id operatorId)
{
    auto outcome = run(edit, operatorId, false);
    if (!outcome)
        return outcome.error();
    return std::move(outcome->applied);
}

Result<Store::Outcome> Store::preview(const Edit& edit, Id operatorId) { return run(edit, operatorId, true); }

Result<Store::Outcome> Store::run(const Edit& given, Id operatorId, bool dryRun)
{
    if (Status s = mayActAs(operatorId); s.failed())
        return s.error();
    if (Status s = mayOverride(operatorId); s.failed())
        return s.error();
    Edit edit = given;
    if (Status sealed = sealEdit(edit, m_directory); sealed.failed())
        return sealed.error();
    const User* op = m_directory.user(operatorId);
    const QString operatorName = op ? op->username : QString(); // the edit may delete the operator
    Outcome outcome;
    auto applied = withRetries([&](bool* retry) -> Result<Applied> {
        EditApplier editor(m_directory, m_catalog);
        const std::size_t mark = m_directory.journalSize();
        Result<Applied> applied = editor.apply(edit, operatorId);
        if (!applied)
            return applied;
        return finish(std::move(applied.value()), mark, operatorName, retry, dryRun ? &outcome : nullptr, dryRun);
    });
    return finished(std::move(applied), std::move(outcome), dryRun);
}

Result<Store::Outcome> Store::applyBulk(const QList<Edit>& given, Id operatorId, const QString& summary, bool dryRun,
                                        int* failedAt)
{
    for (const Status& s : {mayActAs(operatorId), mayOverride(operatorId)}) {
        if (s.failed()) {
            *failedAt = -1;
            return s.error();
        }
    }
    QList<Edit> edits = given; // shared: copied only when a connection's secrets are sealed
    for (int i = 0; i < edits.size(); ++i) {
        const Edit& edit = edits.at(i);
        if (!std::holds_alternative<edit::AddConnection>(edit) && !std::holds_alternative<edit::UpdateConnection>(edit))
            continue;
        if (Status sealed = sealEdit(edits[i], m_directory); sealed.failed()) {
            *failedAt = i;
            return sealed.error();
        }
    }
    const User* op = m_directory.user(operatorId);
    const QString operatorName = op ? op->username : QString();
    Outcome outcome;
    auto committed = withRetries([&](bool* retry) -> Result<Applied> {
        const std::size_t mark = m_directory.journalSize();
        EditApplier editor(m_directory, m_catalog);
        Result<Applied> applied = editor.applyAll(edits, operatorId, summary, failedAt);
        if (!applied)
            return applied;
        // A plan's record says what it changed, written or not.
        return finish(std::move(applied.value()), mark, operatorName, retry, &outcome, dryRun);
    });
    return finished(std::move(committed), std::move(outcome), dryRun);
}

// The last step of an edit whose rows the journal holds since mark: its impact measured (when
// asked for, or when expectations must be judged), the expectations judged, then written, or for a
// dry run taken back. An edit that breaks an expectation is refused unless overridden; a dry run
// reports it in the outcome instead.
Result<Applied> Store::finish(Applied applied, std::size_t mark, const QString& operatorName, bool* retry,
                              Outcome* outcome, bool dryRun)
{
    const bool guarded = !m_directory.expectations().isEmpty() && m_directory.journalSize() > mark;
    Impact impact;
    if (outcome || guarded)
        impact = Impact::measure(m_directory, m_catalog, mark);
    ExpectationVerdict verdict;
    if (guarded)
        verdict = Expectations::judge(m_directory, m_catalog, mark, impact);
    if (verdict.breaks()) {
        if (m_override.isEmpty() && !dryRun) {
            m_directory.rollbackTo(mark);
            return verdict.refusal(m_catalog);
        }
        if (!m_override.isEmpty()) {
            Expectations::dropMissing(m_directory, mark, verdict);
            applied.summary = overridden(applied.summary, verdict);
        }
    }
    if (outcome) {
        outcome->impact = std::move(impact);
        outcome->expectations = std::move(verdict);
    }
    if (!dryRun)
        return commit(std::move(applied), mark, operatorName, retry);
    m_directory.rollbackTo(mark);
    return applied;
}

Result<Store::Outcome> Store::finished(Result<Applied> applied, Outcome outcome, bool dryRun)
{
    if (!applied)
        return applied.error();
    outcome.applied = std::move(applied.value());
    outcome.written = !dryRun && !outcome.applied.changes.empty();
    return outcome;
}

Result<Applied> Store::withRetries(const std::function<Result<Applied>(bool* retry)>& attempt)
{
    bool caughtUp = false;
    for (int tries = 1;; ++tries) {
        bool retry = false;
        Result<Applied> result = attempt(&retry);
        if (!result && !retry && !caughtUp && result.error().kind == ErrorKind::Refused) {
            // A refusal must not come from an old copy of the directory: check again on the latest.
            // (Not a conflict or a cancel: those must stay as they are.)
            caughtUp = true;
            auto latest = lastAuditId();
            retry = latest && latest.value() > m_lastSeen && sync().ok();
        }
        if (!retry)
            return result;
        if (tries == 5)
            return conflict(tr("the store kept changing while this change was being saved; nothing was saved; "
                               "try again"));
    }
}

// Writes what the directory's journal holds since mark, with its audit entry, and announces it.
Result<Applied> Store::commit(Applied applied, std::size_t mark, const QString& operatorName, bool* retry)
{
    if (m_directory.journalSize() == mark)
        return applied; // nothing to change: nothing written, nothing logged
    if (Status lost = attachment(); lost.failed()) {
        m_directory.rollbackTo(mark);
        if (Status s = reopen(lost.error()); s.failed())
            return s.error();
        return lostError(lost.error());
    }
    AuditEntry entry;
    entry.operatorName = operatorName;
    entry.summary = applied.summary;
    entry.beforeJson = rowsJson(m_directory.journal(), false, m_directory, m_catalog);
    entry.afterJson = rowsJson(m_directory.journal(), true, m_directory, m_catalog);
    entry.rows = Checkpoint::encodeChanges(m_directory.journal(), m_catalog);
    m_writing = true;
    auto id = persist(m_directory.journal(), entry, m_lastSeen);
    m_writing = false;
    if (id && id.value() == 0) {
        // Others wrote first: catch up, then check the edit again on what they left, unless they
        // changed a row it changes, which is a conflict.
        const std::vector<Change> attempted(m_directory.journal().begin() + std::ptrdiff_t(mark),
                                            m_directory.journal().end());
        m_directory.rollbackTo(mark);
        if (Status s = sync(); s.failed())
            return s.error();
        if (const std::optional<Row> row = changedMeanwhile(attempted))
            return conflict(tr("%1 was changed by someone else meanwhile; nothing was saved; check what is stored now "
                               "and try again")
                                .arg(describeRow(*row)));
        *retry = true;
        return conflict(tr("the store changed meanwhile"));
    }
    if (!id) {
        m_directory.rollbackTo(mark);
        // A conflict means others changed the store: show what they did.
        if (id.error().kind == ErrorKind::Conflict)
            sync();
        return id.error();
    }
    m_lastSeen = id.value(); // nobody else wrote in between: the log was checked under the write lock
    applied.changes = m_directory.takeJournal();
    m_rowsSinceCheckpoint += qsizetype(applied.changes.size());
    Q_EMIT changed(applied.changes);
    checkpointIfDue();
    return applied;
}

// The first row of an attempted edit that is no longer as the edit found it.
std::optional<Row> Store::changedMeanwhile(const std::vector<Change>& attempted) const
{
    QSet<QString> seen;
    for (const Change& change : attempted) {
        const QString key = rowKey(change.row());
        if (seen.contains(key))
            continue; // how the edit found the row is in its first change
        seen.insert(key);
        const std::optional<Row> current = m_directory.current(change.row());
        const bool same = change.before ? (current && rowVersion(*current) == rowVersion(*change.before)) : !current;
        if (!same)
            return change.before ? *change.before : change.row(); // named as this client saw it
    }
    return std::nullopt;
}

Result<Applied> Store::revert(const Applied& applied, const QString& summary, Id operatorId)
{
    auto outcome = runRevert(applied, summary, operatorId, false);
    if (!outcome)
        return outcome.error();
    return std::move(outcome->applied);
}

Result<Store::Outcome> Store::previewRevert(const Applied& applied, Id operatorId)
{
    return runRevert(applied, {}, operatorId, true);
}

Result<Store::Outcome> Store::runRevert(const Applied& applied, const QString& summary, Id operatorId, bool dryRun)
{
    if (Status s = mayActAs(operatorId); s.failed())
        return s.error();
    if (Status s = mayOverride(operatorId); s.failed())
        return s.error();
    Outcome outcome;
    auto reverted = withRetries([&](bool* retry) -> Result<Applied> {
        const Rights rights(m_directory, m_catalog, operatorId);
        if (Status s
            = applied.wholeDirectory ? rights.require(Operation::ReplaceContent) : rights.checkRestore(applied.changes);
            s.failed())
            return s.error();
        const Rights::Holdings held = rights.holdings();
        const QString operatorName = m_directory.user(operatorId)->username;
        const std::size_t mark = m_directory.journalSize();
        for (auto it = applied.changes.crbegin(); it != applied.changes.crend(); ++it) {
            const Row& any = it->row();
            const std::optional<Row> current = m_directory.current(any);
            const bool unchanged = it->after ? (current && rowVersion(*current) == rowVersion(*it->after)) : !current;
            if (!unchanged) {
                m_directory.rollbackTo(mark);
                return conflict(tr("%1 has changed since; undoing would overwrite that change").arg(describeRow(any)));
            }
            if (it->before)
                m_directory.put(*it->before);
            else
                m_directory.remove(*it->after);
        }
        if (Status s = Restore::check(m_directory, m_catalog, applied.changes); s.failed()) {
            m_directory.rollbackTo(mark);
            return s.error();
        }
        // Putting back what someone else granted is granting it now (an Admin may, as with an import).
        if (Status s = applied.wholeDirectory ? Status() : rights.checkGrants(m_directory.journal(), mark, held);
            s.failed()) {
            m_directory.rollbackTo(mark);
            return s.error();
        }
        Applied reverted;
        reverted.summary = summary;
        reverted.createdId = applied.createdId;
        reverted.wholeDirectory = applied.wholeDirectory;
        return finish(std::move(reverted), mark, operatorName, retry, dryRun ? &outcome : nullptr, dryRun);
    });
    return finished(std::move(reverted), std::move(outcome), dryRun);
}

Status Store::mayReplace(const QString& operatorName) const
{
    const User* op = m_directory.userNamed(operatorName);
    if (Status s = mayActAs(op ? op->id : 0); s.failed())
        return s;
    // Into an empty store (init, a first import) anyone may; over a directory, only an Admin.
    if (!m_directory.isEmpty()) {
        if (!op)
            return refused(
                tr("replacing the store's content needs Admin, which %1 does not hold").arg(Names::echo(operatorName)));
        if (Status s = rights(op->id).require(Operation::ReplaceContent); s.failed())
            return s;
    }
    return mayOverride(op ? op->id : 0);
}

Status Store::mayOverride(Id operatorId) const
{
    if (m_override.isEmpty())
        return {};
    const Rights r = rights(operatorId);
    if (!r.may(Operation::GuardAccess))
        return refused(tr("overriding an expectation needs %1").arg(r.needed(Operation::GuardAccess)));
    return {};
}

QString Store::overridden(const QString& summary, const ExpectationVerdict& verdict) const
{
    QStringList names;
    for (const QString& name : verdict.brokenNames())
        names.append(Names::quoted(name));
    return tr("%1 (overriding %2: %3)").arg(summary, names.join(QLatin1String(", ")), m_override);
}

Status Store::putContent(const Directory& content)
{
    Directory& d = m_directory;
    const QList<Id> oldExpectations = d.expectations().keys();
    for (Id id : oldExpectations)
        d.remove(Row(*d.expectation(id)));
    const QList<Id> oldTemplates = d.templates().keys();
    for (Id id : oldTemplates)
        d.remove(Row(*d.releaseTemplate(id)));
    const QList<Id> oldConnections = d.connections().keys();
    for (Id id : oldConnections)
        d.remove(Row(*d.connection(id)));
    const QList<QString> oldTypes = d.connectionTypes().keys();
    for (const QString& name : oldTypes)
        d.remove(Row(*d.connectionType(name)));
    const QList<Id> oldFolders = d.treeOrder();
    const QList<Id> oldTeams = d.teams().keys();
    for (Id id : oldTeams)
        d.removeTeam(id);
    for (auto it = oldFolders.crbegin(); it != oldFolders.crend(); ++it)
        d.removeFolder(*it);
    const auto oldGlobals = d.globals();
    for (GlobalAssignment assignment : oldGlobals) {
        if (!assignment.roles.isEmpty()) {
            assignment.roles.clear();
            d.put(assignment);
        }
    }
    const QList<Id> oldUsers = d.users().keys();
    for (Id id : oldUsers)
        d.removeUser(id);
    const QList<Id> oldRoles = d.roles().keys();
    for (Id id : oldRoles)
        d.removeRole(id);

    for (const Role& role : content.roles())
        d.put(role);
    for (const User& user : content.users())
        d.put(user);
    for (const GlobalAssignment& assignment : content.globals())
        d.put(assignment);
    for (Id id : content.treeOrder())
        d.put(*content.folder(id));
    for (const Team& team : content.teams())
        d.put(team);
    for (const ConnectionType& type : content.connectionTypes())
        d.put(type);
    for (Connection connection : content.connections()) {
        // A file may carry secrets in clear: they are checked and sealed before they are stored.
        Status s;
        if (const ConnectionType* type = content.connectionType(connection.type)) {
            if (auto fields = ConnectionTypes::fields(*type))
                s = ConnectionTypes::checkSecrets(fields.value(), connection.secrets);
        }
        if (s.ok())
            s = sealIn(connection);
        if (s.failed()) {
            d.rollbackTo(0);
            return s;
        }
        d.put(connection);
    }
    for (const Template& t : content.templates())
        d.put(t);
    for (const Expectation& e : content.expectations())
        d.put(e);

    return {};
}

Status Store::replaceContent(const Directory& content, const QString& operatorName, const QString& summary, int tries)
{
    if (Status s = mayReplace(operatorName); s.failed())
        return s;
    const ExpectationVerdict verdict = Expectations::judgeAll(m_directory, content, m_catalog);
    if (verdict.breaks() && m_override.isEmpty())
        return verdict.refusal(m_catalog);
    Directory& d = m_directory;
    if (Status s = putContent(content); s.failed())
        return s;
    AuditEntry entry;
    entry.operatorName = operatorName;
    entry.summary = verdict.breaks() ? overridden(summary, verdict) : summary;
    if (Status lost = attachment(); lost.failed()) {
        d.rollbackTo(0);
        if (Status s = reopen(lost.error()); s.failed())
            return s;
        return lostError(lost.error());
    }
    auto id = persist(d.journal(), entry, m_lastSeen);
    if (!id || id.value() == 0) {
        d.rollbackTo(0);
        if (!id)
            return id.error();
        // Others wrote first: catch up, so that what they added is replaced too.
        if (Status s = sync(); s.failed())
            return s;
        if (tries == 5)
            return conflict(tr("the store kept changing while it was being replaced; nothing was saved; try again"));
        return replaceContent(content, operatorName, summary, tries + 1);
    }
    m_lastSeen = id.value();
    const std::vector<Change> changes = d.takeJournal();
    m_rowsSinceCheckpoint += qsizetype(changes.size());
    Q_EMIT changed(changes);
    checkpointIfDue();
    return {};
}

namespace {

// The content with the ids of the rows this directory has of it, matched by name (users by
// username, roles by name, folders by path, teams, connections and templates by name on their
// folder), so that replacing one by the other compares like with like. The rest keep their ids.
Directory withIdsOf(const Directory& content, const Directory& current)
{
    QHash<Id, Id> roles, users, folders, teams, connections, templates;
    for (const Role& role : content.roles()) {
        if (const Role* same = current.roleNamed(role.name))
            roles.insert(role.id, same->id);
    }
    for (const User& user : content.users()) {
        if (const User* same = current.userNamed(user.username))
            users.insert(user.id, same->id);
    }
    for (Id id : content.treeOrder()) {
        if (const Id same = current.folderByPath(content.path(id)))
            folders.insert(id, same);
    }
    auto mapped = [](const QHash<Id, Id>& map, Id id) { return map.value(id, id); };
    // Of either kind of set (an IdSet is sorted once, not id by id).
    auto mappedSet = [&mapped](const QHash<Id, Id>& map, const auto& ids) {
        QList<Id> out;
        out.reserve(ids.size());
        for (Id id : ids)
            out.append(mapped(map, id));
        return std::decay_t<decltype(ids)>(out.cbegin(), out.cend());
    };
    for (const Team& team : content.teams()) {
        if (const Team* same = current.teamNamed(mapped(folders, team.folderId), team.name))
            teams.insert(team.id, same->id);
    }
    for (const Connection& c : content.connections()) {
        if (const Connection* same = current.connectionNamed(mapped(folders, c.folderId), c.title))
            connections.insert(c.id, same->id);
    }
    for (const Template& t : content.templates()) {
        if (const Template* same = current.templateNamed(mapped(folders, t.folderId), t.name))
            templates.insert(t.id, same->id);
    }
    Directory out;
    for (Role role : content.roles()) {
        role.id = mapped(roles, role.id);
        out.load(role);
    }
    for (User user : content.users()) {
        user.id = mapped(users, user.id);
        user.roles = mappedSet(roles, user.roles);
        out.load(user);
    }
    for (GlobalAssignment assignment : content.globals()) {
        assignment.roles = mappedSet(roles, assignment.roles);
        out.load(assignment);
    }
    for (Id id : content.treeOrder()) {
        Folder folder = *content.folder(id);
        folder.id = mapped(folders, folder.id);
        folder.parentId = mapped(folders, folder.parentId);
        out.load(folder);
    }
    for (Team team : content.teams()) {
        team.id = mapped(teams, team.id);
        team.folderId = mapped(folders, team.folderId);
        team.users = mappedSet(users, team.users);
        team.roles = mappedSet(roles, team.roles);
        out.load(team);
    }
    for (ConnectionType type : content.connectionTypes()) {
        type.grants = mappedSet(folders, type.grants);
        out.load(type);
    }
    for (Connection c : content.connections()) {
        c.id = mapped(connections, c.id);
        c.folderId = mapped(folders, c.folderId);
        c.allowedTemplates = mappedSet(templates, c.allowedTemplates);
        for (AccessEntry& entry : c.access) {
            const QHash<Id, Id>& map = entry.kind == AccessEntry::Kind::User ? users
                : entry.kind == AccessEntry::Kind::Role                      ? roles
                                                                             : teams;
            entry.principal = mapped(map, entry.principal);
        }
        out.load(c);
    }
    for (Template t : content.templates()) {
        t.id = mapped(templates, t.id);
        t.folderId = mapped(folders, t.folderId);
        t.uses = mappedSet(connections, t.uses);
        out.load(t);
    }
    for (Expectation e : content.expectations()) {
        if (const Expectation* same = current.expectationNamed(e.name))
            e.id = same->id;
        e.users = mappedSet(users, e.users);
        e.roles = mappedSet(roles, e.roles);
        e.folderId = mapped(folders, e.folderId);
        out.load(e);
    }
    return out;
}

} // namespace

Result<Store::Outcome> Store::previewReplace(const Directory& content, const QString& operatorName)
{
    if (Status s = mayReplace(operatorName); s.failed())
        return s.error();
    Outcome outcome;
    outcome.expectations = Expectations::judgeAll(m_directory, content, m_catalog);
    if (Status s = putContent(withIdsOf(content, m_directory)); s.failed())
        return s.error();
    outcome.impact = Impact::measure(m_directory, m_catalog, 0);
    m_directory.rollbackTo(0);
    return outcome;
}

Result<QList<AuditEntry>> Store::log(const QDateTime& since) const { return readLog(since); }

Status Store::mayActAs(Id operatorId) const
{
    if (Status s = refusedInThePast(); s.failed())
        return s;
    const Login who = login();
    if (who.owner)
        return {};
    const User* linked = m_directory.user(who.userId);
    if (!linked)
        return refused(tr("the database login '%1' is not linked to a Warden user; an Admin links it with "
                          "'wardenctl login link %1 USER'")
                           .arg(who.name));
    if (who.userId != operatorId)
        return refused(tr("the database login '%1' acts as %2; only the login that owns the store acts as "
                          "someone else")
                           .arg(who.name, linked->username));
    return {};
}

Result<QList<LoginLink>> Store::logins() const { return usage(noLoginsMessage()); }

Result<qint64> Store::persistLink(const AuditEntry&, const QString&, Id) { return usage(noLoginsMessage()); }

QString Store::noLoginsMessage()
{
    return tr("a local store has no database logins: whoever may write its file acts as anyone");
}

Status Store::linkLogin(const QString& loginName, Id userId, Id operatorId)
{
    if (!hasLogins())
        return usage(noLoginsMessage());
    if (Status s = mayActAs(operatorId); s.failed())
        return s;
    const User* op = m_directory.user(operatorId);
    if (!op || !access().isActive(operatorId))
        return refused(tr("the operator must be an active user"));
    if (Status s = rights(operatorId).require(Operation::Administer); s.failed())
        return s;
    auto links = logins();
    if (!links)
        return links.error();
    const auto linked
        = std::find_if(links->cbegin(), links->cend(), [&](const LoginLink& l) { return l.login == loginName; });
    AuditEntry entry;
    entry.operatorName = op->username;
    if (userId == 0) {
        if (linked == links->cend())
            return invalid(tr("the database login '%1' is not linked").arg(Names::echo(loginName)));
        entry.summary = tr("Unlinked the database login '%1' from %2").arg(loginName, linked->username);
    } else {
        const User* target = m_directory.user(userId);
        if (!target)
            return invalid(tr("there is no such user"));
        entry.summary = tr("Linked the database login '%1' to %2").arg(loginName, target->username);
    }
    entry.rows = Checkpoint::encodeChanges({}, m_catalog); // the directory's rows stay as they are
    auto id = persistLink(entry, loginName, userId);
    if (!id)
        return id.error();
    return {};
}

Result<QList<AuditEntry>> Store::logFor(Id operatorId) const
{
    if (Status s = rights(operatorId).require(Operation::ReadLog); s.failed())
        return s.error();
    return readLogHeaders();
}

Result<AuditEntry> Store::logEntryFor(Id operatorId, qint64 entryId, bool withRows) const
{
    if (Status s = rights(operatorId).require(Operation::ReadLog); s.failed())
        return s.error();
    return readLogEntry(entryId, withRows);
}

} // namespace warden
