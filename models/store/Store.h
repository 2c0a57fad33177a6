#pragma once

#include "models/access/AccessQuery.h"
#include "models/access/EditApplier.h"
#include "models/access/Expectations.h"
#include "models/access/Impact.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>

namespace warden {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString databaseUser;
    QString summary;
    QJsonArray before;
    QJsonArray after;
    // The same rows as written, in compact JSON: what a new entry carries to the database.
    QByteArray beforeJson;
    QByteArray afterJson;
    // The rows changed, before and after, in the checkpoints' binary form (Checkpoint::encodeChanges),
    // from which the past is rebuilt; null for an entry that does not keep them (an import).
    QByteArray rows;
};

// Who the database says is connected. Whoever can write a local SQLite file owns it; on
// PostgreSQL each administrator's login is linked to one Warden user, and only the login that owns
// the store's schema may act as anyone.
struct Login
{
    QString name; // the database login; empty on SQLite
    bool owner = true;
    Id userId = 0; // the Warden user linked to the login (PostgreSQL); 0 when none
};

struct LoginLink
{
    QString login;
    QString username;
};

// A Warden store: the directory in memory over a database that keeps it. Every edit is checked by
// the editor, written in one transaction with its audit entry, and announced with changed().
class Store : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        Existing, // the store must exist
        Create, // the store must not exist yet, or be a database without a Warden schema
    };

    // A SQLite file path, or postgresql://USER@HOST:PORT/DB.
    // password: for PostgreSQL, when the address carries none (else $PGPASSWORD or ~/.pgpass apply).
    static Result<std::unique_ptr<Store>> open(const QString& location, OpenMode mode, const Catalog& catalog,
                                               const QString& password = {});
    // A new store holding content, all or nothing: a SQLite file is built beside its final name and
    // takes it only when complete; on PostgreSQL the schema and the content commit together.
    static Result<std::unique_ptr<Store>> create(const QString& location, const Directory& content,
                                                 const Catalog& catalog, const QString& operatorName,
                                                 const QString& summary, const QString& password = {});
    // What init puts in a new store: the role presets on their permissions and one administrator.
    static Directory initialContent(const Catalog& catalog, const QString& adminName);
    static bool isPostgresLocation(const QString& location);
    // The address as it may be shown, logged and remembered: a password in it is left out.
    static QString withoutPassword(const QString& location);
    // $WARDEN_STORE, else warden.sqlite in the platform's application data folder.
    static QString defaultLocation();

    ~Store() override;
    // For a process that ends right after its store closes (wardenctl): the directory's memory is
    // not freed, which at 100,000 folders costs longer than the system takes to reclaim it.
    static void leaveMemoryToTheSystem();

    QString location() const { return m_location; } // never with a password
    const Catalog& catalog() const { return m_catalog; }
    const Directory& directory() const { return m_directory; }
    AccessQuery access() const { return AccessQuery(m_directory, m_catalog); }
    Rights rights(Id operatorId) const { return Rights(m_directory, m_catalog, operatorId); }
    const User* user(const QString& nameOrEmail) const { return m_directory.userNamed(nameOrEmail); }

    // Who this connection is; see Login. On PostgreSQL asked of the database each time.
    virtual Login login() const { return {}; }
    bool hasLogins() const { return isPostgresLocation(m_location); }
    // Empty when this connection may act as the user; else why not.
    Status mayActAs(Id operatorId) const;
    // The logins linked to Warden users (PostgreSQL). Anyone may read them.
    virtual Result<QList<LoginLink>> logins() const;
    // Links a database login to a user, or (userId 0) unlinks it; needs Admin. Audited.
    Status linkLogin(const QString& login, Id userId, Id operatorId);

    // Connection edits carry the secrets the operator typed; they are sealed before anything else.
    Result<Applied> apply(const Edit& edit, Id operatorId);
    struct Outcome
    {
        Applied applied;
        Impact impact;
        ExpectationVerdict expectations; // what the edit breaks and mends
        bool written = false;
    };
    // A reason to let the following edits through although they break expectations (needs
    // security#edit; written in their audit entries); empty: such edits are refused.
    void setOverride(const QString& reason) { m_override = reason.trimmed(); }
    const QString& overrideReason() const { return m_override; }
    // Sets a reason for as long as it lives.
    class Overriding
    {
    public:
        Overriding(Store& store, const QString& reason) : m_store(store), m_before(store.m_override)
        {
            store.setOverride(reason);
        }
        ~Overriding() { m_store.m_override = m_before; }
        Overriding(const Overriding&) = delete;
        Overriding& operator=(const Overriding&) = delete;

    private:
        Store& m_store;
        QString m_before;
    };
    // What apply() would change in everyone's access: the edit checked exactly as apply() checks
    // it (a refusal is the same error), and nothing written.
    Result<Outcome> preview(const Edit& edit, Id operatorId);
    // A connection's secret in clear, for the integration that needs it (a connection test).
    Result<QString> revealSecret(Id connectionId, const QString& field) const;
    // Empty when this machine holds the key to the store's secrets (or there are none); else why not.
    QString secretKeyProblem() const;
    // Applies several edits in one transaction, or (dryRun) only computes what they would change.
    // failedAt: the index of the edit that was refused, -1 when the whole was.
    Result<Outcome> applyBulk(const QList<Edit>& edits, Id operatorId, const QString& summary, bool dryRun,
                              int* failedAt);
    // Puts back the rows an applied edit changed, as a new edit of its own: undo is the revert of an
    // edit, redo the revert of its undo. Refused as a conflict when any of those rows has changed
    // since, so nothing is overwritten blindly.
    Result<Applied> revert(const Applied& applied, const QString& summary, Id operatorId);
    // What revert() would change in everyone's access, checked as revert() checks it; nothing written.
    Result<Outcome> previewRevert(const Applied& applied, Id operatorId);
    // Replaces the whole content by another directory (init, import) in one transaction.
    // tries: how often others wrote first and it started again (at most five times).
    Status replaceContent(const Directory& content, const QString& operatorName, const QString& summary, int tries = 1);
    // What replaceContent() would change in everyone's access, checked as it checks; nothing written.
    // Users, roles, folders, teams and connections are matched by name, so only what differs counts.
    Result<Outcome> previewReplace(const Directory& content, const QString& operatorName);
    Result<QList<AuditEntry>> log(const QDateTime& since = {}) const;
    // The log as an operator may read it (Admin or the global permission audit#view): who, when
    // and what of every entry, and one entry whole with its rows before and after.
    Result<QList<AuditEntry>> logFor(Id operatorId) const;
    // withRows false: who, when and what only (a large edit's rows run to many megabytes).
    Result<AuditEntry> logEntryFor(Id operatorId, qint64 entryId, bool withRows = true) const;
    // Brings the directory up to date with what other clients wrote since it was read, row by row
    // (announced with changed()), or whole (announced with reloaded()) after an import.
    Status sync();
    // Follows other clients from now on: PostgreSQL notifications, and a check every two seconds.
    void watch();
    // Told how far the writing of an edit has come, from 0 to 1; returning false cancels it and
    // nothing is written. Meant for large plans; null (the default) reports nothing.
    using Progress = std::function<bool(double done)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // The directory as it is in the database now, read at one moment; position: the newest audit
    // entry it reflects.
    virtual Result<Directory> loadDirectory(qint64* position = nullptr) const = 0;
    // How the directory was last read: from a checkpoint (the entry it reflects, and the rows read
    // one by one after it) or whole from the tables.
    struct Reading
    {
        bool fromCheckpoint = false;
        qint64 checkpointAt = 0;
        qsizetype rowsAfter = 0;
    };
    const Reading& lastReading() const { return m_lastReading; }

    // History (DESIGN.md, Guardrails → History). A moment is "#N" (right after entry N) or an ISO
    // 8601 date-time, UTC unless it names its offset (after every entry at or before it). Before the
    // oldest entry, or before the oldest the log can rebuild, it is invalid input naming that one.
    Result<qint64> moment(const QString& text) const;
    // The directory right after entry position, rebuilt from the nearest checkpoint (or from the
    // directory now) with the rows the entries between keep; each row is checked to follow on the
    // one it replaces, so that a log that does not fit is refused, never half-believed.
    Result<Directory> directoryAt(qint64 position) const;
    // From now on this store shows the directory as of position and refuses every edit.
    Status standAt(qint64 position);
    qint64 standingAt() const { return m_standingAt; } // 0: now
    // The newest audit entry the directory shown reflects.
    qint64 position() const { return m_standingAt ? m_standingAt : m_lastSeen; }
    // What changed in everyone's access from one moment to the other (either may be the later).
    struct Difference
    {
        Directory to; // the directory at the second moment, which the impact's paths are read in
        Impact impact;
        ExpectationVerdict expectations; // what the change from the one to the other broke and mended
    };
    // only: that one user's difference alone (0: everyone's).
    Result<Difference> difference(qint64 from, qint64 to, Id only = 0) const;
    // One edit that puts every row back as it was right after entry position (Admin), checked and
    // audited like any edit, and undone like one; dryRun: only what it would change.
    Result<Outcome> revertTo(qint64 position, Id operatorId, bool dryRun);

