#include "SqlStore.h"

#include "Checkpoint.h"

#include "AuditFormat.h"
#include "RowTables.h"
#include "StoreAddress.h"

#include "models/domain/BuiltinCatalog.h"
#include "models/domain/Names.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

namespace warden {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)
};

Error staleError(const Row& row)
{
    return conflict(
        Tr::tr("%1 was changed by someone else since it was read; nothing was saved. What is stored now is shown: "
               "check it and try again")
            .arg(describeRow(row)));
}

QString databaseUserOfProcess()
{
    if (const passwd* entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace

SqlStore::SqlStore(const QString& location, const Catalog& catalog, const QString& connectionName)
    : Store(location, catalog)
    , m_connectionName(connectionName)
{
}

SqlStore::~SqlStore()
{
    const bool attached = attachment().ok();
    closeConnection(attached);
    if (m_registered)
        StoreFiles::remove(m_location);
}

void SqlStore::closeConnection(bool checkpoint)
{
    m_queries.clear();
    {
        QSqlDatabase database = db();
        // Closing would otherwise copy this connection's write-ahead log into the file, over what
        // others have saved since the log was taken from under it.
        if (sqlite3* connection = checkpoint ? nullptr : sqliteHandle())
            sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqlStore::configureConnection()
{
    if (m_dialect == Schema::Dialect::Sqlite) {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        m_databaseUser = databaseUserOfProcess();
    } else {
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            m_databaseUser = query.value(0).toString();
        // As long as SQLite's busy timeout: a write waits for another one, never forever.
        query.exec(QStringLiteral("SET lock_timeout = '10s'"));
    }
}

void SqlStore::recordFiles()
{
    if (m_dialect != Schema::Dialect::Sqlite)
        return;
    m_databaseFile = FileIdentity::of(m_location).value_or(FileIdentity{});
    m_walFile = FileIdentity::of(m_location + QStringLiteral("-wal"));
    m_sharedMemoryFile = FileIdentity::of(m_location + QStringLiteral("-shm"));
}

Status SqlStore::attachment() const
{
    if (m_dialect != Schema::Dialect::Sqlite || !db().isOpen())
        return {};
    if (FileIdentity::of(m_location) != m_databaseFile)
        return failed(Tr::tr("the store file was moved, replaced or deleted"));
    if (m_walFile && FileIdentity::of(m_location + QStringLiteral("-wal")) != m_walFile)
        return failed(Tr::tr("another program removed the store's write-ahead log while Warden was using it"));
    if (m_sharedMemoryFile && FileIdentity::of(m_location + QStringLiteral("-shm")) != m_sharedMemoryFile)
        return failed(Tr::tr("another program removed the store's shared-memory file while Warden was using it"));
    QList<FileIdentity> locked{m_databaseFile};
    if (m_sharedMemoryFile)
        locked.append(*m_sharedMemoryFile);
    if (!StoreFiles::processHoldsLocks(locked))
        return failed(Tr::tr("the store file was opened and closed in this program outside the database, which dropped "
                             "Warden's locks on it"));
    return {};
}

Status SqlStore::reconnect()
{
    closeConnection(false);
    if (Status s = connect(m_location, OpenMode::Existing, m_connectionName, {}); s.failed())
        return s;
    configureConnection();
    recordFiles();
    return {};
}

QSqlDatabase SqlStore::addDatabaseFor(const QString& location, const QString& connectionName)
{
    if (const auto address = PostgresAddress::parse(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        if (!address->password.isEmpty())
            db.setPassword(address->password);
        db.setDatabaseName(address->database);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(location);
    return db;
}

QSqlDatabase SqlStore::db() const { return QSqlDatabase::database(m_connectionName, false); }

Status SqlStore::connect(const QString& location, OpenMode mode, const QString& connectionName, const QString& password)
{
    if (isPostgresLocation(location)) {
        const auto address = PostgresAddress::parse(location);
        if (!address)
            return usage(Tr::tr("'%1' is not a PostgreSQL address of the form postgresql://USER@HOST:PORT/DB")
                             .arg(Names::echo(withoutPassword(location))));
        QSqlDatabase db = addDatabaseFor(location, connectionName);
        if (address->password.isEmpty() && !password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open())
            return failed(Tr::tr("cannot connect to %1: %2").arg(withoutPassword(location), db.lastError().text()));
        return {};
    }
    const QFileInfo file(location);
    if (mode == OpenMode::Existing && !file.exists())
        return usage(Tr::tr("there is no store at %1; create one with 'wardenctl init'").arg(location));
    // SQLite would take an empty file for a new database and write one into it.
    if (mode == OpenMode::Existing && file.size() == 0)
        return usage(Tr::tr("%1 is an empty file, not a Warden store").arg(location));
    if (mode == OpenMode::Create && file.exists() && file.size() > 0)
        return usage(Tr::tr("a file already exists at %1").arg(location));
    if (mode == OpenMode::Create)
        QDir().mkpath(file.absolutePath());
    QSqlDatabase db = addDatabaseFor(location, connectionName);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return failed(Tr::tr("cannot open %1: %2").arg(location, db.lastError().text()));
    return {};
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const QString& location, OpenMode mode, const Catalog& catalog,
                                                 const QString& password)
{
    const QString name = QStringLiteral("warden-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = connect(location, mode, name, password); s.failed()) {
        QSqlDatabase::removeDatabase(name);
        return s.error();
    }
    std::unique_ptr<SqlStore> store(new SqlStore(withoutPassword(location), catalog, name));
    store->m_dialect = isPostgresLocation(location) ? Schema::Dialect::Postgres : Schema::Dialect::Sqlite;
    // Nothing is written to a file before it is known to be a Warden store.
    if (mode == OpenMode::Existing && store->m_dialect == Schema::Dialect::Sqlite) {
        if (Status s = store->checkIsStore(); s.failed())
            return s.error();
    }
    store->configureConnection();
    if (Status s = store->migrate(mode, Schema::latestVersion()); s.failed())
        return s.error();
    if (Status s = store->reload(); s.failed())
        return s.error();
    store->recordFiles();
    store->checkpointIfDue();
    if (store->m_dialect == Schema::Dialect::Sqlite) {
        StoreFiles::add(location);
        store->m_registered = true;
    }
    return store;
}

Status SqlStore::createAtVersion(const QString& location, int version, const Catalog& catalog)
{
    const QString name = QStringLiteral("warden-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = connect(location, OpenMode::Create, name, {}); s.failed()) {
        QSqlDatabase::removeDatabase(name);
        return s.error();
    }
    std::unique_ptr<SqlStore> store(new SqlStore(withoutPassword(location), catalog, name));
    store->m_dialect = isPostgresLocation(location) ? Schema::Dialect::Postgres : Schema::Dialect::Sqlite;
    return store->migrate(OpenMode::Create, version);
}

int SqlStore::schemaVersion() const
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status SqlStore::checkIsStore() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        || !q.next())
        return failed(Tr::tr("cannot read %1: %2").arg(m_location, databaseMessage(q.lastError())));
    if (q.value(0).toInt() == 0)
        return usage(Tr::tr("%1 is a SQLite database, but not a Warden store").arg(m_location));
    return {};
}

Status SqlStore::migrate(OpenMode mode, int targetVersion)
{
    const bool exists = db().tables().contains(QStringLiteral("meta"));
    if (mode == OpenMode::Create && exists)
        return usage(Tr::tr("%1 already holds a Warden store").arg(m_location));
    if (mode == OpenMode::Existing && !exists)
        return usage(Tr::tr("%1 holds no Warden store; create one with 'wardenctl init'").arg(m_location));
    const int version = exists ? schemaVersion() : 0;
    if (version > targetVersion)
        return failed(Tr::tr("the store has schema version %1, newer than version %2 that this Warden supports; "
                             "use a newer Warden")
                          .arg(version)
                          .arg(targetVersion));
    if (version == targetVersion)
        return {};
    return runMigrations(version, targetVersion);
}

Status SqlStore::runMigrations(int from, int to)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return failed(Tr::tr("cannot start a transaction: %1").arg(database.lastError().text()));
    if (Status s = applyMigrations(from, to); s.failed()) {
        database.rollback();
        return s;
    }
    if (!database.commit())
        return failed(Tr::tr("upgrading the store failed: %1").arg(database.lastError().text()));
    return {};
}

// The statements from one schema version to another, inside the caller's transaction.
Status SqlStore::applyMigrations(int from, int to)
{
    QString schema;
    if (m_dialect == Schema::Dialect::Postgres) {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next())
            return failed(Tr::tr("cannot read the store's schema: %1").arg(q.lastError().text()));
        schema = q.value(0).toString();
    }
    for (int version = from + 1; version <= to; ++version) {
        Status s;
        for (QString statement : Schema::migration(version, m_dialect)) {
            statement.replace(QLatin1String("@SCHEMA@"), schema)
                .replace(QLatin1String("@LOCK@"), QString::number(Schema::writersLock));
            if (s = exec(statement); s.failed())
                break;
        }
        // A new store receives its types with its first content; an older one gets them here.
        if (s.ok() && version == Schema::connectionTypesVersion && from > 0)
            s = insertShippedTypes();
        if (s.failed())
            return failed(
                Tr::tr("upgrading the store to schema version %1 failed: %2").arg(version).arg(s.error().message));
    }
    const QString upsert = from == 0 ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)")
                                     : QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'");
    return exec(upsert, {QString::number(to)});
}

Result<std::unique_ptr<Store>> SqlStore::create(const QString& location, const Directory& content,
                                                const Catalog& catalog, const QString& operatorName,
                                                const QString& summary, const QString& password)
{
    if (isPostgresLocation(location))
        return createInOneTransaction(location, content, catalog, operatorName, summary, password);
    const QFileInfo target(location);
    if (target.exists() && target.size() > 0)
        return usage(Tr::tr("a file already exists at %1").arg(location));
    if (!QDir().mkpath(target.absolutePath()))
        return failed(Tr::tr("cannot create the folder %1").arg(target.absolutePath()));
    // Built under a name of its own and given its real name only when complete, so that a crash or
    // a kill midway leaves no half-made store behind that name.
    const QString building = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".incomplete-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto removeBuilding = [&] {
        for (const QString& suffix : StoreFiles::companionSuffixes())
            QFile::remove(building + suffix);
    };
    {
        auto store = open(building, OpenMode::Create, catalog);
        if (!store) {
            removeBuilding();
            return store.error();
        }
        if (Status s = store.value()->replaceContent(content, operatorName, summary); s.failed()) {
            store.value().reset();
            removeBuilding();
            return s.error();
        }
    } // closing puts everything into the file itself
    const QByteArray from = QFile::encodeName(building);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    // link() never replaces a file that appeared meanwhile; an empty one is taken over.
    const bool placed = target.exists() ? ::rename(from.constData(), to.constData()) == 0
                                        : ::link(from.constData(), to.constData()) == 0;
    const int error = errno;
    removeBuilding();
    if (!placed) {
        if (error == EEXIST)
            return usage(Tr::tr("a file already exists at %1").arg(location));
        return failed(Tr::tr("cannot create %1: %2").arg(location, QString::fromLocal8Bit(strerror(error))));
    }
    syncFolder(target.absolutePath());
    auto opened = open(location, OpenMode::Existing, catalog);
    if (!opened)
        return opened.error();
    return std::unique_ptr<Store>(std::move(opened.value()));
}

