// The directory of any moment, rebuilt from the log, and what follows from it: the difference
// between two moments and going back to one (DESIGN.md, Guardrails → History).
#include "Store.h"

#include "AuditFormat.h"
#include "Checkpoint.h"

#include "models/access/Rights.h"
#include "models/domain/Names.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace warden {

namespace {

// What starting from a checkpoint (reading and decoding it) or from a copy of the directory now
// costs, in bytes of logged rows to replay instead.
constexpr qint64 CheckpointCost = 4 * 1024 * 1024;
constexpr qint64 CopyCost = 1024 * 1024;

// Whether a row is the one an entry found (forward) or left (backward): the same version, or absent.
bool sameVersion(const std::optional<Row>& row, const std::optional<Row>& logged)
{
    if (!row || !logged)
        return !row && !logged;
    return rowVersion(*row) == rowVersion(*logged);
}

QString timeText(const QDateTime& at) { return at.toUTC().toString(Qt::ISODate); }

// A date and time as ISO 8601 gives it; without an offset, in UTC.
QDateTime parseTime(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d(:?\\d\\d)?)$"));
    if (at.isValid() && !offset.match(text).hasMatch())
        at.setTimeZone(QTimeZone::utc());
    return at;
}

// Which rows come back first and go last: what others refer to.
int dependencyRank(const Row& row)
{
    return std::visit(Overloaded{[](const Role&) { return 0; }, [](const User&) { return 1; },
                                 [](const Folder&) { return 2; }, [](const ConnectionType&) { return 3; },
                                 [](const GlobalAssignment&) { return 4; }, [](const Team&) { return 5; },
                                 [](const Template&) { return 6; }, [](const Connection&) { return 7; },
                                 [](const Expectation&) { return 8; }},
                      row);
}

// How deep a folder lies: among the given folders by their parents, else in the directory.
int depthOf(Id id, const QHash<Id, Id>& parents, const Directory& d)
{
    int depth = 0;
    for (Id at = id; depth < 10000; ++depth) {
        if (auto it = parents.constFind(at); it != parents.cend())
            at = it.value();
        else if (const Folder* f = d.folder(at))
            at = f->parentId;
        else
            break;
        if (at == 0)
            break;
    }
    return depth;
}

} // namespace

Result<qint64> Store::moment(const QString& text) const
{
    auto headers = readLogHeaders();
    if (!headers)
        return headers.error();
    const QList<AuditEntry>& log = headers.value();
    if (log.isEmpty())
        return invalid(tr("the audit log is empty: there is no past to show"));
    const QString given = text.trimmed();
    const Error beforeOldest = invalid(tr("there is nothing to show before %1, the time of the oldest entry of the "
                                          "audit log (#%2)")
                                           .arg(timeText(log.first().at))
                                           .arg(log.first().id));
    if (given.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 position = given.mid(1).toLongLong(&ok);
        if (!ok || position <= 0)
            return invalid(
                tr("'%1' is not an audit entry: give #N, as 'wardenctl log' numbers them").arg(Names::echo(text)));
        if (position > log.last().id)
            return invalid(tr("the audit log has no entry #%1; the newest is #%2").arg(position).arg(log.last().id));
        if (position < log.first().id)
            return beforeOldest;
        return position;
    }
    const QDateTime at = parseTime(given);
    if (!at.isValid())
        return invalid(tr("'%1' is not a moment: give a date and time such as 2026-11-01T09:00:00Z, or #N for the "
                          "state right after audit entry N")
                           .arg(Names::echo(text)));
    qint64 position = 0;
    for (const AuditEntry& entry : log) {
        if (entry.at <= at)
            position = std::max(position, entry.id);
    }
    if (position == 0)
        return beforeOldest;
    return position;
}

Status Store::replay(Directory& d, const QList<LoggedRows>& entries, bool forward, const Catalog& catalog)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const LoggedRows& entry = entries[forward ? i : entries.size() - 1 - i];
        if (!entry.rows)
            return invalid(tr("audit entry #%1 keeps no rows to go past it").arg(entry.id));
        auto changes = Checkpoint::decodeChanges(*entry.rows, catalog);
        if (!changes)
            return invalid(tr("audit entry #%1: %2").arg(entry.id).arg(changes.error().message));
        const std::size_t n = changes->size();
        for (std::size_t c = 0; c < n; ++c) {
            const Change& change = changes.value()[forward ? c : n - 1 - c];
            const std::optional<Row> current = d.current(change.row());
            const std::optional<Row>& found = forward ? change.before : change.after;
            const std::optional<Row>& left = forward ? change.after : change.before;
            if (!sameVersion(current, found))
                return invalid(tr("the audit log does not fit the store at entry #%1: %2 is not as that entry "
                                  "found it, so the store cannot be shown as of then")
                                   .arg(entry.id)
                                   .arg(describeRow(change.row())));
            if (left)
                d.load(*left);
            else
                d.unload(*current);
        }
    }
    return {};
}

