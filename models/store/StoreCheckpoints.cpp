// Opening from a checkpoint, and writing one now and then (DESIGN.md, Guardrails → History).
#include "Store.h"

#include "Checkpoint.h"

namespace warden {

namespace {

// Opening reads the rows the entries after the checkpoint name one by one; past these, a new
// checkpoint is written, so that opening stays fast.
constexpr qint64 EntriesBetween = 50;
constexpr qsizetype RowsBetween = 500;
// History keeps a checkpoint once the rows logged since the last one it kept are as large as the
// checkpoint itself, or after this many entries: rebuilding any moment reads at most about one
// checkpoint's worth of the log, and the checkpoints kept never take more room than the log.
constexpr qint64 HistoryEntriesBetween = 10000;

} // namespace

Result<Directory> Store::StoredCheckpoint::decode(const Catalog& catalog) const
{
    return readPart ? Checkpoint::decode(size, readPart, catalog, checksum)
                    : Checkpoint::decode(data, catalog, checksum);
}

Status Store::reload()
{
    qint64 position = 0;
    auto fast = loadFromCheckpoint(&position);
    if (!fast)
        return fast.error();
    m_lastReading = {};
    if (fast.value()) {
        m_directory = std::move(*fast.value());
        m_lastReading = {true, m_checkpointAt, m_rowsSinceCheckpoint};
    } else {
        const ReadTransaction reading(*this);
        if (reading.status().failed())
            return reading.status();
        auto loaded = loadDirectory(&position);
        if (!loaded)
            return loaded.error();
        readWhole();
        m_directory = std::move(loaded.value());
        m_rowsSinceCheckpoint = RowsBetween; // what the newest checkpoint lacks is not known
    }
    m_lastSeen = position;
    m_directory.tree(); // the index is ready when the tree order is
    return {};
}

Result<std::optional<Directory>> Store::loadFromCheckpoint(qint64* position)
{
    const ReadTransaction reading(*this);
    if (reading.status().failed())
        return reading.status().error();
    auto last = lastAuditId();
    if (!last)
        return last.error();
    const std::optional<Directory> none;
    m_checkpointAt = -1;
    auto logged = tablesAsLogged();
    if (!logged)
        return logged.error();
    if (!logged.value())
        return none;
    auto stored = readCheckpoint(last.value());
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->format != Checkpoint::Format)
        return none;
    auto decoded = stored.value()->decode(m_catalog);
    if (!decoded)
        return none;
    const qint64 at = stored.value()->position;
    auto entries = readLogAfter(at);
    if (!entries)
        return entries.error();
    auto caughtUp = catchUp(decoded.value(), entries.value(), MostRowsToCatchUp);
    if (!caughtUp)
        return caughtUp.error();
    if (!caughtUp.value())
        return none;
    m_checkpointAt = at;
    m_rowsSinceCheckpoint = qsizetype(caughtUp.value()->size());
    *position = entries->isEmpty() ? at : entries->last().id;
    return std::optional<Directory>(std::move(decoded.value()));
}

void Store::checkpointIfDue()
{
    const bool due
        = m_checkpointAt < 0 || m_lastSeen - m_checkpointAt >= EntriesBetween || m_rowsSinceCheckpoint >= RowsBetween;
    if (!due || m_lastSeen <= m_checkpointAt || m_directory.journalSize() != 0 || !writesCheckpoints())
        return;
    writeCheckpointNow(false);
}

void Store::writeCheckpointNow(bool kept)
{
    // Position 0, before the first entry, is no moment anyone asks for.
    if (m_lastSeen <= 0 || !writesCheckpoints() || m_directory.journalSize() != 0 || attachment().failed())
        return;
    StoredCheckpoint checkpoint;
    checkpoint.position = m_lastSeen;
    checkpoint.format = Checkpoint::Format;
    checkpoint.data = Checkpoint::encode(m_directory, m_catalog);
    checkpoint.checksum = Checkpoint::checksum(checkpoint.data);
    if (!kept) {
        const auto newestKept = newestKeptCheckpoint();
        const auto span = newestKept && newestKept.value() >= 0 ? logSpan(newestKept.value(), m_lastSeen)
                                                                : Result<LogSpan>(LogSpan{});
        kept = !newestKept || newestKept.value() < 0 || !span || span->entries >= HistoryEntriesBetween
            || span->rowBytes >= checkpoint.data.size();
    }
    checkpoint.kept = kept;
    writeCheckpoint(checkpoint);
    // Written or not, not tried again before as much has changed once more.
    m_checkpointAt = m_lastSeen;
    m_rowsSinceCheckpoint = 0;
}

} // namespace warden