// On PostgreSQL the schema and the content commit together, or neither does.
Result<std::unique_ptr<Store>> SqlStore::createInOneTransaction(const QString& location, const Directory& content,
                                                                const Catalog& catalog, const QString& operatorName,
                                                                const QString& summary, const QString& password)
{
    const QString name = QStringLiteral("warden-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = connect(location, OpenMode::Create, name, password); s.failed()) {
        QSqlDatabase::removeDatabase(name);
        return s.error();
    }
    std::unique_ptr<SqlStore> store(new SqlStore(withoutPassword(location), catalog, name));
    store->m_dialect = Schema::Dialect::Postgres;
    store->configureConnection();
    if (store->db().tables().contains(QStringLiteral("meta")))
        return usage(Tr::tr("%1 already holds a Warden store").arg(store->m_location));
    QSqlDatabase database = store->db();
    if (!database.transaction())
        return failed(Tr::tr("cannot start a transaction: %1").arg(database.lastError().text()));
    if (Status s = store->applyMigrations(0, Schema::latestVersion()); s.failed()) {
        database.rollback();
        return s.error();
    }
    store->m_creating = true; // the content's write joins this transaction and commits it
    Status s = store->replaceContent(content, operatorName, summary);
    store->m_creating = false;
    if (s.failed()) {
        database.rollback();
        return s.error();
    }
    return std::unique_ptr<Store>(std::move(store));
}

