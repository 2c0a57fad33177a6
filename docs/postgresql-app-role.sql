-- A role for running Warden on a shared PostgreSQL database, so that the audit log stays
-- append-only whatever a client does: the role owns nothing, may read and write the directory's
-- tables, and may only read and add to the audit log. Run as the owner of the tables (the role
-- that ran `wardenctl init` or the first import), after the store has been created:
--   psql "postgresql://OWNER@HOST:PORT/DB" -f docs/postgresql-app-role.sql
-- then point Warden at postgresql://warden_app@HOST:PORT/DB (set a password as you need).
CREATE ROLE warden_app LOGIN;
GRANT USAGE ON SCHEMA public TO warden_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO warden_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO warden_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM warden_app;
