#!/usr/bin/env bash
# The external-database path, with least privilege, in the order a Kubernetes deployment has it, with two serving
# processes on one PostgreSQL: starts this machine's own PostgreSQL binaries (initdb/pg_ctl) on a free local port,
# creates an owner and a read-only role as a DBA would (deploy/postgres/create-roles.sh, compose's init script), then:
#  1. starts the packaged service as a replica (the reader, neither migrating nor loading, with no other setting)
#     before any schema exists: it must stay alive, not ready, and answer the API with 503;
#  2. runs `java -jar quarkus-run.jar migrate` as the owner (exit 0, no HTTP); the replica becomes ready at its next
#     data-version poll and serves the data as the reader only;
#  3. starts a second service that migrates and loads itself (the datasource as the reader, Flyway as the owner);
#     both answer a set of requests, which fills their caches;
#  4. commits a change of the data from a third connection in one transaction, as a load does (a dataset's
#     source_section corrected, a new dataset with one pledge moved to it, data_load's version and loaded_at bumped);
#     after each service's next poll both must send the same bodies and ETags, and nothing else may answer 5xx;
#  5. runs `migrate` again with APP_DATA_DIRECTORY naming a copy of the bundled CSV files with other changes: the same;
#  6. renames a column and bumps the version: both must stop being ready (the entities no longer match the schema),
#     and be ready again once the column is back;
#  7. kills a `load` of the synthetic 1x package half-way (SIGKILL while its transaction writes): nothing changes, for
#     either service; then loads it to the end and removes it by name: the answers are those of before again.
# Skipped (with a message) where the machine has no PostgreSQL binaries.
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
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
http_port=${EXTERNAL_DB_HTTP_PORT:-$(free_port)}
loader_port=$(free_port)
new_password() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
admin_password=$(new_password)
owner_password=$(new_password)
reader_password=$(new_password)
echo "$admin_password" > "$work/pw" && chmod 644 "$work/pw"
out=$(mktemp -d)
log=$out/replica.log
loader_log=$out/loader.log
migrate_log=$out/migrate.log
pid=""
loader_pid=""
watch_pid=""
kill_pid=""
cleanup() {
    for p in $watch_pid $pid $loader_pid $kill_pid; do kill "$p" 2>/dev/null || true; done
    "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work" "$out"
}
trap cleanup EXIT
fail() { echo "external-db: $1"; [ -n "${2:-}" ] && tail -40 "$2"; exit 1; }
sql_as() { # role password database sql
    PGPASSWORD=$2 "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U "$1" -d "$3" -v ON_ERROR_STOP=1 -qtAc "$4"
}
as_owner() { sql_as localgov_owner "$owner_password" localgov "$1"; }
ready_status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready" || true; }
# The data version a service serves and the second of its load, from its readiness check ("-" while it serves none).
served_version() {
    local body version loaded
    body=$(curl -s "http://127.0.0.1:$1/q/health/ready" || true)
    version=$(echo "$body" | grep -o '"version" *: *"[^"]*"' | cut -d'"' -f4 || true)
    loaded=$(echo "$body" | grep -o '"loadedAt" *: *"[^"]*"' | cut -d'"' -f4 || true)
    if [ -z "$version" ] || [ -z "$loaded" ]; then echo -; return; fi
    echo "$version $(date -d "$loaded" +%s)"
}
# Waits until both services serve the version the database holds, loaded at the second it holds: a change may move
# only loaded_at (step 6), and comparing the version alone let the answers be compared before a service had polled it.
await_version() { # what
    local want
    want=$(as_owner "SELECT version || ' ' || extract(epoch from date_trunc('second', loaded_at))::bigint FROM data_load")
    for _ in $(seq 1 60); do
        [ "$(served_version "$http_port")" = "$want" ] && [ "$(served_version "$loader_port")" = "$want" ] && return
        sleep 0.5
    done
    fail "after $1, the services serve '$(served_version "$http_port")' and '$(served_version "$loader_port")', not \
the database's version and load second '$want'" "$log"
}