void SqlStore::syncFolder(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status SqlStore::insertShippedTypes()
{
    for (const ConnectionType& type : builtinConnectionTypes()) {
        using Table = RowTable<ConnectionType>;
        const QVariantList values = QVariantList{Table::key(type)} + Table::values(type, m_catalog) + QVariantList{1};
        QStringList marks;
        for (int i = 0; i < values.size(); ++i)
            marks.append(QStringLiteral("?"));
        if (Status s
            = exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(Table::table(), selectedColumns<ConnectionType>(), marks.join(QLatin1String(", "))),
                   values);
            s.failed())
            return s;
    }
    return {};
}

Status SqlStore::exec(const QString& sql, const QVariantList& values)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(db());
        if (!values.isEmpty() && !query.prepare(sql))
            return failed(query.lastError().text());
        it = m_queries.insert(sql, query);
    }
    QSqlQuery& query = *it;
    bool ok;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        for (int i = 0; i < values.size(); ++i) {
            // A null QString would be stored as NULL; text columns hold empty strings instead.
            const bool nullText = values[i].typeId() == QMetaType::QString && values[i].toString().isNull();
            query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : values[i]);
        }
        ok = query.exec();
    }
    m_lastAffected = ok ? query.numRowsAffected() : 0;
    const QSqlError error = ok ? QSqlError() : query.lastError();
    query.finish(); // a statement left open would keep SQLite from committing
    if (!ok)
        return sqlError(error);
    return {};
}

// What a failed statement means: another client's row in the way (a conflict), the store locked by
// another writer past the timeout (busy), or the database or disk failing (said as the database said).
Error SqlStore::sqlError(const QSqlError& error) const
{
    const QString code = error.nativeErrorCode();
    const int sqliteCode = code.toInt() & 0xff;
    const bool sqlite = m_dialect == Schema::Dialect::Sqlite;
    if (sqlite ? (sqliteCode == 5 || sqliteCode == 6)
               : (code == QLatin1String("55P03") || code == QLatin1String("40P01")))
        return Error{ErrorKind::Conflict, busyMessage()};
    if (sqlite ? sqliteCode == 19 : code.startsWith(QLatin1String("23")))
        return Error{ErrorKind::Conflict, databaseMessage(error)};
    return failed(databaseMessage(error));
}

QString SqlStore::busyMessage()
{
    return Tr::tr(
        "the store is busy: another administrator's change has been saving for more than 10 seconds; nothing was "
        "saved; try again");
}

