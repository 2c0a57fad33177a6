// The change feed: following what other clients write to the same store.
#include "Store.h"

#include "AuditFormat.h"

#include <QTimer>

namespace warden {

Status Store::sync()
{
    if (m_writing)
        return {}; // the next check catches up
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
    QList<Row> rows;
    bool whole = false;
    for (const AuditEntry& entry : entries.value()) {
        const QList<Row> named = rowsNamedIn(entry);
        whole = whole || named.isEmpty(); // an import or init names no rows: read everything
        rows += named;
    }
    if (whole || rows.size() > 5000) {
        if (Status s = reload(); s.failed())
            return s;
        Q_EMIT reloaded();
        return {};
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
        std::optional<Row> current = m_directory.current(like);
        if (current && stored.value() && rowVersion(*current) == rowVersion(*stored.value()))
            continue; // already as the database has it (our own change)
        if (!current && !stored.value())
            continue;
        if (stored.value())
            m_directory.load(*stored.value());
        else
            m_directory.unload(*current);
        changes.push_back(Change{current, stored.value()});
    }
    m_lastSeen = entries->last().id;
    if (!changes.empty()) {
        Q_EMIT arrived(entries.value());
        Q_EMIT changed(changes);
    }
    return {};
}

void Store::watch()
{
    startNotifications();
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] { sync(); });
    timer->start(2000);
}

} // namespace warden
