#!/usr/bin/env bash
# The AOT cache's training run (JDK 25 and later, JEP 483/514/515): starts the packaged service through its own launcher
# (run.sh, so with the production JVM options, which the cache must be made with) as an API replica, sends it a mix of
# the requests the API serves, stops it, and the JVM writes APP_DIR/app.aot as it exits: the classes of the start and
# of those requests, loaded and linked, and their methods' profiles. run.sh then starts the service with it.
#
#   src/main/launcher/train.sh [APP_DIR]        APP_DIR: target/quarkus-app (default), /app in the container build
#
# The database is the embedded PostgreSQL (no external one is needed at build time): a first run of `migrate` creates
# it, migrates and loads the bundled data in a directory of its own; then the replica (no migration, no load, as in
# deploy/) starts on it with -XX:AOTCacheOutput and is trained. The JVM that runs this must be the one that runs the
# service (same JDK build, same runtime image): a cache from another is refused. Fails when the service does not
# start or answers any request with a 5xx. Needs curl. AOT_TRAINING_ROUNDS [20]: how often the mix is sent.
set -euo pipefail
app=$(cd "${1:-target/quarkus-app}" && pwd)
rounds=${AOT_TRAINING_ROUNDS:-20}
if [ ! -x "$app/run.sh" ] || [ ! -f "$app/quarkus-run.jar" ]; then
    echo "train: no run.sh and quarkus-run.jar in $app" >&2
    exit 1
fi
command -v curl >/dev/null || { echo "train: curl is missing" >&2; exit 1; }
home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
[ "${feature:-0}" -ge 25 ] || { echo "train: the AOT cache needs JDK 25 or later; $home is ${feature:-unknown}" >&2; exit 1; }

work=$(mktemp -d -t localgov-aot-XXXXXX)
chmod 755 "$work"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
log() { echo "train: $*" >&2; }
fail() { log "$*"; tail -40 "$work/service.log" >&2 2>/dev/null || true; exit 1; }
unset QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD JAVA_OPTS_APPEND || true
export APP_EMBEDDED_DB_DATA_DIR="$work/db"
rm -f "$app/app.aot"

log "migrating and loading the bundled data into an embedded PostgreSQL"
"$app/run.sh" migrate >"$work/migrate.log" 2>&1 || { tail -40 "$work/migrate.log" >&2; log "migrate failed"; exit 1; }

log "starting the replica with -XX:AOTCacheOutput=app.aot ($home)"
# No adapters (the JIT's stubs between interpreted and compiled calls) in the cache: Temurin 25.0.3 stores some under a
# name it then fails to find, and every start of the service warned "Failed to link AdapterHandlerEntry" twice. The
# JVM makes them itself as it runs instead.
QUARKUS_HTTP_PORT=0 QUARKUS_FLYWAY_MIGRATE_AT_START=false APP_DATA_LOAD_ON_START=false \
    JAVA_OPTS_APPEND="-XX:AOTCacheOutput=app.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching" \
    "$app/run.sh" >"$work/service.log" 2>&1 &