QString SqlStore::databaseMessage(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

Result<qint64> SqlStore::persist(const std::vector<Change>& changes, const AuditEntry& entry, qint64 seen)
{
    QSqlDatabase database = db();
    if (!m_creating && !database.transaction())
        return failed(Tr::tr("cannot start a transaction: %1").arg(database.lastError().text()));
    m_pending.clear();
    // References are checked when the edit commits, not row by row: a revert may move a folder
    // under one it brings back, which is written with the other new rows at the end.
    exec(m_dialect == Schema::Dialect::Sqlite ? QStringLiteral("PRAGMA defer_foreign_keys = ON")
                                              : QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    auto id = beginWriting(entry, seen);
    if (!id || id.value() == 0) {
        database.rollback();
        return id;
    }
    if (Status s = persistRows(changes); s.failed()) {
        m_pending.clear();
        database.rollback();
        return s.error();
    }
    if (Status s = finishWriting(changes); s.failed()) {
        database.rollback();
        return s.error();
    }
    return id;
}

// One writer at a time: the edit was checked against a directory that must still be the latest,
// and audit ids then commit in order, so that clients catching up miss none. The entry is written
// first: on PostgreSQL the database checks who it names before any row changes.
Result<qint64> SqlStore::beginWriting(const AuditEntry& entry, qint64 seen)
{
    const bool sqlite = m_dialect == Schema::Dialect::Sqlite;
    const QString lock = sqlite ? QStringLiteral("UPDATE meta SET value = value WHERE key = 'schema_version'")
                                : QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Schema::writersLock);
    if (Status s = exec(lock); s.failed()) {
        if (s.error().message == busyMessage())
            return s.error();
        return failed(Tr::tr("cannot lock the store for writing: %1").arg(s.error().message));
    }
    if (seen >= 0) {
        const Result<qint64> latest = lastAuditId();
        if (!latest || latest.value() > seen)
            return latest ? Result<qint64>(qint64(0)) : latest;
    }
    // On PostgreSQL, the database counts only the writes that come without an entry.
    m_accountsForItsWrites = false;
    if (sqlite) {
        auto writes = rowWrites();
        if (!writes)
            return writes.error();
        m_accountsForItsWrites = mayAccountFor(writes.value());
    }
    QSqlQuery insert(db());
    // The rows before and after can be hundreds of megabytes for a large plan: SQLite takes them as
    // the UTF-8 bytes they are (as text), without a UTF-16 copy for the driver to translate back.
    // PostgreSQL sets the time and the database user itself.
    insert.prepare(
        sqlite ? QStringLiteral("INSERT INTO audit_log (operator, summary, before_json, after_json, rows, at, db_user) "
                                "VALUES (?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?) RETURNING id")
               : QStringLiteral("INSERT INTO audit_log (operator, summary, before_json, after_json, rows) "
                                "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (const QString& text : {entry.operatorName, entry.summary})
        insert.addBindValue(text.isNull() ? QStringLiteral("") : text);
    for (const QByteArray* json : {&entry.beforeJson, &entry.afterJson}) {
        const QByteArray bytes = json->isEmpty() ? QByteArrayLiteral("[]") : *json;
        insert.addBindValue(sqlite ? QVariant(bytes) : QVariant(QString::fromUtf8(bytes)));
    }
    insert.addBindValue(entry.rows.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(entry.rows));
    if (sqlite) {
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert.addBindValue(m_databaseUser);
    }
    if (!insert.exec() || !insert.next())
        return failed(Tr::tr("saving the change failed: %1").arg(databaseMessage(insert.lastError())));
    return insert.value(0).toLongLong();
}

Status SqlStore::persistRows(const std::vector<Change>& changes)
{
    // Progress: the row changes are the first half of the work, the gathered inserts the second.
    const Status cancelled = failed(Tr::tr("cancelled; nothing was written"));
    std::size_t done = 0;
    for (const Change& change : changes) {
        Status s = persistRow(change);
        // About fifty reports in all, whatever the size.
        ++done;
        const bool report = done % std::max<std::size_t>(1, changes.size() / 50) == 0;
        if (s.ok() && m_progress && report && !m_progress(0.5 * double(done) / double(changes.size())))
            s = cancelled;
        if (s.failed())
            return s;
    }
    Status flushed = flushInserts([this](double part) { return !m_progress || m_progress(0.5 + 0.5 * part); });
    if (flushed.ok() && m_progress && !m_progress(1.0))
        flushed = cancelled;
    return flushed;
}

Status SqlStore::finishWriting(const std::vector<Change>& changes)
{
    if (m_accountsForItsWrites) {
        if (Status s = accountForWrites(); s.failed())
            return failed(Tr::tr("saving the change failed: %1").arg(s.error().message));
    }
    if (m_dialect == Schema::Dialect::Postgres) {
        const bool usersRemoved = std::any_of(changes.begin(), changes.end(), [](const Change& change) {
            return !change.after && std::holds_alternative<User>(change.row());
        });
        if (usersRemoved) {
            if (Status s = exec(QStringLiteral("SELECT warden_drop_dangling_logins()")); s.failed())
                return failed(Tr::tr("saving the change failed: %1").arg(s.error().message));
        }
        // Other clients hear of the change when it commits.
        exec(QStringLiteral("NOTIFY warden_changes"));
    }
    QSqlDatabase database = db();
    if (!database.commit())
        return failed(Tr::tr("saving the change failed: %1").arg(databaseMessage(database.lastError())));
    return {};
}

Login SqlStore::login() const
{
    if (m_dialect == Schema::Dialect::Sqlite)
        return {};
    Login who;
    who.owner = false;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT session_user, warden_is_owner(), warden_linked_user()")) && q.next()) {
        who.name = q.value(0).toString();
        who.owner = q.value(1).toBool();
        who.userId = q.value(2).toLongLong();
    }
    return who;
}

Result<QList<LoginLink>> SqlStore::logins() const
{
    if (m_dialect == Schema::Dialect::Sqlite)
        return Store::logins();
    QSqlQuery q(db());
    if (!q.exec(
            QStringLiteral("SELECT l.login, u.username FROM logins l JOIN users u ON u.username_key = l.username_key "
                           "ORDER BY l.login")))
        return failed(Tr::tr("reading the logins failed: %1").arg(databaseMessage(q.lastError())));
    QList<LoginLink> links;
    while (q.next())
        links.append(LoginLink{q.value(0).toString(), q.value(1).toString()});
    return links;
}

Result<qint64> SqlStore::persistLink(const AuditEntry& entry, const QString& login, Id userId)
{
    if (m_dialect == Schema::Dialect::Sqlite)
        return Store::persistLink(entry, login, userId);
    QSqlDatabase database = db();
    if (!database.transaction())
        return failed(Tr::tr("cannot start a transaction: %1").arg(database.lastError().text()));
    auto id = beginWriting(entry, -1);
    if (!id) {
        database.rollback();
        return id;
    }
    const QVariant user = userId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(userId));
    if (Status s = exec(QStringLiteral("SELECT warden_link_login(?, ?)"), {login, user}); s.failed()) {
        database.rollback();
        return failed(Tr::tr("linking the login failed: %1").arg(s.error().message));
    }
    if (Status s = finishWriting({}); s.failed()) {
        database.rollback();
        return s.error();
    }
    return id;
}

// Tables in the order their rows may be inserted: what a row refers to comes first.
const QStringList SqlStore::insertOrder{QStringLiteral("roles"),        QStringLiteral("users"),
                                        QStringLiteral("user_roles"),   QStringLiteral("global_permissions"),
                                        QStringLiteral("global_roles"), QStringLiteral("folders"),
                                        QStringLiteral("teams"),        QStringLiteral("team_users"),
                                        QStringLiteral("team_roles"),   QStringLiteral("connection_types"),
                                        QStringLiteral("connections"),  QStringLiteral("templates"),
                                        QStringLiteral("expectations")};

// Inserts are gathered and written as multi-row statements: one round trip for many rows.
void SqlStore::queueInsert(const QString& table, const QStringList& columns, const QVariantList& values)
{
    PendingInserts& pending = m_pending[table];
    pending.columns = columns;
    pending.values += values;
}

Status SqlStore::flushInserts(const std::function<bool(double)>& progress)
{
    int statements = 0;
    for (const PendingInserts& pending : std::as_const(m_pending)) {
        const int width = int(pending.columns.size());
        const int rowsPerStatement = std::max(1, 4000 / width);
        statements += (int(pending.values.size()) / width + rowsPerStatement - 1) / rowsPerStatement;
    }
    int written = 0;
    for (const QString& table : insertOrder) {
        auto it = m_pending.find(table);
        if (it == m_pending.end() || it->values.isEmpty())
            continue;
        const PendingInserts pending = *it;
        m_pending.erase(it);
        const int width = int(pending.columns.size());
        const QString row
            = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
        const int rowsPerStatement = std::max(1, 4000 / width);
        const int rows = int(pending.values.size()) / width;
        for (int first = 0; first < rows; first += rowsPerStatement) {
            const int count = std::min(rowsPerStatement, rows - first);
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(table, pending.columns.join(QLatin1String(", ")),
                                         QStringList(count, row).join(QLatin1String(", ")));
            if (Status s = exec(sql, pending.values.mid(first * width, count * width)); s.failed()) {
                m_pending.clear();
                return savingError(s.error());
            }
            if (progress && !progress(double(++written) / double(statements))) {
                m_pending.clear();
                return failed(Tr::tr("cancelled; nothing was written"));
            }
        }
    }
    // A table left out of insertOrder would lose its rows without a word.
    if (!m_pending.isEmpty()) {
        const QString table = m_pending.cbegin().key();
        m_pending.clear();
        return failed(Tr::tr("saving the change failed: rows of %1 have no place in the order of writing; nothing "
                             "was saved")
                          .arg(table));
    }
    return {};
}

// A statement of an edit failed: a constraint broken means another client changed the same rows
// meanwhile; a busy store and a failing disk are said as they are.
Error SqlStore::savingError(const Error& error, const QString& row) const
{
    if (error.message == busyMessage() || error.kind == ErrorKind::Refused)
        return error;
    if (error.kind == ErrorKind::Conflict) {
        const QString what = row.isEmpty() ? Tr::tr("the change") : row;
        return conflict(
            Tr::tr("%1 could not be saved because the store changed meanwhile (%2); nothing was saved; check "
                   "what is stored now and try again")
                .arg(what, error.message.left(200)));
    }
    return failed(Tr::tr("saving the change failed: %1; nothing was saved").arg(error.message.left(300)));
}

// Runs a statement after the inserts it may depend on.
Status SqlStore::run(const QString& sql, const QVariantList& values)
{
    if (Status s = flushInserts(); s.failed())
        return s;
    if (Status s = exec(sql, values); s.failed())
        return savingError(s.error(), m_rowBeingSaved);
    return {};
}

// Writes one row change. An update or delete names the version it was read at, so that a change
// made meanwhile by someone else is detected instead of overwritten.
Status SqlStore::persistRow(const Change& change)
{
    const Row& described = change.before ? *change.before : change.row(); // name rows as the editor saw them
    m_rowBeingSaved = describeRow(described);
    return std::visit([&](const auto& row) { return writeRow(row, change); }, change.row());
}

template <class T> Status SqlStore::writeRow(const T& row, const Change& change)
{
    using Table = RowTable<T>;
    const bool insert = !change.before;
    const bool remove = !change.after;
    const T* before = change.before ? std::get_if<T>(&*change.before) : nullptr;
    const QString table = Table::table();
    const QString key = Table::keyColumn();
    // The row itself: queued when new, else updated or deleted at the version it was read at.
    auto own = [&]() -> Status {
        if (insert) {
            queueInsert(table, QStringList{key} + Table::columns() + QStringList{QStringLiteral("version")},
                        QVariantList{Table::key(row)} + Table::values(row, m_catalog) + QVariantList{row.version});
            return {};
        }
        Status s;
        if (remove) {
            s = run(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND version = ?").arg(table, key),
                    {Table::key(row), before->version});
        } else {
            QStringList assignments;
            for (const QString& column : Table::columns())
                assignments.append(column + QLatin1String(" = ?"));
            assignments.append(QStringLiteral("version = ?"));
            s = run(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND version = ?")
                        .arg(table, assignments.join(QLatin1String(", ")), key),
                    Table::values(row, m_catalog) + QVariantList{row.version, Table::key(row), before->version});
        }
        if (s.ok() && m_lastAffected != 1)
            return staleError(*change.before);
        return s;
    };
    auto memberRows = [&]() -> Status {
        for (const MemberTable<T>& members : Table::members()) {
            auto deleting
                = [&] { return QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(members.table, members.ownerColumn); };
            if (remove) {
                if (Status s = run(deleting(), {Table::key(row)}); s.failed())
                    return s;
                continue;
            }
            const IdSet was = before ? before->*members.set : IdSet();
            const IdSet& now = row.*members.set;
            for (Id id : was - now) {
                if (Status s
                    = run(deleting() + QStringLiteral(" AND %1 = ?").arg(members.memberColumn), {Table::key(row), id});
                    s.failed())
                    return s;
            }
            for (Id id : now - was)
                queueInsert(members.table, {members.ownerColumn, members.memberColumn}, {Table::key(row), id});
        }
        return {};
    };
    // Member rows go before their owner is deleted, after it is inserted.
    if (remove) {
        if (Status s = memberRows(); s.failed())
            return s;
        return own();
    }
    if (Status s = own(); s.failed())
        return s;
    return memberRows();
}

Status SqlStore::beginReading() const
{
    if (m_readDepth++ > 0)
        return {};
    QSqlDatabase database = db();
    if (!database.transaction()) {
        --m_readDepth;
        return failed(Tr::tr("reading the store failed: %1").arg(database.lastError().text()));
    }
    QSqlQuery query(database);
    if (m_dialect == Schema::Dialect::Postgres
        && !query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        const QString why = query.lastError().text();
        database.rollback();
        --m_readDepth;
        return failed(Tr::tr("reading the store failed: %1").arg(why));
    }
    return {};
}

void SqlStore::endReading() const
{
    if (--m_readDepth == 0)
        db().rollback(); // nothing was written: ending it is all there is to do
}

// Rows that name a row that is not there: the database should never hold them; if it does, the
// store is damaged, which is said rather than loaded.
Error SqlStore::danglingError(const QString& table, const QVariant& named)
{
    return failed(Tr::tr("reading the store failed: a row of %1 names the row %2, which does not exist; the store "
                         "is damaged")
                      .arg(table, named.toString()));
}

template <class T> Status SqlStore::loadAll(Directory& directory, LoadedIds& loaded) const
{
    using Table = RowTable<T>;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    auto loadError = [&]() { return failed(Tr::tr("reading the store failed: %1").arg(q.lastError().text())); };
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(selectedColumns<T>(), Table::table())))
        return loadError();
    // Rows with members are kept until their members are read; the others go straight in.
    QHash<typename Table::Key, T> rows;
    std::vector<Id> folderLinks; // the folders rows lie in: checked once every folder is read
    while (q.next()) {
        T row = Table::read(q, m_catalog);
        if constexpr (std::is_same_v<T, Role>)
            loaded.roles.insert(row.id);
        if constexpr (std::is_same_v<T, User>)
            loaded.users.insert(row.id);
        if constexpr (std::is_same_v<T, Folder>)
            loaded.folders.insert(row.id);
        const Id folder = Table::folderOf(row);
        if (Table::folderLink() == FolderLink::Required || (Table::folderLink() == FolderLink::Optional && folder != 0))
            folderLinks.push_back(folder);
        if (Table::members().empty())
            directory.load(row);
        else
            rows.insert(Table::keyOf(row), std::move(row));
    }
    for (Id folder : folderLinks) {
        if (!loaded.folders.contains(folder))
            return danglingError(Table::table(), folder);
    }
    for (const MemberTable<T>& members : Table::members()) {
        if (!q.exec(
                QStringLiteral("SELECT %1, %2 FROM %3").arg(members.ownerColumn, members.memberColumn, members.table)))
            return loadError();
        const QSet<Id>& exists = members.roles ? loaded.roles : loaded.users;
        QHash<typename Table::Key, QList<Id>> listed; // sorted once each, not kept sorted row by row
        while (q.next()) {
            const auto key = keyFrom<typename Table::Key>(q.value(0));
            if (!rows.contains(key))
                return danglingError(members.table, q.value(0));
            const Id member = q.value(1).toLongLong();
            if (!exists.contains(member))
                return danglingError(members.table, member);
            listed[key].append(member);
        }
        for (auto it = listed.begin(); it != listed.end(); ++it)
            rows[it.key()].*members.set = IdSet::fromSorted(std::move(it.value()));
    }
    for (const T& row : std::as_const(rows))
        directory.load(row);
    return {};
}