Result<Directory> Store::directoryAt(qint64 position) const
{
    const ReadTransaction reading(*this);
    if (reading.status().failed())
        return reading.status().error();
    const bool fromNow = m_standingAt == 0 && m_directory.journalSize() == 0;
    if (fromNow && position == m_lastSeen)
        return Directory(m_directory);
    struct Start
    {
        qint64 at = 0;
        bool checkpoint = false;
        qint64 cost = 0;
    };
    std::optional<Start> best;
    auto consider = [&](qint64 at, bool checkpoint) -> Status {
        auto span = at <= position ? logSpan(at, position) : logSpan(position, at);
        if (!span)
            return span.error();
        const qint64 cost = span->rowBytes + (checkpoint ? CheckpointCost : CopyCost);
        if (span->withoutRows == 0 && (!best || cost < best->cost))
            best = Start{at, checkpoint, cost};
        return {};
    };
    auto positions = checkpointPositions();
    if (!positions)
        return positions.error();
    const auto after = std::lower_bound(positions->cbegin(), positions->cend(), position);
    for (const Status& s : {fromNow ? consider(m_lastSeen, false) : Status(),
                            after != positions->cend() ? consider(*after, true) : Status(),
                            after != positions->cbegin() ? consider(*(after - 1), true) : Status()}) {
        if (s.failed())
            return s.error();
    }
    if (!best) {
        const qint64 from = positions->isEmpty() ? m_lastSeen : positions->first();
        auto span = logSpan(0, fromNow ? std::max(from, m_lastSeen) : from);
        const qint64 oldest = span ? std::max(span->lastWithoutRows, span->first) : 0;
        return invalid(tr("the store cannot be shown as of entry #%1: the audit log keeps the rows to rebuild it only "
                          "from entry #%2 on (older entries were written by an earlier Warden, or by an import)")
                           .arg(position)
                           .arg(oldest));
    }
    Directory d;
    if (best->checkpoint) {
        auto stored = readCheckpoint(best->at);
        if (!stored)
            return stored.error();
        if (!stored.value() || stored.value()->position != best->at || stored.value()->format != Checkpoint::Format)
            return failed(tr("the checkpoint at entry #%1 could not be read").arg(best->at));
        auto decoded = stored.value()->decode(m_catalog);
        if (!decoded)
            return invalid(tr("the checkpoint at entry #%1: %2").arg(best->at).arg(decoded.error().message));
        d = std::move(decoded.value());
    } else {
        d = m_directory;
    }
    const bool forward = best->at <= position;
    auto logged = forward ? readRows(best->at, position) : readRows(position, best->at);
    if (!logged)
        return logged.error();
    if (Status s = replay(d, logged.value(), forward, m_catalog); s.failed())
        return s.error();
    d.tree();
    return d;
}

Status Store::standAt(qint64 position)
{
    auto past = directoryAt(position);
    if (!past)
        return past.error();
    m_directory = std::move(past.value());
    m_standingAt = position;
    return {};
}

Status Store::refusedInThePast() const
{
    if (m_standingAt == 0)
        return {};
    return refused(tr("the store is shown as of entry #%1; nothing can be changed there").arg(m_standingAt));
}

Result<std::vector<Change>> Store::netChanges(qint64 after, qint64 upTo, bool forward,
                                              QHash<QString, int>* highest) const
{
    auto logged = readRows(after, upTo);
    if (!logged)
        return logged.error();
    std::vector<Change> net;
    QHash<QString, std::size_t> index;
    for (const LoggedRows& entry : logged.value()) {
        if (!entry.rows)
            return invalid(tr("audit entry #%1 keeps no rows (an import); compare or go back to moments on one side "
                              "of it")
                               .arg(entry.id));
        auto changes = Checkpoint::decodeChanges(*entry.rows, m_catalog);
        if (!changes)
            return invalid(tr("audit entry #%1: %2").arg(entry.id).arg(changes.error().message));
        for (Change& change : changes.value()) {
            const QString key = rowKey(change.row());
            if (highest) {
                int& top = (*highest)[key];
                for (const std::optional<Row>& side : {change.before, change.after})
                    top = side ? std::max(top, rowVersion(*side)) : top;
            }
            if (auto it = index.constFind(key); it != index.cend()) {
                net[it.value()].after = std::move(change.after);
            } else {
                index.insert(key, net.size());
                net.push_back(std::move(change));
            }
        }
    }
    // A row that came and went again between the two moments changed nothing.
    net.erase(std::remove_if(net.begin(), net.end(), [](const Change& c) { return !c.before && !c.after; }), net.end());
    if (!forward) {
        for (Change& change : net)
            std::swap(change.before, change.after);
    }
    return net;
}

