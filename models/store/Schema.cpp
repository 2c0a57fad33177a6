#include "Schema.h"

namespace warden {

namespace {

const char* const version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE roles (id BIGINT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE,"
    " version INTEGER NOT NULL)",
    "CREATE TABLE users (id BIGINT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL UNIQUE,"
    " full_name TEXT NOT NULL, email TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL)",
    "CREATE TABLE user_roles (user_id BIGINT NOT NULL REFERENCES users(id),"
    " role_id BIGINT NOT NULL REFERENCES roles(id), PRIMARY KEY (user_id, role_id))",
    "CREATE TABLE folders (id BIGINT PRIMARY KEY, parent_id BIGINT REFERENCES folders(id), name TEXT NOT NULL,"
    " name_key TEXT NOT NULL, inherit INTEGER NOT NULL, version INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX folders_sibling_name ON folders ((COALESCE(parent_id, 0)), name_key)",
    "CREATE TABLE teams (id BIGINT PRIMARY KEY, folder_id BIGINT NOT NULL REFERENCES folders(id),"
    " name TEXT NOT NULL, name_key TEXT NOT NULL, system_kind TEXT NOT NULL, permissions TEXT NOT NULL,"
    " version INTEGER NOT NULL, UNIQUE (folder_id, name_key))",
    "CREATE TABLE team_users (team_id BIGINT NOT NULL REFERENCES teams(id),"
    " user_id BIGINT NOT NULL REFERENCES users(id), PRIMARY KEY (team_id, user_id))",
    "CREATE TABLE team_roles (team_id BIGINT NOT NULL REFERENCES teams(id),"
    " role_id BIGINT NOT NULL REFERENCES roles(id), PRIMARY KEY (team_id, role_id))",
    "CREATE TABLE global_permissions (key TEXT PRIMARY KEY, version INTEGER NOT NULL)",
    "CREATE TABLE global_roles (key TEXT NOT NULL REFERENCES global_permissions(key),"
    " role_id BIGINT NOT NULL REFERENCES roles(id), PRIMARY KEY (key, role_id))",
    "CREATE TABLE audit_log (id @AUTOID@, at TEXT NOT NULL, operator TEXT NOT NULL, summary TEXT NOT NULL,"
    " before_json TEXT NOT NULL, after_json TEXT NOT NULL)",
};

// Version 2: the database user in the audit log, unique email addresses, lookups by time.
const char* const version2[] = {
    "ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX audit_log_at ON audit_log (at)",
    "ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''",
    "UPDATE users SET email_key = LOWER(email)",
    "CREATE UNIQUE INDEX users_email ON users (email_key) WHERE email_key <> ''",
    "CREATE INDEX teams_folder ON teams (folder_id)",
    "CREATE INDEX folders_parent ON folders (parent_id)",
};

// Version 3: the audit log is append-only, whatever client writes to the database.
const char* const version3Sqlite[] = {
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};
const char* const version3Postgres[] = {
    "CREATE FUNCTION warden_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION warden_audit_log_append_only()",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
};

// Version 4: connection types, connections and the templates that use them. Their lists (fields,
// access entries, grants) are JSON, written and read whole with the row's version.
const char* const version4[] = {
    "CREATE TABLE connection_types (name TEXT PRIMARY KEY, title TEXT NOT NULL, fields TEXT NOT NULL,"
    " check_url TEXT NOT NULL, released INTEGER NOT NULL, grants TEXT NOT NULL, version INTEGER NOT NULL)",
    "CREATE TABLE connections (id BIGINT PRIMARY KEY, folder_id BIGINT REFERENCES folders(id), type TEXT NOT NULL,"
    " title TEXT NOT NULL, title_key TEXT NOT NULL, properties TEXT NOT NULL, secrets TEXT NOT NULL,"
    " default_level TEXT NOT NULL, access TEXT NOT NULL, allowed_templates TEXT NOT NULL, version INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX connections_title ON connections ((COALESCE(folder_id, 0)), title_key)",
    "CREATE TABLE templates (id BIGINT PRIMARY KEY, folder_id BIGINT NOT NULL REFERENCES folders(id),"
    " name TEXT NOT NULL, name_key TEXT NOT NULL, uses TEXT NOT NULL, version INTEGER NOT NULL,"
    " UNIQUE (folder_id, name_key))",
};

// Version 5 (PostgreSQL): who acted is the database's word. Each administrator connects with a
// login of their own, linked to one Warden user; the audit entry's id, time and database user are
// set here, its operator must be the user linked to the login, and no directory table changes in a
// transaction that has not written its audit entry first. The login that owns the schema may act
// as anyone. @SCHEMA@ is the store's schema, so that no one can shadow a table with one of their
// own; @LOCK@ is the advisory lock writers hold.
const char* const version5Postgres[] = {
    "CREATE TABLE logins (login TEXT PRIMARY KEY, username_key TEXT NOT NULL"
    " REFERENCES users(username_key) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED)",
    "ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT",
    "ALTER TABLE audit_log ALTER COLUMN db_user DROP DEFAULT",
    "REVOKE ALL ON SEQUENCE audit_log_id_seq FROM PUBLIC",
    "REVOKE ALL ON meta, logins FROM PUBLIC",
    "CREATE FUNCTION warden_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = '@SCHEMA@.audit_log'::regclass), "
    "'MEMBER')"
    " $$",
    "CREATE FUNCTION warden_linked_user() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " SELECT u.id FROM @SCHEMA@.logins l JOIN @SCHEMA@.users u ON u.username_key = l.username_key"
    " WHERE l.login = session_user"
    " $$",
    "CREATE FUNCTION warden_audit_entry() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " DECLARE linked TEXT;"
    " BEGIN"
    "  IF NEW.id IS NOT NULL THEN"
    "   RAISE EXCEPTION 'the id of an audit entry is set by the database'; END IF;"
    "  IF NEW.at IS NOT NULL OR NEW.db_user IS NOT NULL THEN"
    "   RAISE EXCEPTION 'the time and database user of an audit entry are set by the database'; END IF;"
    "  PERFORM pg_advisory_xact_lock(@LOCK@);"
    "  IF NOT @SCHEMA@.warden_is_owner() THEN"
    "   SELECT u.username INTO linked FROM @SCHEMA@.users u WHERE u.id = @SCHEMA@.warden_linked_user();"
    "   IF linked IS NULL THEN"
    "    RAISE EXCEPTION 'the login % is not linked to a Warden user', session_user; END IF;"
    "   IF NEW.operator IS DISTINCT FROM linked THEN"
    "    RAISE EXCEPTION 'the login % acts as %, not as %', session_user, linked, NEW.operator; END IF;"
    "  END IF;"
    "  NEW.id := nextval('@SCHEMA@.audit_log_id_seq');"
    "  NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
    "  NEW.db_user := session_user;"
    "  RETURN NEW;"
    " END $$",
    "CREATE TRIGGER audit_log_entry BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION warden_audit_entry()",
    // The newest entry is this transaction's own only when it wrote one: entries are numbered
    // under the writers' lock, which the transaction holds from its entry on.
    "CREATE FUNCTION warden_audited() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " BEGIN"
    "  IF @SCHEMA@.warden_is_owner() THEN RETURN NULL; END IF;"
    "  IF NOT EXISTS (SELECT 1 FROM @SCHEMA@.audit_log WHERE id = (SELECT max(id) FROM @SCHEMA@.audit_log)"
    "                 AND xmin = pg_current_xact_id()::xid) THEN"
    "   RAISE EXCEPTION 'a change to % needs its audit entry first, in the same transaction', TG_TABLE_NAME; END IF;"
    "  RETURN NULL;"
    " END $$",
    "@AUDITED@",
    // Links change only through warden_link_login, which checks that its caller is an Admin.
    "CREATE FUNCTION warden_owner_writes() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN"
    "  IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN"
    "   RAISE EXCEPTION '% is written only by Warden''s own functions', TG_TABLE_NAME; END IF;"
    "  RETURN NULL;"
    " END $$",
    "CREATE TRIGGER logins_owner_writes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON logins"
    " FOR EACH STATEMENT EXECUTE FUNCTION warden_owner_writes()",
    "CREATE TRIGGER meta_owner_writes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meta"
    " FOR EACH STATEMENT EXECUTE FUNCTION warden_owner_writes()",
    "CREATE FUNCTION warden_link_login(login_name TEXT, user_id BIGINT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " DECLARE target TEXT;"
    " BEGIN"
    "  IF NOT @SCHEMA@.warden_is_owner() AND NOT EXISTS ("
    "     SELECT 1 FROM @SCHEMA@.users u JOIN @SCHEMA@.user_roles ur ON ur.user_id = u.id"
    "     JOIN @SCHEMA@.global_roles g ON g.role_id = ur.role_id"
    "     WHERE u.id = @SCHEMA@.warden_linked_user() AND u.status = 'active' AND g.key = 'admin') THEN"
    "   RAISE EXCEPTION 'linking logins needs Admin'; END IF;"
    "  IF user_id IS NULL THEN"
    "   DELETE FROM @SCHEMA@.logins WHERE login = login_name; RETURN; END IF;"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login_name AND rolcanlogin) THEN"
    "   RAISE EXCEPTION 'there is no database login %', login_name; END IF;"
    "  SELECT username_key INTO target FROM @SCHEMA@.users WHERE id = user_id;"
    "  IF target IS NULL THEN RAISE EXCEPTION 'there is no user %', user_id; END IF;"
    "  INSERT INTO @SCHEMA@.logins (login, username_key) VALUES (login_name, target)"
    "   ON CONFLICT (login) DO UPDATE SET username_key = EXCLUDED.username_key;"
    " END $$",
    // A user deleted for good takes its links along; one replaced under the same name keeps them.
    "CREATE FUNCTION warden_drop_dangling_logins() RETURNS void LANGUAGE sql SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " DELETE FROM @SCHEMA@.logins l WHERE NOT EXISTS (SELECT 1 FROM @SCHEMA@.users u WHERE u.username_key = "
    "l.username_key)"
    " $$",
};

// Version 6: expectations, statements about access that every edit is checked against.
const char* const version6[] = {
    "CREATE TABLE expectations (id BIGINT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, subjects TEXT NOT NULL, permission TEXT NOT NULL, folder_id BIGINT REFERENCES folders(id),"
    " note TEXT NOT NULL, version INTEGER NOT NULL)",
};
const char* const version6Postgres[] = {
    "CREATE TRIGGER expectations_audited AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON expectations"
    " FOR EACH STATEMENT EXECUTE FUNCTION warden_audited()",
};

// Version 7: checkpoints, the directory's rows at an audit position in a compact binary form, for
// opening fast. Not part of the directory: derived from it, and checked before use. On PostgreSQL
// only the owner writes them, so that no administrator's client can put a directory of its making
// before the others. row_writes counts the changes to the directory's tables that Warden did not
// account for (on SQLite every row change, of which Warden accounts for its own in row_writes_seen);
// while the two differ, a checkpoint may not reflect the tables and the store is read whole.
const char* const version7[] = {
    "CREATE TABLE checkpoints (audit_id BIGINT PRIMARY KEY, format INTEGER NOT NULL, checksum TEXT NOT NULL,"
    " data @BLOB@ NOT NULL)",
    "INSERT INTO meta (key, value) VALUES ('row_writes', '0')",
    "INSERT INTO meta (key, value) VALUES ('row_writes_seen', '0')",
};
const char* const version7Postgres[] = {
    "CREATE TRIGGER checkpoints_owner_writes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON checkpoints"
    " FOR EACH STATEMENT EXECUTE FUNCTION warden_owner_writes()",
    // The owner may change the tables without an entry: such a change is counted.
    "CREATE OR REPLACE FUNCTION warden_audited() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = pg_catalog, @SCHEMA@, pg_temp AS $$"
    " BEGIN"
    "  IF EXISTS (SELECT 1 FROM @SCHEMA@.audit_log WHERE id = (SELECT max(id) FROM @SCHEMA@.audit_log)"
    "             AND xmin = pg_current_xact_id()::xid) THEN RETURN NULL; END IF;"
    "  IF NOT @SCHEMA@.warden_is_owner() THEN"
    "   RAISE EXCEPTION 'a change to % needs its audit entry first, in the same transaction', TG_TABLE_NAME; END IF;"
    "  UPDATE @SCHEMA@.meta SET value = (value::bigint + 1)::text WHERE key = 'row_writes';"
    "  RETURN NULL;"
    " END $$",
};

// Version 8: history. Each entry keeps the rows it changed, before and after, in the checkpoints'
// binary form (secrets sealed), so that the directory of any moment can be rebuilt from a nearby
// checkpoint; an entry without them (written before, an import) is a moment the rebuilding cannot
// pass. Checkpoints kept for history stay when newer ones are written.
const char* const version8[] = {
    "ALTER TABLE audit_log ADD COLUMN rows @BLOB@",
    "ALTER TABLE checkpoints ADD COLUMN kept INTEGER NOT NULL DEFAULT 0",
};

// References are checked when an edit commits (SqlStore::persist defers them).
const char* const version8Postgres[] = {
    "DO $$ DECLARE c record; BEGIN"
    " FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint"
    "  WHERE contype = 'f' AND NOT condeferrable AND connamespace = '@SCHEMA@'::regnamespace LOOP"
    "  EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', c.tbl, c.conname);"
    " END LOOP; END $$",
};

// SQLite has no statement triggers: each row change of a directory table is counted.
QStringList countedRowWrites()
{
    QStringList statements;
    QStringList tables = Schema::directoryTables();
    tables.removeOne(QStringLiteral("logins"));
    for (const QString& table : std::as_const(tables)) {
        for (const QString& what : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            statements.append(QStringLiteral("CREATE TRIGGER %1_%2_counted AFTER %3 ON %1 BEGIN UPDATE meta SET value "
                                             "= CAST(value AS INTEGER) + 1 WHERE key = 'row_writes'; END")
                                  .arg(table, what.toLower(), what));
        }
    }
    return statements;
}

template <std::size_t N> QStringList toList(const char* const (&statements)[N], Schema::Dialect dialect)
{
    const QString autoId = dialect == Schema::Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                              : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QString blob = dialect == Schema::Dialect::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    QStringList list;
    for (const char* statement : statements)
        list.append(QString::fromLatin1(statement)
                        .replace(QLatin1String("@AUTOID@"), autoId)
                        .replace(QLatin1String("@BLOB@"), blob));
    return list;
}

// The directory's tables of version 5: none of them changes without an audit entry.
QStringList auditedTables(QStringList statements)
{
    const int at = int(statements.indexOf(QStringLiteral("@AUDITED@")));
    statements.removeAt(at);
    QStringList tables = Schema::directoryTables();
    tables.removeOne(QStringLiteral("expectations")); // version 6 audits its own
    for (const QString& table : std::as_const(tables)) {
        statements.insert(at,
                          QStringLiteral("CREATE TRIGGER %1_audited AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1"
                                         " FOR EACH STATEMENT EXECUTE FUNCTION warden_audited()")
                              .arg(table));
    }
    return statements;
}

} // namespace

QStringList Schema::directoryTables()
{
    return {QStringLiteral("roles"),        QStringLiteral("users"),
            QStringLiteral("user_roles"),   QStringLiteral("folders"),
            QStringLiteral("teams"),        QStringLiteral("team_users"),
            QStringLiteral("team_roles"),   QStringLiteral("global_permissions"),
            QStringLiteral("global_roles"), QStringLiteral("connection_types"),
            QStringLiteral("connections"),  QStringLiteral("templates"),
            QStringLiteral("logins"),       QStringLiteral("expectations")};
}

int Schema::latestVersion() { return 8; }

QStringList Schema::migration(int version, Dialect dialect)
{
    switch (version) {
    case 1:
        return toList(version1, dialect);
    case 2:
        return toList(version2, dialect);
    case 3:
        return dialect == Dialect::Sqlite ? toList(version3Sqlite, dialect) : toList(version3Postgres, dialect);
    case 4:
        return toList(version4, dialect);
    case 5:
        return dialect == Dialect::Sqlite ? QStringList() : auditedTables(toList(version5Postgres, dialect));
    case 6:
        return dialect == Dialect::Sqlite ? toList(version6, dialect)
                                          : toList(version6, dialect) + toList(version6Postgres, dialect);
    case 7:
        return dialect == Dialect::Sqlite ? toList(version7, dialect) + countedRowWrites()
                                          : toList(version7, dialect) + toList(version7Postgres, dialect);
    case 8:
        return dialect == Dialect::Sqlite ? toList(version8, dialect)
                                          : toList(version8, dialect) + toList(version8Postgres, dialect);
    }
    return {};
}

} // namespace warden