Result<Directory> SqlStore::loadDirectory(qint64* position) const
{
    const ReadTransaction reading(*this);
    if (reading.status().failed())
        return reading.status().error();
    if (position) {
        auto last = lastAuditId();
        if (!last)
            return last.error();
        *position = last.value();
    }
    Directory directory;
    LoadedIds loaded;
    // Each row type after those its rows name; the first damaged one stops the load.
    using Load = Status (SqlStore::*)(Directory&, LoadedIds&) const;
    for (Load load :
         {&SqlStore::loadAll<Role>, &SqlStore::loadAll<User>, &SqlStore::loadAll<Folder>, &SqlStore::loadAll<Team>,
          &SqlStore::loadAll<GlobalAssignment>, &SqlStore::loadAll<ConnectionType>, &SqlStore::loadAll<Connection>,
          &SqlStore::loadAll<Template>, &SqlStore::loadAll<Expectation>}) {
        if (Status s = (this->*load)(directory, loaded); s.failed())
            return s.error();
    }
    return directory;
}

Result<QList<AuditEntry>> SqlStore::readLog(const QDateTime& since) const
{
    return queryLog(QStringLiteral("at >= ?"),
                    since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral(""));
}

Result<QList<AuditEntry>> SqlStore::readLogAfter(qint64 id) const { return queryLog(QStringLiteral("id > ?"), id); }