Result<Store::Difference> Store::difference(qint64 from, qint64 to, Id only) const
{
    const ReadTransaction reading(*this);
    if (reading.status().failed())
        return reading.status().error();
    auto net = from <= to ? netChanges(from, to, true) : netChanges(to, from, false);
    if (!net)
        return net.error();
    // From a moment to now, the first moment is now with the net changes taken back: the log is read
    // once. Each row now must be the one the log left.
    const bool toNow = m_standingAt == 0 && m_directory.journalSize() == 0 && to == m_lastSeen && from < to;
    Result<Directory> base = toNow ? Result<Directory>(Directory(m_directory)) : directoryAt(from);
    if (!base)
        return base.error();
    if (toNow) {
        for (const Change& change : net.value()) {
            const std::optional<Row> current = base->current(change.row());
            if (!sameVersion(current, change.after))
                return invalid(tr("the audit log does not fit the store: %1 is not as the log left it")
                                   .arg(describeRow(change.row())));
            if (change.before)
                base->load(*change.before);
            else
                base->unload(*current);
        }
    }
    Difference difference{std::move(base.value()), {}, {}};
    Directory& d = difference.to;
    for (const Change& change : net.value()) {
        if (change.after)
            d.put(*change.after);
        else
            d.remove(d.current(*change.before));
    }
    difference.impact = Impact::measure(d, m_catalog, 0, only);
    if (!only && !d.expectations().isEmpty()) // what one user's difference breaks is not all it breaks
        difference.expectations = Expectations::judge(d, m_catalog, 0, difference.impact);
    // The rows as they were at the second moment, versions and all.
    d.takeJournal();
    for (const Change& change : net.value()) {
        if (change.after)
            d.load(*change.after);
    }
    return difference;
}

Result<Store::Outcome> Store::revertTo(qint64 position, Id operatorId, bool dryRun)
{
    if (Status s = refusedInThePast(); s.failed())
        return s.error();
    if (Status s = sync(); s.failed())
        return s.error();
    if (Status s = rights(operatorId).require(Operation::ReplaceContent); s.failed())
        return s.error();
    if (position > m_lastSeen)
        return invalid(tr("the audit log has no entry #%1; the newest is #%2").arg(position).arg(m_lastSeen));
    QHash<QString, int> highest;
    auto net = netChanges(position, m_lastSeen, true, &highest); // before: as at the moment; after: as now
    if (!net)
        return net.error();
    // A row that comes back takes a version past every one it had since, so that no copy of one of
    // those (a checkpoint, another window) takes it for a version it has seen.
    for (Change& change : net.value()) {
        if (change.before && !change.after)
            std::visit([&](auto& r) { r.version = highest.value(rowKey(*change.before)); }, *change.before);
    }
    // Rows come back (puts) what others refer to first, folders from the top; rows go (removals)
    // what refers to others first, folders from the bottom. runRevert takes the changes last first.
    QHash<Id, Id> parentsThen;
    for (const Change& change : net.value()) {
        if (change.before && std::holds_alternative<Folder>(*change.before))
            parentsThen.insert(std::get<Folder>(*change.before).id, std::get<Folder>(*change.before).parentId);
    }
    auto order = [&](const Change& change) {
        const bool comesBack = change.before.has_value();
        const Row& row = change.row();
        const int rank = dependencyRank(row);
        int depth = 0;
        if (auto f = std::get_if<Folder>(&row))
            depth = comesBack ? depthOf(f->id, parentsThen, m_directory) : depthOf(f->id, {}, m_directory);
        return comesBack ? std::make_tuple(0, rank, depth) : std::make_tuple(1, -rank, -depth);
    };
    std::vector<Change> changes = std::move(net.value());
    std::stable_sort(changes.begin(), changes.end(),
                     [&](const Change& a, const Change& b) { return order(a) < order(b); });
    std::reverse(changes.begin(), changes.end());
    Applied back;
    back.changes = std::move(changes);
    back.wholeDirectory = true;
    auto headers = readLogHeaders();
    QDateTime at;
    if (headers) {
        for (const AuditEntry& entry : headers.value()) {
            if (entry.id == position)
                at = entry.at;
        }
    }
    const QString summary = at.isValid() ? tr("Revert to entry #%1 (%2)").arg(position).arg(timeText(at))
                                         : tr("Revert to entry #%1").arg(position);
    return runRevert(back, summary, operatorId, dryRun);
}

} // namespace warden
