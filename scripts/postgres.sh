# Sourced by scripts: starts a throwaway PostgreSQL 15 on 127.0.0.1:$1 and stops it when the script exits.
# Sets WARDEN_PG_URL to postgresql://warden@127.0.0.1:PORT/postgres.
start_throwaway_postgres() {
  local port=$1
  pg_bin=/usr/lib/postgresql/15/bin
  pg_dir=$(mktemp -d)
  trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  chown postgres "$pg_dir"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U warden >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
  WARDEN_PG_URL="postgresql://warden@127.0.0.1:$port/postgres"
}