# Answers compared between the two services: an item and a list whose provenance changes, the pledge moved to the new
# dataset, everything computed from whole tables, the catalog, CSV, and a few of the other resources.
paths=(
    /api/v1/pledges/gwangju-seo:1-1
    "/api/v1/pledges?size=100"
    /api/v1/pledges/gwangju-seo:5-1
    /api/v1/pledges/gwangju-seo:4-1
    "/api/v1/pledges?format=csv"
    /api/v1/consistency
    "/api/v1/consistency?size=100&status=MISMATCH"
    /api/v1/consistency/summary
    /api/v1/investments/summary
    "/api/v1/investments?size=100"
    "/api/v1/investments?format=csv"
    /api/v1/datasets
    /api/v1/datasets/gwangju-seo-pledge-plan
    /api/v1/governments
    /api/v1/figures
    /api/v1/achievements
    /api/v1/disaster-response-stages
    /api/v1/execution-results
    "/api/v1/search?q=%EC%B9%A8%EC%88%98"
)
# One answer as "status ETag Last-Modified sha256-of-body".
answer() { # port path
    local headers body code
    headers=$(mktemp -p "$out") body=$(mktemp -p "$out")
    code=$(curl -s -D "$headers" -o "$body" -w '%{http_code}' "http://127.0.0.1:$1$2" || echo 000)
    printf '%s %s %s %s\n' "$code" "$(grep -i '^etag:' "$headers" | tr -d '\r' | cut -d' ' -f2-)" \
        "$(grep -i '^last-modified:' "$headers" | tr -d '\r' | cut -d' ' -f2- | tr ' ' _)" \
        "$(sha256sum < "$body" | cut -d' ' -f1)"
    rm -f "$headers" "$body"
}
warm() { # port: every answer twice, so that the second comes from the cache (the fast path)
    for path in "${paths[@]}" "${paths[@]}"; do answer "$1" "$path" >/dev/null; done
}
compare() { # what
    local path replica loader
    for path in "${paths[@]}"; do
        replica=$(answer "$http_port" "$path")
        loader=$(answer "$loader_port" "$path")
        [ "${replica%% *}" = 200 ] || fail "after $1, the replica answered $path with ${replica%% *}" "$log"
        [ "${loader%% *}" = 200 ] || fail "after $1, the loading service answered $path with ${loader%% *}" "$loader_log"
        [ "$replica" = "$loader" ] || fail "after $1, $path differs: replica '$replica', loading service '$loader'"
    done
}
# Every answer of both services while the data changes, in the background: none may be a 5xx.
watch_start() {
    : > "$out/statuses"
    (
        while :; do
            for path in "${paths[@]}"; do
                for port in "$http_port" "$loader_port"; do
                    echo "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path") $port $path"
                done
            done
        done >> "$out/statuses"
    ) &
    watch_pid=$!
}
watch_stop() { # what
    kill "$watch_pid" 2>/dev/null || true
    wait "$watch_pid" 2>/dev/null || true
    watch_pid=""
    if grep -q '^5' "$out/statuses"; then
        fail "while $1: $(grep -c '^5' "$out/statuses") answers 5xx, first: $(grep -m1 '^5' "$out/statuses")" "$log"
    fi
    grep -q '^200 ' "$out/statuses" || fail "while $1, nothing was answered"
}
field() { # port path jq-less field: the first "name":"value" of the answer
    curl -s "http://127.0.0.1:$1$2" | grep -o "\"$3\":\"[^\"]*\"" | head -1 | cut -d'"' -f4
}

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

# 1. The serving replica, as the reader, before the schema exists, configured as deploy/k8s configures it (apart from
#    the poll interval): alive, not ready, and the API answers 503 rather than failing.
QUARKUS_HTTP_PORT=$http_port QUARKUS_DATASOURCE_JDBC_URL=$url \
QUARKUS_DATASOURCE_USERNAME=localgov_reader QUARKUS_DATASOURCE_PASSWORD=$reader_password \
QUARKUS_FLYWAY_MIGRATE_AT_START=false APP_DATA_LOAD_ON_START=false APP_DATA_VERSION_POLL_INTERVAL=1s \
    java -jar "$jar" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$http_port/q/health/live" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
curl -sf "http://127.0.0.1:$http_port/q/health/live" >/dev/null || fail "service not live without a schema" "$log"
[ "$(ready_status "$http_port")" = 503 ] || fail "service ready before any data was loaded" "$log"
curl -s "http://127.0.0.1:$http_port/q/health/ready" | grep -q "no schema yet" \
    || fail "the readiness check does not say that the schema is missing" "$log"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/api/v1/pledges/gwangju-seo:1-1")
[ "$code" = 503 ] || fail "the API answered $code before the schema existed, expected 503" "$log"

