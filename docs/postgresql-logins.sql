-- Logins for administrators of a shared Warden store on PostgreSQL.
--
-- Run as the login that owns the store (the one that ran `wardenctl init` or the first import),
-- after the store has been created:
--   psql "postgresql://OWNER@HOST:PORT/DB" -f docs/postgresql-logins.sql
--
-- warden_app is a group without a login: it may read the directory and change its tables, and
-- may only add to the audit log. The database itself sets each audit entry's id, time and
-- database user, refuses an entry whose operator is not the Warden user linked to the login, and
-- refuses changes to the directory that come without an audit entry. Checkpoints (what opens a
-- store fast) are only read: the owner's clients write them.
CREATE ROLE warden_app NOLOGIN;
GRANT USAGE ON SCHEMA public TO warden_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO warden_app;
GRANT INSERT, UPDATE, DELETE ON roles, users, user_roles, folders, teams, team_users, team_roles,
    global_permissions, global_roles, connection_types, connections, templates, expectations TO warden_app;
GRANT INSERT ON audit_log TO warden_app;

-- Then one login per administrator, in that group, each linked to their Warden user (as the
-- owner, or as any login linked to an Admin):
--   CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE warden_app;
--   wardenctl --store postgresql://OWNER@HOST:PORT/DB login link alice alice.wong
-- Alice then connects as postgresql://alice@HOST:PORT/DB and acts as alice.wong, whatever her
-- client claims.
