#!/usr/bin/env bash
# Measures the heap of the packaged service while it streams the largest collection whole, as NDJSON and as CSV, on the
# SYNTHETIC national-scale data, with a heap smaller than the answer: a stream that held its result could not finish.
#
#   src/bench/stream-heap.sh [--scale 10] [--heap 64m]
#
# 1. a PostgreSQL of the machine's binaries in a temporary directory; 2. the synthetic data of the scale
# (src/bench/synthetic-data.sh, as an operator loads it); 3. the packaged service (target/quarkus-app, built when
# missing) with -Xmx of --heap, serving the synthetic data alone; 4. /api/v1/investments (the largest collection) as
# ?format=ndjson and ?format=csv, read by curl, while jstat samples the heap every 200 ms. Prints, per stream, the rows
# and bytes streamed, the time, and the heap used (highest sample, and live after the stream by a full collection),
# beside the heap's maximum. Runs on one machine beside other work: figures of one run, not a benchmark of speed.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=10 heap=64m
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=$2 ;;
        --heap) heap=$2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done
app=target/quarkus-app
[ -f "$app/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
JAVA_BIN=$(dirname "$(readlink -f "$(command -v java)")")
work=$(mktemp -d /tmp/stream-heap.XXXXXX)
chmod 755 "$work"
as_pg=()
[ "$(id -u)" = 0 ] && as_pg=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
svc_pid=""
cleanup() {
    [ -n "$svc_pid" ] && kill "$svc_pid" 2>/dev/null && wait "$svc_pid" 2>/dev/null || true
    "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
echo bench > "$work/pw"
chmod 644 "$work/pw"
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$work"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$work/pg" -U bench --pwfile="$work/pw" -A scram-sha-256 -E UTF8 --no-locale \
    >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" start >/dev/null
PGPASSWORD=bench "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U bench -d postgres -qc "CREATE DATABASE synthetic"
url="jdbc:postgresql://127.0.0.1:$pg_port/synthetic"
# A copy of the packaged service, so that a build during the measurement leaves it alone.
cp -r "$app" "$work/app"
SYNTHETIC_APP=$work/app src/bench/synthetic-data.sh --url "$url" --user bench --password bench --scale "$scale" \
    --out "$work/package" | tail -2
rm -rf "$work/package"

# start_service: the copy of the service on the synthetic data, ready; false when it could not start.
start_service() {
    port=$(free_port)
    QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=bench \
    QUARKUS_DATASOURCE_PASSWORD=bench APP_DATA_LOAD_ON_START=false APP_DB_STATEMENT_TIMEOUT=60s \
        java "-Xmx$heap" -jar "$work/app/quarkus-run.jar" > "$work/service.log" 2>&1 &
    svc_pid=$!
    for _ in $(seq 1 900); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
        kill -0 "$svc_pid" 2>/dev/null || { svc_pid=""; return 1; }
        sleep 0.2
    done
    return 1
}
# On a busy shared machine the first start may miss the pool's acquisition timeout: one more try.
start_service || { grep -m3 -E 'ERROR|Caused by' "$work/service.log"; echo "starting again"; start_service; } \
    || { tail -30 "$work/service.log"; exit 1; }
# heap_mb: the heap in use now (eden, survivors, old generation), in MB.
heap_mb() {
    "$JAVA_BIN/jstat" -gc "$svc_pid" 2>/dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
        NR == 2 {printf "%.1f", ($col["OU"] + $col["S0U"] + $col["S1U"] + $col["EU"]) / 1024}'
}
live_mb() {
    "$JAVA_BIN/jcmd" "$svc_pid" GC.run >/dev/null 2>&1 || true
    heap_mb
}
echo "service: -Xmx$heap, synthetic ${scale}x, $(curl -s -o /dev/null -D - \
    "http://127.0.0.1:$port/api/v1/investments?size=1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" {print $2}') investments;" \
    "live heap before any stream: $(live_mb) MB"
for format in ndjson csv; do
    live_mb >/dev/null
    start=$(date +%s%3N)
    curl -sf -o "$work/body" -D "$work/headers" "http://127.0.0.1:$port/api/v1/investments?format=$format" &
    curl_pid=$!
    peak=0
    while kill -0 "$curl_pid" 2>/dev/null; do
        used=$(heap_mb)
        peak=$(awk -v a="$peak" -v b="${used:-0}" 'BEGIN {print (b > a) ? b : a}')
        sleep 0.2
    done
    wait "$curl_pid" || { echo "the $format stream failed"; tail -20 "$work/service.log"; exit 1; }
    ms=$(( $(date +%s%3N) - start ))
    bytes=$(stat -c %s "$work/body")
    lines=$(wc -l < "$work/body")
    [ "$format" = csv ] && lines=$((lines - 1))
    total=$(tr -d '\r' < "$work/headers" | awk -F': ' 'tolower($1) == "x-total-count" {print $2}')
    echo "$format: $lines rows (X-Total-Count $total), $((bytes / 1024 / 1024)) MB ($bytes bytes) in $ms ms;" \
        "heap in use: highest sample $peak MB, live after the stream $(live_mb) MB, of -Xmx$heap"
    [ "$lines" = "$total" ] || { echo "the $format stream is short: $lines rows of $total"; exit 1; }
done
