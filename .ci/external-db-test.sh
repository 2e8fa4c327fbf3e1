#!/usr/bin/env bash
# The external-database path, with least privilege, in the order a Kubernetes deployment has it: starts this
# machine's own PostgreSQL binaries (initdb/pg_ctl) on a free local port, creates an owner and a read-only role as a
# DBA would (deploy/postgres/create-roles.sh, compose's init script), starts the packaged service as the read-only
# role before any schema exists (it must stay alive and not ready), runs `java -jar quarkus-run.jar migrate` as the
# owner (exit 0, no HTTP), then checks that the service becomes ready at its next data-version poll, serves pledge
# 3-3-4, holds connections as the reader only, started no embedded server, and that a write as the reader is
# refused. Skipped (with a message) where the machine has no PostgreSQL binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "external-db: no PostgreSQL binaries on this machine, skipped"
    exit 0
fi
jar=target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
chmod 755 "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown nobody:nogroup "$work"
    as_pg=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
http_port=${EXTERNAL_DB_HTTP_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
new_password() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
admin_password=$(new_password)
owner_password=$(new_password)
reader_password=$(new_password)
echo "$admin_password" > "$work/pw" && chmod 644 "$work/pw"
log=$(mktemp)
migrate_log=$(mktemp)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work" "$log" "$migrate_log"
}
trap cleanup EXIT
fail() { echo "external-db: $1"; [ -n "${2:-}" ] && tail -40 "$2"; exit 1; }
sql_as() { # role password database sql
    PGPASSWORD=$2 "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U "$1" -d "$3" -v ON_ERROR_STOP=1 -qtAc "$4"
}
ready_status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/q/health/ready" || true; }

"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres --pwfile="$work/pw" -A scram-sha-256 -E UTF8 --no-locale \
    >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" start >/dev/null
# What a DBA does once, with the script compose's postgres runs on its first start: the owner owns the database,
# the reader may log in and nothing more (the migrations' callback grants it SELECT).
PATH="$bin:$PATH" PGHOST=127.0.0.1 PGPORT=$pg_port PGPASSWORD=$admin_password POSTGRES_USER=postgres \
LOCALGOV_OWNER_PASSWORD=$owner_password LOCALGOV_READER_PASSWORD=$reader_password \
    sh deploy/postgres/create-roles.sh >/dev/null
url="jdbc:postgresql://127.0.0.1:$pg_port/localgov"

# 1. The serving replica, as the reader, before the schema exists: alive, not ready.
QUARKUS_HTTP_PORT=$http_port QUARKUS_DATASOURCE_JDBC_URL=$url \
QUARKUS_DATASOURCE_USERNAME=localgov_reader QUARKUS_DATASOURCE_PASSWORD=$reader_password \
QUARKUS_FLYWAY_MIGRATE_AT_START=false APP_DATA_LOAD_ON_START=false \
QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY=none APP_DATA_VERSION_POLL_INTERVAL=1s \
    java -jar "$jar" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$http_port/q/health/live" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
curl -sf "http://127.0.0.1:$http_port/q/health/live" >/dev/null || fail "service not live without a schema" "$log"
[ "$(ready_status)" = 503 ] || fail "service ready before any data was loaded ($(ready_status))" "$log"

# 2. The one-shot job, as the owner: migrations, grants to the reader, the data load; exit 0, no HTTP port.
QUARKUS_HTTP_PORT=$http_port QUARKUS_DATASOURCE_JDBC_URL=$url \
QUARKUS_DATASOURCE_USERNAME=localgov_owner QUARKUS_DATASOURCE_PASSWORD=$owner_password \
APP_DB_READER_ROLE=localgov_reader \
    java -jar "$jar" migrate >"$migrate_log" 2>&1 || fail "migrate exited with $?" "$migrate_log"
grep -q "Migrated and loaded the bundled data" "$migrate_log" || fail "migrate did not load the data" "$migrate_log"
if grep -q "Listening on: http" "$migrate_log"; then fail "migrate opened an HTTP port" "$migrate_log"; fi

# 3. The replica sees the load at its next poll and serves it as the reader.
for _ in $(seq 1 40); do
    [ "$(ready_status)" = 200 ] && break
    sleep 0.5
done
[ "$(ready_status)" = 200 ] || fail "service not ready after the migrate job" "$log"
grep -q "External PostgreSQL configured: no embedded server is started" "$log" \
    || fail "the service did not report using the external server"
# Every embedded server records the pid of the JVM that owns it; none may be this service's.
if grep -qx "$pid" "${TMPDIR:-/tmp}"/localgov-pg-*/owner.pid 2>/dev/null; then
    fail "the service started an embedded PostgreSQL"
fi
curl -sf "http://127.0.0.1:$http_port/api/v1/pledges/gwangju-seo:3-3-4" | grep -q '"total":129.05' \
    || fail "pledge 3-3-4 not served" "$log"
rows=$(sql_as localgov_reader "$reader_password" localgov "SELECT count(*) FROM pledge")
[ "$rows" = 62 ] || fail "expected 62 pledges in the external database, found $rows"
roles=$(sql_as postgres "$admin_password" postgres "SELECT string_agg(DISTINCT usename, ',') FROM pg_stat_activity
    WHERE datname = 'localgov' AND pid <> pg_backend_pid()")
[ "$roles" = localgov_reader ] || fail "the service holds connections as '$roles', expected localgov_reader only"
if refused=$(sql_as localgov_reader "$reader_password" localgov "UPDATE pledge SET title = title" 2>&1); then
    fail "the reader could write"
fi
echo "$refused" | grep -q "permission denied" || fail "the reader's write failed otherwise: $refused"

kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
echo "external-db: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $pg_port: migrated and" \
    "62 pledges loaded as the owner, served as the read-only role (ready only after the load), writes refused"