Q_SIGNALS:
    void changed(const std::vector<Change>& changes);
    void reloaded();
    // Other clients' audit entries, just before the changes they made are announced with changed().
    void arrived(const QList<AuditEntry>& entries);
    // The store's files were lost (see StoreFiles) and the store was opened again; why, in words.
    void reopened(const QString& why);

protected:
    Store(const QString& location, const Catalog& catalog);
    // Writes the changes and their audit entry in one transaction, one writer at a time; returns the
    // entry's id. Returns 0 and writes nothing when the log has entries after seen (the client is
    // behind, its checks were made on an old directory); seen < 0 skips that check.
    virtual Result<qint64> persist(const std::vector<Change>& changes, const AuditEntry& entry, qint64 seen) = 0;
    // Writes a login's link (userId 0: removes it) with its audit entry, in one transaction.
    virtual Result<qint64> persistLink(const AuditEntry& entry, const QString& login, Id userId);
    virtual Result<QList<AuditEntry>> readLog(const QDateTime& since) const = 0;
    virtual Result<QList<AuditEntry>> readLogAfter(qint64 id) const = 0;
    virtual Result<qint64> lastAuditId() const = 0;
    virtual Result<QList<AuditEntry>> readLogHeaders() const = 0;
    virtual Result<AuditEntry> readLogEntry(qint64 id, bool withRows = true) const = 0;
    // The row with the same id (or key) as the one given, as the database holds it now.
    virtual Result<std::optional<Row>> loadRow(const Row& like) const = 0;
    virtual void startNotifications() { }
    // Checkpoints (see Checkpoint): the newest at or before an audit position, and a new one.
    struct StoredCheckpoint
    {
        qint64 position = 0; // the audit entry it reflects, and every entry before it
        int format = 0;
        QByteArray checksum;
        QByteArray data;
        bool kept = false; // for history: stays when newer ones are written
        // Where the store reads the data part by part instead (data empty): size bytes, each part
        // read into a buffer while the read transaction lasts.
        qsizetype size = 0;
        std::function<bool(char* into, qsizetype offset, qsizetype length)> readPart;
        Result<Directory> decode(const Catalog& catalog) const;
    };
    // The newest at or before position, or (after) the oldest at or after it.
    virtual Result<std::optional<StoredCheckpoint>> readCheckpoint(qint64 position, bool after = false) const = 0;
    // The entries after one entry up to another: how many, how many keep no rows, and their size.
    struct LogSpan
    {
        qint64 entries = 0;
        qint64 withoutRows = 0;
        qint64 rowBytes = 0;
        qint64 first = 0; // the oldest entry's id; 0 when none
        qint64 lastWithoutRows = 0; // the newest entry that keeps no rows; 0 when none
    };
    virtual Result<LogSpan> logSpan(qint64 after, qint64 upTo) const = 0;
    // The position of the newest checkpoint kept for history; -1 when none.
    virtual Result<qint64> newestKeptCheckpoint() const = 0;
    // Every checkpoint's position, oldest first.
    virtual Result<QList<qint64>> checkpointPositions() const = 0;
    struct LoggedRows
    {
        qint64 id = 0;
        std::optional<QByteArray> rows; // none: the entry keeps none
    };
    // Oldest first.
    virtual Result<QList<LoggedRows>> readRows(qint64 after, qint64 upTo) const = 0;
    // Whether every change to the directory's tables came with an audit entry (else a checkpoint
    // may not reflect them).
    virtual Result<bool> tablesAsLogged() const = 0;
    // The directory was just read whole from the tables, in the read transaction still open.
    virtual void readWhole() = 0;
    // Whether this client writes checkpoints (on PostgreSQL, only the store's owner does).
    virtual bool writesCheckpoints() const = 0;
    // Keeps the two newest.
    virtual Status writeCheckpoint(const StoredCheckpoint& checkpoint) = 0;
    // Every read between these two sees the store at one moment (one read transaction; REPEATABLE
    // READ on PostgreSQL), so that nothing another client commits meanwhile shows half-written.
    // Calls nest: only the outermost pair starts and ends the transaction.
    virtual Status beginReading() const = 0;
    virtual void endReading() const = 0;
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(const Store& store) : m_store(store), m_status(store.beginReading()) { }
        ~ReadTransaction()
        {
            if (m_status.ok())
                m_store.endReading();
        }
        ReadTransaction(const ReadTransaction&) = delete;
        ReadTransaction& operator=(const ReadTransaction&) = delete;
        const Status& status() const { return m_status; }

    private:
        const Store& m_store;
        Status m_status;
    };
    // Empty while the files on disk are the ones this client opened and it holds its locks on them;
    // else what happened to them. Checked before every write and every catch-up.
    virtual Status attachment() const { return {}; }
    // Opens the database again, without writing anything of the old connection into it.
    virtual Status reconnect() { return {}; }
    // Reads the directory anew: from the newest checkpoint when it can be trusted, else whole.
    Status reload();
    // sync() but for the checkpoint it may write afterwards.
    Status catchUpWithLog();
    // Past this many rows named by the entries to catch up with, reading everything is faster.
    static constexpr qsizetype MostRowsToCatchUp = 5000;
    // What the entries changed, read row by row from the tables into the directory. None when they
    // name no rows (an import) or more than most: then the whole directory must be read.
    Result<std::optional<std::vector<Change>>> catchUp(Directory& directory, const QList<AuditEntry>& entries,
                                                       qsizetype most) const;
    // The directory from the newest checkpoint and the entries after it; none when there is no
    // checkpoint that can be trusted, or too much came after it.
    Result<std::optional<Directory>> loadFromCheckpoint(qint64* position);
    // Writes a checkpoint of the directory as it is (at m_lastSeen) when enough has changed since
    // the last one; a failure costs only speed at the next opening, so it is not reported.
    void checkpointIfDue();
    // Writes one now; kept: for history, whatever the span since the last one kept.
    void writeCheckpointNow(bool kept);
    // Every row the entries after one position up to another changed: as it was at the first
    // position and as it is at the second (forward), or the other way round.
    // highest: each row's highest version in between.
    Result<std::vector<Change>> netChanges(qint64 after, qint64 upTo, bool forward,
                                           QHash<QString, int>* highest = nullptr) const;
    Status refusedInThePast() const;
    // Applies the logged rows of entries to d, oldest first (forward) or newest first (backward).
    static Status replay(Directory& d, const QList<LoggedRows>& entries, bool forward, const Catalog& catalog);
    // After the files were lost: opens the store again and reads it anew (announced), or says why not.
    Status reopen(const Error& lost);
    static Error lostError(const Error& lost);
    static QString noLoginsMessage();

    // Writes what the journal holds since mark. When others wrote first, catches up and sets *retry
    // unless a row of this edit was among theirs (a conflict): the edit must then be checked again.
    Status mayReplace(const QString& operatorName) const;
    // Removes every row and puts the content's in the journal (secrets sealed); on failure, nothing.
    Status putContent(const Directory& content);
    // apply() or preview(); revert() or previewRevert().
    Result<Outcome> run(const Edit& edit, Id operatorId, bool dryRun);
    Result<Outcome> runRevert(const Applied& applied, const QString& summary, Id operatorId, bool dryRun);
    // Measures the impact into *impact (when given), then commits, or (dryRun) rolls back to mark.
    Result<Applied> finish(Applied applied, std::size_t mark, const QString& operatorName, bool* retry,
                           Outcome* outcome, bool dryRun);
    // Empty unless an override is set and the operator may not give one.
    Status mayOverride(Id operatorId) const;
    QString overridden(const QString& summary, const ExpectationVerdict& verdict) const;
    static Result<Outcome> finished(Result<Applied> applied, Outcome outcome, bool dryRun);
    Result<Applied> commit(Applied applied, std::size_t mark, const QString& operatorName, bool* retry);
    std::optional<Row> changedMeanwhile(const std::vector<Change>& attempted) const;
    // Runs attempt() until it is not told to retry, a few times at most.
    Result<Applied> withRetries(const std::function<Result<Applied>(bool* retry)>& attempt);

    QString m_location;
    const Catalog& m_catalog;
    Directory m_directory;
    qint64 m_lastSeen = 0; // the newest audit entry the directory reflects
    Progress m_progress;
    // An edit is being written: events handled meanwhile (a progress dialog) must not sync.
    bool m_writing = false;
    QString m_override;
    qint64 m_checkpointAt = -1; // the position of the newest checkpoint known; -1: none usable
    qsizetype m_rowsSinceCheckpoint = 0;
    qint64 m_standingAt = 0; // standAt(); 0: now
    Reading m_lastReading;
};

} // namespace warden