Result<QList<AuditEntry>> SqlStore::readLogHeaders() const { return queryLog(QStringLiteral("id > ?"), 0, false); }

Result<AuditEntry> SqlStore::readLogEntry(qint64 id, bool withRows) const
{
    auto entries = queryLog(QStringLiteral("id = ?"), id, withRows);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return invalid(Tr::tr("there is no audit entry %1").arg(id));
    return entries->first();
}

// withRows: also the rows before and after, which can be large; without, only who, when and what.
Result<QList<AuditEntry>> SqlStore::queryLog(const QString& where, const QVariant& value, bool withRows) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, operator, db_user, summary%1 FROM audit_log WHERE %2 ORDER BY id")
                  .arg(withRows ? QStringLiteral(", before_json, after_json") : QString(), where));
    q.addBindValue(value);
    if (!q.exec())
        return failed(Tr::tr("reading the audit log failed: %1").arg(q.lastError().text()));
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.operatorName = q.value(2).toString();
        e.databaseUser = q.value(3).toString();
        e.summary = q.value(4).toString();
        if (withRows) {
            e.before = QJsonDocument::fromJson(q.value(5).toByteArray()).array();
            e.after = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
        }
        entries.append(e);
    }
    return entries;
}

Result<qint64> SqlStore::lastAuditId() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) || !q.next())
        return failed(Tr::tr("reading the audit log failed: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Result<std::optional<Store::StoredCheckpoint>> SqlStore::readCheckpoint(qint64 position, bool after) const
{
    // On SQLite the data is read part by part afterwards (see sqliteParts).
    const bool direct = m_dialect == Schema::Dialect::Sqlite && sqliteHandle();
    const QString columns = direct ? QStringLiteral("audit_id, format, checksum, rowid, kept")
                                   : QStringLiteral("audit_id, format, checksum, data, kept");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(
        after ? QStringLiteral("SELECT %1 FROM checkpoints WHERE audit_id >= ? ORDER BY audit_id LIMIT 1").arg(columns)
              : QStringLiteral("SELECT %1 FROM checkpoints WHERE audit_id <= ? ORDER BY audit_id DESC LIMIT 1")
                    .arg(columns));
    q.addBindValue(position);
    if (!q.exec())
        return std::optional<StoredCheckpoint>(); // one this login may not read is as good as none
    if (!q.next())
        return std::optional<StoredCheckpoint>();
    StoredCheckpoint checkpoint;
    checkpoint.position = q.value(0).toLongLong();
    checkpoint.format = q.value(1).toInt();
    checkpoint.checksum = q.value(2).toString().toLatin1();
    if (direct)
        sqliteParts(q.value(3).toLongLong(), checkpoint);
    else
        checkpoint.data = q.value(3).toByteArray();
    checkpoint.kept = q.value(4).toInt() != 0;
    return std::optional<StoredCheckpoint>(std::move(checkpoint));
}

sqlite3* SqlStore::sqliteHandle() const
{
    const QSqlDatabase database = db();
    const QVariant handle = database.isValid() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A checkpoint's data read part by part, straight into the buffer it is decoded from: a query's
// value is assembled by SQLite and copied again by Qt, which for tens of megabytes costs more than
// decoding them. Nothing read (size 0) when it cannot be opened, which decoding refuses.
void SqlStore::sqliteParts(qint64 rowid, StoredCheckpoint& checkpoint) const
{
    sqlite3_blob* opened = nullptr;
    if (sqlite3_blob_open(sqliteHandle(), "main", "checkpoints", "data", rowid, 0, &opened) != SQLITE_OK) {
        sqlite3_blob_close(opened);
        return;
    }
    const std::shared_ptr<sqlite3_blob> blob(opened, sqlite3_blob_close);
    checkpoint.size = sqlite3_blob_bytes(opened);
    checkpoint.readPart = [blob](char* into, qsizetype offset, qsizetype length) {
        return sqlite3_blob_read(blob.get(), into, int(length), int(offset)) == SQLITE_OK;
    };
}

Result<Store::LogSpan> SqlStore::logSpan(qint64 after, qint64 upTo) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN rows IS NULL THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(LENGTH(rows)), 0), COALESCE(MIN(id), 0), "
                       "COALESCE(MAX(CASE WHEN rows IS NULL THEN id END), 0) FROM audit_log WHERE id > ? AND id <= ?"));
    q.addBindValue(after);
    q.addBindValue(upTo);
    if (!q.exec() || !q.next())
        return failed(Tr::tr("reading the audit log failed: %1").arg(q.lastError().text()));
    return LogSpan{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                   q.value(4).toLongLong()};
}

