#!/usr/bin/env bash
# The external-database path: starts this machine's own PostgreSQL binaries (initdb/pg_ctl) on a free local
# port, runs the packaged service with QUARKUS_DATASOURCE_JDBC_URL pointing at it, and checks that the service
# migrates and serves from that server and starts no embedded one. Skipped (with a message) where the machine
# has no PostgreSQL binaries.
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
http_port=${EXTERNAL_DB_HTTP_PORT:-18081}
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
echo "$password" > "$work/pw" && chmod 644 "$work/pw"
log=$(mktemp)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work" "$log"
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U owner --pwfile="$work/pw" -A scram-sha-256 -E UTF8 --no-locale >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" start >/dev/null
PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U owner -d postgres -qc "CREATE DATABASE localgov"

QUARKUS_HTTP_PORT=$http_port \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/localgov" \
QUARKUS_DATASOURCE_USERNAME=owner QUARKUS_DATASOURCE_PASSWORD=$password \
    java -jar "$jar" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$http_port/q/health/ready" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
curl -sf "http://127.0.0.1:$http_port/q/health/ready" >/dev/null \
    || { echo "external-db: service not ready"; tail -40 "$log"; exit 1; }
grep -q "External PostgreSQL configured: no embedded server is started" "$log" \
    || { echo "external-db: the service did not report using the external server"; exit 1; }
# Every embedded server records the pid of the JVM that owns it; none may be this service's.
if grep -qx "$pid" "${TMPDIR:-/tmp}"/localgov-pg-*/owner.pid 2>/dev/null; then
    echo "external-db: the service started an embedded PostgreSQL"; exit 1
fi
curl -sf "http://127.0.0.1:$http_port/api/v1/pledges/gwangju-seo:3-3-4" | grep -q '"total":129.05' \
    || { echo "external-db: pledge 3-3-4 not served"; exit 1; }
rows=$(PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U owner -d localgov -tAc "SELECT count(*) FROM pledge")
[ "$rows" = 62 ] || { echo "external-db: expected 62 pledges in the external database, found $rows"; exit 1; }
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
echo "external-db: served from PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $pg_port, 62 pledges loaded there, no embedded server"