pid=$!
base=""
for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || fail "the service exited"
    port=$(sed -n 's/.*Listening on: http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/service.log" | head -1)
    if [ -n "$port" ] && curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
        base="http://127.0.0.1:$port"
        break
    fi
    sleep 0.2
done
[ -n "$base" ] || fail "the service was not ready in 120 s"

# The mix: every collection and item of the contract the service publishes, as JSON, CSV, gzip, HEAD, pages and the
# 304 of a dashboard; the national-scale pledge search with its filters; the client mistakes (400, 404, 405, 406, 414)
# and the operational endpoints. Item ids come from the collections' first rows.
curl -sf "$base/q/openapi" -o "$work/openapi.yaml" || fail "no /q/openapi"
mapfile -t collections < <(sed -n 's/^  \(\/api\/v1\/[^{}]*\):$/\1/p' "$work/openapi.yaml")
mapfile -t items < <(sed -n 's/^  \(\/api\/v1\/.*{[a-zA-Z]*}\):$/\1/p' "$work/openapi.yaml")
[ ${#collections[@]} -gt 0 ] || fail "no collection in /q/openapi"
long=$(printf 'a%.0s' $(seq 1 5000))
{
    # One transfer of curl's config file each: the options after `next` start afresh.
    first=1
    request() {
        [ "$first" = 1 ] || echo next
        first=0
        printf 'url = "%s%s"\noutput = "/dev/null"\nsilent\nwrite-out = "%%{http_code} %%{url_effective}\\n"\n' "$base" "$1"
        shift
        for option in "$@"; do printf '%s\n' "$option"; done
    }
    for path in "${collections[@]}"; do
        request "$path"
        request "$path" 'header = "Accept-Encoding: gzip"'
        request "$path?format=csv"
        request "$path" 'header = "Accept: text/csv"'
        request "$path?page=2&size=5"
        request "$path" 'head'
        etag=$(curl -s -D - -o /dev/null "$base$path" | tr -d '\r' | sed -n 's/^etag: //Ip')
        [ -z "$etag" ] || request "$path" "header = \"If-None-Match: ${etag//\"/\\\"}\""
        request "$path" 'header = "Accept: application/xml"'
        request "$path?size=5000"
        request "$path?unknown=1"
    done
    for template in "${items[@]}"; do
        collection=${template%/\{*}
        id=$(curl -s "$base$collection?size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
        [ -z "$id" ] || request "${template%\{*}$(printf %s "$id" | sed 's/:/%3A/g')"
        request "${template%\{*}no-such-id"
    done
    for query in 'q=%EC%B2%AD%EB%85%84' 'government=gwangju-seo&size=100' 'government=seoul&page=2&size=10' \
            'q=%EC%A7%80%EC%9B%90&size=20' 'size=1000'; do
        request "/api/v1/pledges?$query"
    done
    request /api/v1/investments?fiscalYear=2023
    request "/api/v1/$long"
    request '/api/v1/pledges?q=%ZZ'
    request /api/v1/governments 'request = "DELETE"'
    request /api/v1/governments 'request = "OPTIONS"' 'header = "Origin: https://example.org"' \
        'header = "Access-Control-Request-Method: GET"'
    for path in /q/health /q/health/ready /q/health/live /q/metrics /q/openapi '/q/openapi?format=json' / /nowhere; do
        request "$path"
    done
} > "$work/mix.curl"
log "sending the mix ($(grep -c '^url' "$work/mix.curl") requests) $rounds times"
for _ in $(seq 1 "$rounds"); do
    curl -s -Z --parallel-max 4 -K "$work/mix.curl" >>"$work/answers.txt" 2>>"$work/curl.log" \
        || { cat "$work/curl.log" >&2; fail "curl failed"; }
done
bad=$(grep -c -E '^(5[0-9][0-9]|000) ' "$work/answers.txt" || true)
[ "$bad" = 0 ] || { grep -E '^(5[0-9][0-9]|000) ' "$work/answers.txt" | sort | uniq -c | head >&2; fail "$bad answers 5xx or none"; }
log "answers: $(cut -d' ' -f1 "$work/answers.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ',' | sed 's/,$//')"

log "stopping the service: the JVM writes the cache as it exits"
kill -TERM "$pid"
wait "$pid" || true
pid=""
[ -s "$app/app.aot" ] || fail "no AOT cache written"
# Started through a main class of its own (legacy-jar, as the AOT build packages it), Quarkus's log manager must still
# be the JVM's, else the log is in java.util.logging's format: kr.civicdata.api.Main sees to it.
! grep -q 'LogManager accessed before' "$work/service.log" "$work/migrate.log" || fail "the JVM's log manager is not Quarkus's"
grep -h 'AOTCache creation is complete' "$work/service.log" >&2 || true
log "$app/app.aot: $(du -m "$app/app.aot" | cut -f1) MB"
