// The change feed: following what other clients write to the same store.
#include "Store.h"

#include "AuditFormat.h"

#include <QTimer>

namespace warden {

Status Store::sync()
{
    const Status caughtUp = catchUpWithLog();
    if (caughtUp.ok())
        checkpointIfDue(); // once the reading is over
    return caughtUp;
}

Status Store::catchUpWithLog()
{
    if (m_writing || m_standingAt != 0)
        return {}; // the next check catches up; the past does not change
    if (Status lost = attachment(); lost.failed())
        return reopen(lost.error());
    // The entries and the rows they name, as of one moment.
    const ReadTransaction reading(*this);
    if (reading.status().failed())
        return reading.status();
    auto entries = readLogAfter(m_lastSeen);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return {};
    auto caughtUp = catchUp(m_directory, entries.value(), MostRowsToCatchUp);
    if (!caughtUp)
        return caughtUp.error();
    if (!caughtUp.value()) {
        if (Status s = reload(); s.failed())
            return s;
        Q_EMIT reloaded();
        return {};
    }
    const std::vector<Change>& changes = *caughtUp.value();
    m_rowsSinceCheckpoint += qsizetype(changes.size());
    m_lastSeen = entries->last().id;
    if (!changes.empty()) {
        Q_EMIT arrived(entries.value());
        Q_EMIT changed(changes);
    }
    return {};
}

Result<std::optional<std::vector<Change>>> Store::catchUp(Directory& directory, const QList<AuditEntry>& entries,
                                                          qsizetype most) const
{
    QList<Row> rows;
    for (const AuditEntry& entry : entries) {
        const QList<Row> named = rowsNamedIn(entry);
        if (named.isEmpty()) // an import or init names no rows
            return std::optional<std::vector<Change>>();
        rows += named;
        if (rows.size() > most)
            return std::optional<std::vector<Change>>();
    }
    // Parents before children: apply the rows in the order the entries named them, each once.
    std::vector<Change> changes;
    QSet<QString> done;
    for (const Row& like : std::as_const(rows)) {
        const QString key = rowKey(like);
        if (done.contains(key))
            continue;
        done.insert(key);
        auto stored = loadRow(like);
        if (!stored)
            return stored.error();
        std::optional<Row> current = directory.current(like);
        if (current && stored.value() && rowVersion(*current) == rowVersion(*stored.value()))
            continue; // already as the database has it (our own change)
        if (!current && !stored.value())
            continue;
        if (stored.value())
            directory.load(*stored.value());
        else
            directory.unload(*current);
        changes.push_back(Change{current, stored.value()});
    }
    return std::optional<std::vector<Change>>(std::move(changes));
}

void Store::watch()
{
    startNotifications();
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] { sync(); });
    timer->start(2000);
}

} // namespace warden