# 2. The one-shot job, as the owner: migrations, grants to the reader, the data load; exit 0, no HTTP port.
QUARKUS_HTTP_PORT=$http_port QUARKUS_DATASOURCE_JDBC_URL=$url \
QUARKUS_DATASOURCE_USERNAME=localgov_owner QUARKUS_DATASOURCE_PASSWORD=$owner_password \
APP_DB_READER_ROLE=localgov_reader \
    java -jar "$jar" migrate >"$migrate_log" 2>&1 || fail "migrate exited with $?" "$migrate_log"
grep -q "Migrated and loaded the bundled data" "$migrate_log" || fail "migrate did not load the data" "$migrate_log"
if grep -q "Listening on: http" "$migrate_log"; then fail "migrate opened an HTTP port" "$migrate_log"; fi

# The replica sees the load at its next poll and serves it as the reader.
for _ in $(seq 1 40); do
    [ "$(ready_status "$http_port")" = 200 ] && break
    sleep 0.5
done
[ "$(ready_status "$http_port")" = 200 ] || fail "service not ready after the migrate job" "$log"
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

# 3. A second service on the same database that migrates and loads itself (one process, two roles); nothing is
#    pending, so it serves what the job loaded. Both services answer every request of the set, and cache them.
QUARKUS_HTTP_PORT=$loader_port QUARKUS_DATASOURCE_JDBC_URL=$url \
QUARKUS_DATASOURCE_USERNAME=localgov_reader QUARKUS_DATASOURCE_PASSWORD=$reader_password \
QUARKUS_FLYWAY_USERNAME=localgov_owner QUARKUS_FLYWAY_PASSWORD=$owner_password APP_DB_READER_ROLE=localgov_reader \
APP_DATA_VERSION_POLL_INTERVAL=1s \
    java -jar "$jar" >"$loader_log" 2>&1 &
loader_pid=$!
for _ in $(seq 1 120); do
    [ "$(ready_status "$loader_port")" = 200 ] && break
    kill -0 "$loader_pid" 2>/dev/null || break
    sleep 0.5
done
[ "$(ready_status "$loader_port")" = 200 ] || fail "the loading service is not ready" "$loader_log"
warm "$http_port"
warm "$loader_port"
compare "the migrate job"
old_section=$(field "$http_port" /api/v1/pledges/gwangju-seo:1-1 sourceSection)

# 4. A change committed by a third connection, in one transaction, as a load commits.
watch_start
as_owner "BEGIN;
    UPDATE dataset SET source_section = source_section || ' (정정)' WHERE id = 'gwangju-seo-pledge-plan';
    INSERT INTO dataset (id, government_id, title, source_document, source_section, publisher, period_text, unit,
            unit_label, description)
        SELECT 'gwangju-seo-pledge-plan-5', government_id, title || ' (5)', source_document,
            source_section || ' > 5', publisher, period_text, unit, unit_label, 'Strategy area 5, apart.'
        FROM dataset WHERE id = 'gwangju-seo-pledge-plan';
    UPDATE pledge SET dataset_id = 'gwangju-seo-pledge-plan-5' WHERE id = 'gwangju-seo:5-1';
    UPDATE data_load SET version = md5(version), loaded_at = loaded_at + interval '1 second';
    COMMIT;" >/dev/null
await_version "a change committed by another connection"
watch_stop "the change was committed and polled"
compare "a change committed by another connection"
section=$(field "$http_port" /api/v1/pledges/gwangju-seo:1-1 sourceSection)
[ "$section" = "$old_section (정정)" ] || fail "pledge 1-1's sourceSection is '$section', not the corrected one"
[ "$(field "$http_port" /api/v1/pledges/gwangju-seo:5-1 datasetId)" = gwangju-seo-pledge-plan-5 ] \
    || fail "pledge 5-1 does not name the dataset it moved to"
sleep 2 # the poll after a change begins another generation: the same answers again
compare "the poll after the change"