Result<QList<qint64>> SqlStore::checkpointPositions() const
{
    QSqlQuery q(db());
    QList<qint64> positions;
    // Only those this version reads (an earlier one's are deleted with the next written).
    if (!q.exec(QStringLiteral("SELECT audit_id FROM checkpoints WHERE format = %1 ORDER BY audit_id")
                    .arg(Checkpoint::Format)))
        return positions; // none this login may read
    while (q.next())
        positions.append(q.value(0).toLongLong());
    return positions;
}

Result<qint64> SqlStore::newestKeptCheckpoint() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(audit_id), -1) FROM checkpoints WHERE kept = 1 AND format = %1")
                    .arg(Checkpoint::Format))
        || !q.next())
        return qint64(-1); // one this login may not read is as good as none
    return q.value(0).toLongLong();
}

Result<QList<Store::LoggedRows>> SqlStore::readRows(qint64 after, qint64 upTo) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, rows FROM audit_log WHERE id > ? AND id <= ? ORDER BY id"));
    q.addBindValue(after);
    q.addBindValue(upTo);
    if (!q.exec())
        return failed(Tr::tr("reading the audit log failed: %1").arg(q.lastError().text()));
    QList<LoggedRows> entries;
    while (q.next()) {
        LoggedRows entry;
        entry.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            entry.rows = q.value(1).toByteArray();
        entries.append(std::move(entry));
    }
    return entries;
}

