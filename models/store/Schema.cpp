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

template<std::size_t N>
QStringList toList(const char* const (&statements)[N], Schema::Dialect dialect)
{
    const QString autoId = dialect == Schema::Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                              : QStringLiteral("BIGSERIAL PRIMARY KEY");
    QStringList list;
    for (const char* statement : statements)
        list.append(QString::fromLatin1(statement).replace(QLatin1String("@AUTOID@"), autoId));
    return list;
}

} // namespace

int Schema::latestVersion() { return 4; }

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
    }
    return {};
}

} // namespace warden