# 5. A second run of the job that loads other data: the bundled files, with another correction and another pledge
#    moved to a dataset of its own.
data=$out/data
mkdir "$data"
cp src/main/resources/data/*.csv "$data/"
sed -i 's/,매니페스토(공약) > 공약투자계획 > 연차별 투자계획,/,매니페스토(공약) > 공약투자계획 > 연차별 투자계획 (2차 정정),/' \
    "$data/datasets.csv"
grep -m1 '^gwangju-seo-pledge-plan,' "$data/datasets.csv" \
    | sed 's/^gwangju-seo-pledge-plan,/gwangju-seo-pledge-plan-4,/; s/,연차별 투자계획,/,연차별 투자계획 (4),/' \
    >> "$data/datasets.csv"
sed -i 's/^gwangju-seo:4-1,gwangju-seo,gwangju-seo-pledge-plan,/gwangju-seo:4-1,gwangju-seo,gwangju-seo-pledge-plan-4,/' \
    "$data/pledges.csv"
grep -q '^gwangju-seo:4-1,gwangju-seo,gwangju-seo-pledge-plan-4,' "$data/pledges.csv" \
    || fail "the copy of pledges.csv was not changed as intended"
watch_start
QUARKUS_HTTP_PORT=$http_port QUARKUS_DATASOURCE_JDBC_URL=$url \
QUARKUS_DATASOURCE_USERNAME=localgov_owner QUARKUS_DATASOURCE_PASSWORD=$owner_password \
APP_DB_READER_ROLE=localgov_reader APP_DATA_DIRECTORY=$data \
    java -jar "$jar" migrate >"$migrate_log" 2>&1 || fail "the second migrate exited with $?" "$migrate_log"
grep -q "Migrated and loaded the data of $data" "$migrate_log" \
    || fail "the second migrate did not load the other data" "$migrate_log"
await_version "the second migrate"
watch_stop "the second migrate loaded other data"
compare "the second migrate"
[ "$(field "$http_port" /api/v1/pledges/gwangju-seo:1-1 sourceSection)" = "$old_section (2차 정정)" ] \
    || fail "after the second migrate, pledge 1-1's sourceSection is not the one loaded"
[ "$(field "$http_port" /api/v1/pledges/gwangju-seo:4-1 datasetId)" = gwangju-seo-pledge-plan-4 ] \
    || fail "after the second migrate, pledge 4-1 does not name its dataset"
[ "$(field "$http_port" /api/v1/pledges/gwangju-seo:5-1 datasetId)" = gwangju-seo-pledge-plan ] \
    || fail "after the second migrate, pledge 5-1 is not back in its dataset"

# 6. A schema this release does not match, with a new version: neither service serves it; fixed, both do again.
as_owner "BEGIN; ALTER TABLE pledge RENAME COLUMN title TO title_renamed;
    UPDATE data_load SET loaded_at = loaded_at + interval '1 second'; COMMIT;" >/dev/null
for _ in $(seq 1 40); do
    [ "$(ready_status "$http_port")" = 503 ] && [ "$(ready_status "$loader_port")" = 503 ] && break
    sleep 0.5
done
[ "$(ready_status "$http_port")" = 503 ] && [ "$(ready_status "$loader_port")" = 503 ] \
    || fail "a service stayed ready on a schema that does not match its entities" "$log"
curl -s "http://127.0.0.1:$http_port/q/health/ready" | grep -q "schema does not match" \
    || fail "the readiness check does not name the schema" "$log"
grep -q "missing column \[title\]" "$log" || fail "the replica did not log what does not match" "$log"
as_owner "BEGIN; ALTER TABLE pledge RENAME COLUMN title_renamed TO title;
    UPDATE data_load SET loaded_at = loaded_at + interval '1 second'; COMMIT;" >/dev/null
await_version "the schema was repaired"
compare "the schema was repaired"

# 7. A load killed half-way: the synthetic national package (1x, written by src/bench/SyntheticData.java as the
#    benchmark writes it) is loaded with `load` as the owner and the process is killed (SIGKILL) once its transaction
#    has begun writing. Nothing of it may be visible, both services stay ready and send the same bodies and ETags as
#    before, and nothing answers 5xx. Then the same package is loaded to the end (the synthetic data served beside the
#    bundled data) and removed by name, after which the answers are those of before again, byte for byte.
package_dir=$out/synthetic-package
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp 'target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*:target/quarkus-app/app/*' \
    src/bench/SyntheticData.java --url "$url" --user localgov_owner --password "$owner_password" --scale 1 \
    --out "$package_dir" >"$out/synthetic.log" 2>&1 || fail "the synthetic package was not written" "$out/synthetic.log"
[ "$(as_owner "SELECT count(*) FROM government WHERE id LIKE 'synthetic-%'")" = 0 ] \
    || fail "writing the synthetic package left rows in the database"
before=$out/before
for path in "${paths[@]}"; do echo "$path $(answer "$http_port" "$path")"; done > "$before"
version_before=$(as_owner "SELECT version FROM data_load")
load() { # log, then arguments of the load command
    local log_file=$1
    shift
    QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=localgov_owner \
    QUARKUS_DATASOURCE_PASSWORD=$owner_password APP_DB_READER_ROLE=localgov_reader \
        java -jar "$jar" load "$@" >"$log_file" 2>&1
}
watch_start
load "$out/killed-load.log" "$package_dir" &
kill_pid=$!
writing=""
for _ in $(seq 1 600); do
    # The load's transaction has an id once it has written (deleted or copied) its first row.
    if [ "$(as_owner "SELECT count(*) FROM pg_stat_activity WHERE datname = 'localgov' AND usename = 'localgov_owner'
            AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")" != 0 ]; then
        writing=yes
        break
    fi
    kill -0 "$kill_pid" 2>/dev/null || break
    sleep 0.2
done
[ -n "$writing" ] || fail "the load was never seen writing" "$out/killed-load.log"
# The JVM itself (the subshell of `load &` runs it as its only child).
jvm=$(pgrep -P "$kill_pid" java || echo "$kill_pid")
kill -KILL "$jvm" "$kill_pid" 2>/dev/null || true
wait "$kill_pid" 2>/dev/null || true
kill_pid=""
for _ in $(seq 1 50); do
    [ "$(as_owner "SELECT count(*) FROM pg_stat_activity WHERE datname = 'localgov' AND usename = 'localgov_owner'
        AND pid <> pg_backend_pid()")" = 0 ] && break
    sleep 0.2
done
sleep 2 # a poll of each service after the kill
watch_stop "a load was killed half-way"
[ "$(as_owner "SELECT version FROM data_load")" = "$version_before" ] || fail "the killed load changed the data version"
[ "$(as_owner "SELECT count(*) FROM government WHERE id LIKE 'synthetic-%'")" = 0 ] \
    || fail "the killed load left synthetic governments"
[ "$(ready_status "$http_port")" = 200 ] && [ "$(ready_status "$loader_port")" = 200 ] \
    || fail "a service is not ready after the killed load" "$log"
after=$out/after
for path in "${paths[@]}"; do echo "$path $(answer "$http_port" "$path")"; done > "$after"
diff "$before" "$after" >&2 || fail "the answers changed after a killed load"
compare "a load was killed half-way"

load "$out/load.log" "$package_dir" || fail "the synthetic package was refused" "$out/load.log"
grep -q "loaded \[synthetic-national-x1\]" "$out/load.log" || fail "load did not report the package" "$out/load.log"
await_version "the synthetic package was loaded"
[ "$(as_owner "SELECT count(*) FROM government WHERE id LIKE 'synthetic-%'")" = 243 ] \
    || fail "the synthetic package did not load 243 governments"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/api/v1/pledges?government=synthetic-b00001")
[ "$code" = 200 ] || fail "the replica answered $code for the synthetic pledges"
load "$out/remove.log" --remove synthetic-national-x1 || fail "the synthetic package was not removed" "$out/remove.log"
await_version "the synthetic package was removed"
# Path, status, ETag and body, Last-Modified aside (a new version); the catalog's bodies carry the load time.
for path in "${paths[@]}"; do echo "$path $(answer "$http_port" "$path")"; done \
    | awk '!/^\/api\/v1\/datasets/ {print $1, $2, $3, $5}' > "$after"
awk '!/^\/api\/v1\/datasets/ {print $1, $2, $3, $5}' "$before" | diff - "$after" >&2 \
    || fail "the answers differ after the synthetic package was loaded and removed"

for p in $pid $loader_pid; do kill -TERM "$p"; wait "$p" 2>/dev/null || true; done
pid="" loader_pid=""
echo "external-db: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $pg_port: migrated and" \
    "62 pledges loaded as the owner, served as the read-only role (ready only after the load), writes refused;" \
    "a replica and a loading service sent the same ${#paths[@]} answers (bodies, ETags) after a change committed by" \
    "another connection and after a second migrate with other data, no 5xx meanwhile; neither served a schema that" \
    "does not match; a load killed half-way changed nothing served; the synthetic 1x package loaded and removed"