Result<std::pair<qint64, qint64>> SqlStore::rowWrites() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('row_writes', 'row_writes_seen')")))
        return failed(Tr::tr("reading the store failed: %1").arg(q.lastError().text()));
    std::pair<qint64, qint64> writes{-1, -2}; // missing: never as logged
    while (q.next())
        (q.value(0).toString() == QLatin1String("row_writes") ? writes.first : writes.second) = q.value(1).toLongLong();
    return writes;
}

Result<bool> SqlStore::tablesAsLogged() const
{
    auto writes = rowWrites();
    if (!writes)
        return writes.error();
    return writes->first == writes->second;
}

void SqlStore::readWhole()
{
    auto writes = rowWrites();
    m_rowWritesRead = writes ? std::optional<qint64>(writes->first) : std::nullopt;
}

bool SqlStore::mayAccountFor(const std::pair<qint64, qint64>& writes) const
{
    return writes.first == writes.second || (m_rowWritesRead && writes.first == *m_rowWritesRead);
}

// Inside a write: row_writes_seen follows row_writes, and the whole read is no longer needed for it.
Status SqlStore::accountForWrites()
{
    if (Status s = exec(QStringLiteral("UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'row_writes') "
                                       "WHERE key = 'row_writes_seen'"));
        s.failed())
        return s;
    m_rowWritesRead.reset();
    return {};
}

bool SqlStore::writesCheckpoints() const
{
    if (!m_writesCheckpoints)
        m_writesCheckpoints = m_dialect == Schema::Dialect::Sqlite || login().owner;
    return *m_writesCheckpoints && !m_creating && m_readDepth == 0;
}

Status SqlStore::writeCheckpoint(const StoredCheckpoint& checkpoint)
{
    const bool sqlite = m_dialect == Schema::Dialect::Sqlite;
    // Behind another writer, it waits a moment only: the next one will do.
    exec(sqlite ? QStringLiteral("PRAGMA busy_timeout = 200") : QStringLiteral("SET lock_timeout = '200ms'"));
    QSqlDatabase database = db();
    Status s = database.transaction() ? Status() : failed(database.lastError().text());
    if (s.ok())
        s = exec(QStringLiteral(
                     "INSERT INTO checkpoints (audit_id, format, checksum, data, kept) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (audit_id) DO UPDATE SET format = excluded.format, checksum = excluded.checksum, "
                     "data = excluded.data, kept = CASE WHEN excluded.kept = 1 THEN 1 ELSE checkpoints.kept END"),
                 {checkpoint.position, checkpoint.format, QString::fromLatin1(checkpoint.checksum), checkpoint.data,
                  int(checkpoint.kept)});
    if (s.ok()) {
        auto writes = rowWrites();
        s = !writes ? Status(writes.error()) : mayAccountFor(writes.value()) ? accountForWrites() : Status();
    }
    if (s.ok())
        s = exec(QStringLiteral("DELETE FROM checkpoints WHERE kept = 0 AND audit_id < (SELECT MIN(audit_id) FROM "
                                "(SELECT audit_id FROM checkpoints ORDER BY audit_id DESC LIMIT 2) AS newest)"));
    // Those of another format are of no use to this version, and history must not stop at one.
    if (s.ok())
        s = exec(QStringLiteral("DELETE FROM checkpoints WHERE format <> ?"), {checkpoint.format});
    if (s.ok() && !database.commit())
        s = failed(database.lastError().text());
    if (s.failed())
        database.rollback();
    exec(sqlite ? QStringLiteral("PRAGMA busy_timeout = 10000") : QStringLiteral("SET lock_timeout = '10s'"));
    return s;
}

template <class T> Result<std::optional<Row>> SqlStore::loadOne(const T& like) const
{
    using Table = RowTable<T>;
    QSqlQuery q(db());
    auto fetch = [&](const QString& sql, const QVariant& key) -> Result<bool> {
        q.prepare(sql);
        q.addBindValue(key);
        if (!q.exec())
            return failed(Tr::tr("reading the store failed: %1").arg(q.lastError().text()));
        return q.next();
    };
    const QVariant key = Table::key(like);
    auto found = fetch(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(selectedColumns<T>(), Table::table(), Table::keyColumn()),
        key);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Row>();
    T row = Table::read(q, m_catalog);
    for (const MemberTable<T>& members : Table::members()) {
        auto listed = fetch(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                .arg(members.memberColumn, members.table, members.ownerColumn),
                            key);
        if (!listed)
            return listed.error();
        QList<Id> ids;
        for (bool more = listed.value(); more; more = q.next())
            ids.append(q.value(0).toLongLong());
        row.*members.set = IdSet::fromSorted(std::move(ids));
    }
    return std::optional<Row>(std::move(row));
}

Result<std::optional<Row>> SqlStore::loadRow(const Row& like) const
{
    return std::visit([this](const auto& row) { return loadOne(row); }, like);
}

void SqlStore::startNotifications()
{
    if (m_dialect != Schema::Dialect::Postgres)
        return;
    QSqlDriver* driver = db().driver();
    if (driver->subscribeToNotification(QStringLiteral("warden_changes")))
        QObject::connect(driver, &QSqlDriver::notification, this, [this] { sync(); });
}

} // namespace warden
