#pragma once

#include "Schema.h"
#include "Store.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

struct sqlite3;

namespace warden {

// The store on a SQL database: QSQLITE for a local file, QPSQL for a shared server.
class SqlStore : public Store
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<SqlStore>> open(const QString& location, OpenMode mode, const Catalog& catalog,
                                                  const QString& password = {});
    // See Store::create.
    static Result<std::unique_ptr<Store>> create(const QString& location, const Directory& content,
                                                 const Catalog& catalog, const QString& operatorName,
                                                 const QString& summary, const QString& password = {});
    // For tests of upgrades: creates a store whose schema stops at the given version.
    static Status createAtVersion(const QString& location, int version, const Catalog& catalog);
    // A connection, not yet opened, to the database at a store location: QPSQL for a PostgreSQL
    // address, QSQLITE for a file. Its driver options are the caller's.
    static QSqlDatabase addDatabaseFor(const QString& location, const QString& connectionName);
    ~SqlStore() override;

    Result<Directory> loadDirectory(qint64* position = nullptr) const override;
    Login login() const override;
    Result<QList<LoginLink>> logins() const override;
    int schemaVersion() const;

protected:
    Result<qint64> persist(const std::vector<Change>& changes, const AuditEntry& entry, qint64 seen) override;
    Result<qint64> persistLink(const AuditEntry& entry, const QString& login, Id userId) override;
    Result<QList<AuditEntry>> readLog(const QDateTime& since) const override;
    Result<QList<AuditEntry>> readLogAfter(qint64 id) const override;
    Result<QList<AuditEntry>> readLogHeaders() const override;
    Result<AuditEntry> readLogEntry(qint64 id, bool withRows = true) const override;
    Result<qint64> lastAuditId() const override;
    Result<std::optional<Row>> loadRow(const Row& like) const override;
    Result<std::optional<StoredCheckpoint>> readCheckpoint(qint64 position, bool after) const override;
    sqlite3* sqliteHandle() const;
    void sqliteParts(qint64 rowid, StoredCheckpoint& checkpoint) const;
    Result<LogSpan> logSpan(qint64 after, qint64 upTo) const override;
    Result<qint64> newestKeptCheckpoint() const override;
    Result<QList<qint64>> checkpointPositions() const override;
    Result<QList<LoggedRows>> readRows(qint64 after, qint64 upTo) const override;
    Result<bool> tablesAsLogged() const override;
    void readWhole() override;
    bool writesCheckpoints() const override;
    Status writeCheckpoint(const StoredCheckpoint& checkpoint) override;
    void startNotifications() override;
    Status beginReading() const override;
    void endReading() const override;
    Status attachment() const override;
    Status reconnect() override;

private:
    SqlStore(const QString& location, const Catalog& catalog, const QString& connectionName);
    static Status connect(const QString& location, OpenMode mode, const QString& connectionName,
                          const QString& password);
    void configureConnection();
    // Notes which files the connection has open, to see later whether they are still the store's.
    void recordFiles();
    // checkpoint: false when the connection may no longer be the store's, so that closing it writes
    // nothing of what it holds into the file.
    void closeConnection(bool checkpoint);
    Status checkIsStore() const;
    Status migrate(OpenMode mode, int targetVersion);
    Status runMigrations(int from, int to);
    Status applyMigrations(int from, int to);
    static Result<std::unique_ptr<Store>> createInOneTransaction(const QString& location, const Directory& content,
                                                                 const Catalog& catalog, const QString& operatorName,
                                                                 const QString& summary, const QString& password);
    static void syncFolder(const QString& path);
    Status insertShippedTypes();
    Result<QList<AuditEntry>> queryLog(const QString& where, const QVariant& value, bool withRows = true) const;
    // The ids read so far while loading, for the rows read after them to name.
    struct LoadedIds
    {
        QSet<Id> roles;
        QSet<Id> users;
        QSet<Id> folders;
    };
    template <class T> Status loadAll(Directory& directory, LoadedIds& loaded) const;
    template <class T> Result<std::optional<Row>> loadOne(const T& like) const;
    static Error danglingError(const QString& table, const QVariant& named);
    Result<qint64> beginWriting(const AuditEntry& entry, qint64 seen);
    Status persistRows(const std::vector<Change>& changes);
    Status finishWriting(const std::vector<Change>& changes);
    Status persistRow(const Change& change);
    template <class T> Status writeRow(const T& row, const Change& change);
    void queueInsert(const QString& table, const QStringList& columns, const QVariantList& values);
    // progress: told the part written so far; returning false stops, and the caller rolls back.
    Status flushInserts(const std::function<bool(double)>& progress = {});
    Status run(const QString& sql, const QVariantList& values);
    Status exec(const QString& sql, const QVariantList& values = {});
    Error sqlError(const QSqlError& error) const;
    Error savingError(const Error& error, const QString& row = {}) const;
    static QString busyMessage();
    static QString databaseMessage(const QSqlError& error);
    QSqlDatabase db() const;

    QString m_connectionName;
    Schema::Dialect m_dialect = Schema::Dialect::Sqlite;
    QString m_databaseUser;
    FileIdentity m_databaseFile;
    std::optional<FileIdentity> m_walFile;
    std::optional<FileIdentity> m_sharedMemoryFile;
    bool m_registered = false; // with StoreFiles
    bool m_creating = false; // persist() joins the transaction that creates the schema
    mutable std::optional<bool> m_writesCheckpoints;
    // The count of row writes (meta row_writes) when the directory was last read whole from the
    // tables: until it moves, the directory in memory is what the tables hold, audited or not.
    mutable std::optional<qint64> m_rowWritesRead;
    bool m_accountsForItsWrites = false; // this write's row changes are added to row_writes_seen
    Result<std::pair<qint64, qint64>> rowWrites() const; // counted, seen
    // Whether the tables are as the log and the last whole read leave them, so that row_writes_seen
    // may follow row_writes.
    bool mayAccountFor(const std::pair<qint64, qint64>& writes) const;
    Status accountForWrites();
    QHash<QString, QSqlQuery> m_queries; // prepared statements, reused within a transaction
    int m_lastAffected = 0;
    mutable int m_readDepth = 0;
    QString m_rowBeingSaved; // how errors of the row change being written name it
    struct PendingInserts
    {
        QStringList columns;
        QVariantList values;
    };
    QHash<QString, PendingInserts> m_pending;
    static const QStringList insertOrder;
};

} // namespace warden
