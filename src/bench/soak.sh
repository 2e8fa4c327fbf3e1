#!/usr/bin/env bash
# Soak run: the packaged service under a steady load for a long time (default 10 minutes), to show that it makes no
# errors, that its latency does not drift, and that its memory stays flat once warmed up.
#
#   src/bench/soak.sh                                    # 10 minutes, 32 connections, port 18390
#   DURATION=120 SEGMENT=30 src/bench/soak.sh            # a 2-minute proof run
#
# It builds the jar if there is none (or with BUILD=1) and starts it on the embedded PostgreSQL. It asks for each
# path of the mix once (a fresh JVM's first answers are slow; a burst of them is a cold start, not a soak), then
# drives the service with wrk in runs of SEGMENT seconds (one p99 per run) across a fixed mix of endpoints
# (src/bench/soak.lua: a tenth of the requests are new to the service, so the database works all along and the store
# of ready answers fills up to its bound and then evicts), and samples the heap (jstat) and the resident set (/proc)
# every 10 s. The heap after a full GC and the resident set are taken at the end of the warm-up runs and at the end:
# once the JIT has compiled the hot paths and the store is full, neither should grow. The store is set to 4 MB
# (CACHE_MB) so that it is full within the warm-up even at a few thousand requests a second. The rate limit is raised
# out of the way (the load comes from one address) but still runs on every request.
#
# Settings (environment): DURATION seconds (600), SEGMENT seconds per wrk run (60), WARMUP runs not judged (2),
# CONNECTIONS (32), THREADS (2), PORT (18390), CACHE_MB (4), JAVA_OPTS (-Xms256m -Xmx256m -XX:+AlwaysPreTouch: a
# fixed, pre-touched heap, so that the resident set shows growth outside the heap), OUT (target/soak-<time>), and the
# pass limits MAX_P99_RATIO (2.0: the slowest run's p99 against the median run's, after warm-up),
# MAX_HEAP_GROWTH_PCT (10), MAX_RSS_GROWTH_PCT (10). Errors count during the warm-up too.
# Exit status: 0 when there was no error and every limit held, 1 otherwise. Not part of .ci/run: it is long, and its
# figures mean something only on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-600}
SEGMENT=${SEGMENT:-60}
WARMUP=${WARMUP:-2}
CACHE_MB=${CACHE_MB:-4}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18390}
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx256m -XX:+AlwaysPreTouch}
OUT=${OUT:-target/soak-$(date +%Y%m%d-%H%M%S)}
MAX_P99_RATIO=${MAX_P99_RATIO:-2.0}
MAX_HEAP_GROWTH_PCT=${MAX_HEAP_GROWTH_PCT:-10}
MAX_RSS_GROWTH_PCT=${MAX_RSS_GROWTH_PCT:-10}
JAR=target/quarkus-app/quarkus-run.jar

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "soak: installing $2" >&2
        apt-get install -y --no-install-recommends "$2" >/dev/null
    else
        echo "soak: $1 is missing (Debian package $2) and cannot be installed here" >&2
        exit 2
    fi
}
need wrk wrk
need curl curl
for tool in jstat jcmd; do
    command -v $tool >/dev/null 2>&1 || { echo "soak: $tool (from the JDK) is missing" >&2; exit 2; }
done
if (( DURATION / SEGMENT <= WARMUP )); then
    echo "soak: DURATION ($DURATION s) must hold more than WARMUP ($WARMUP) runs of SEGMENT ($SEGMENT s)" >&2
    exit 2
fi
if [ ! -f "$JAR" ] || [ "${BUILD:-0}" = 1 ]; then
    ./mvnw -B -q package -DskipTests
fi

mkdir -p "$OUT"
app_pid=""
sampler_pid=""
cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" # SIGTERM: the service stops its embedded PostgreSQL and removes its data
        for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$app_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# shellcheck disable=SC2086
QUARKUS_HTTP_PORT=$PORT APP_RATE_LIMIT_CAPACITY=1000000000 APP_RATE_LIMIT_REFILL_PER_SECOND=1000000000 \
    APP_HTTP_REPRESENTATION_CACHE_MEGABYTES=$CACHE_MB java $JAVA_OPTS -jar "$JAR" >"$OUT/app.log" 2>&1 &
app_pid=$!
base=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do
    curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { echo "soak: the service did not start; see $OUT/app.log" >&2; exit 1; }
    sleep 1
done
curl -sf "$base/q/health/ready" >/dev/null || { echo "soak: not ready after 120 s; see $OUT/app.log" >&2; exit 1; }
echo "soak: service pid $app_pid on port $PORT; $DURATION s at $CONNECTIONS connections; output in $OUT"
# Each path of the mix once, one at a time, before the load.
grep -o '"/api/[^"]*"' src/bench/soak.lua | tr -d '"' | while read -r path; do
    curl -s -o /dev/null "$base$path"
done

heap_used_kb() { # young + old generation in use, from jstat -gc (KB)
    jstat -gc "$app_pid" | awk 'NR == 2 { printf "%d", $3 + $4 + $6 + $8 }'
}
rss_kb() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status"
}
live_heap_kb() { # after a full collection: what the service really holds
    jcmd "$app_pid" GC.run >/dev/null
    heap_used_kb
}

start=$(date +%s)
echo "seconds,heap_used_mb,rss_mb" >"$OUT/memory.csv"
(
    while kill -0 "$app_pid" 2>/dev/null; do
        echo "$(( $(date +%s) - start )),$(( $(heap_used_kb) / 1024 )),$(( $(rss_kb) / 1024 ))" >>"$OUT/memory.csv"
        sleep 10
    done
) &
sampler_pid=$!

echo "run,requests,rps,p50_ms,p90_ms,p99_ms,max_ms,errors" >"$OUT/minutes.csv"
segments=$(( DURATION / SEGMENT ))
live_after_warmup=0
rss_after_warmup=0
errors_total=0
errors_after_warmup=0
requests_total=0
for (( i = 1; i <= segments; i++ )); do
    line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SEGMENT}s" --timeout 5s -s src/bench/soak.lua "$base" \
        | tee -a "$OUT/wrk.log" | grep '^SOAK ')
    declare -A f=()
    for pair in ${line#SOAK }; do f[${pair%%=*}]=${pair#*=}; done
    errors=$(( f[connect] + f[read] + f[write] + f[status] + f[timeout] ))
    errors_total=$(( errors_total + errors ))
    (( i > WARMUP )) && errors_after_warmup=$(( errors_after_warmup + errors ))
    requests_total=$(( requests_total + f[requests] ))
    awk -v m="$i" -v r="${f[requests]}" -v d="${f[duration_us]}" -v p50="${f[p50_us]}" -v p90="${f[p90_us]}" \
        -v p99="${f[p99_us]}" -v mx="${f[max_us]}" -v e="$errors" \
        'BEGIN { printf "%d,%d,%.0f,%.2f,%.2f,%.2f,%.2f,%d\n", m, r, r / (d / 1e6), p50 / 1000, p90 / 1000, p99 / 1000, mx / 1000, e }' \
        >>"$OUT/minutes.csv"
    tail -1 "$OUT/minutes.csv" | awk -F, '{ printf "soak: segment %d: %d requests (%d/s), p50 %s ms, p99 %s ms, max %s ms, %d errors\n", $1, $2, $3, $4, $6, $7, $8 }'
    if (( i == WARMUP )); then
        live_after_warmup=$(live_heap_kb)
        rss_after_warmup=$(rss_kb)
    fi
done
live_at_end=$(live_heap_kb)
rss_at_end=$(rss_kb)

report() {
    echo
    echo "Soak report: $DURATION s at $CONNECTIONS connections ($THREADS wrk threads), $(( DURATION / SEGMENT )) runs of $SEGMENT s, the first $WARMUP the warm-up"
    echo "  requests: $requests_total; errors (socket errors, timeouts, statuses >= 400): $errors_total, $errors_after_warmup of them after the warm-up"
    awk -F, '{ printf "  %-7s %-9s %-6s %-7s %-7s %-7s %-8s %s\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$OUT/minutes.csv"
    # p99 stability after the warm-up: the slowest segment against the median segment.
    tail -n +$(( WARMUP + 2 )) "$OUT/minutes.csv" | cut -d, -f6 | sort -n | awk -v limit="$MAX_P99_RATIO" '{ p[++n] = $1 } END {
        median = p[int((n + 1) / 2)]; worst = p[n];
        printf "  p99 after warm-up: median %.2f ms, worst %.2f ms, ratio %.2f (limit %s)\n", median, worst, worst / median, limit;
        exit (worst / median > limit) }' && p99_ok=1 || p99_ok=0
    awk -v a="$live_after_warmup" -v b="$live_at_end" -v limit="$MAX_HEAP_GROWTH_PCT" 'BEGIN {
        g = (b - a) * 100 / a; printf "  heap after full GC: %.1f MB after warm-up, %.1f MB at the end (%+.1f%%, limit %s%%)\n", a / 1024, b / 1024, g, limit;
        exit (g > limit) }' && heap_ok=1 || heap_ok=0
    awk -v a="$rss_after_warmup" -v b="$rss_at_end" -v limit="$MAX_RSS_GROWTH_PCT" 'BEGIN {
        g = (b - a) * 100 / a; printf "  resident set: %.1f MB after warm-up, %.1f MB at the end (%+.1f%%, limit %s%%)\n", a / 1024, b / 1024, g, limit;
        exit (g > limit) }' && rss_ok=1 || rss_ok=0
    awk -F, 'NR > 1 { if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2; if (rmin == "" || $3 < rmin) rmin = $3; if ($3 > rmax) rmax = $3 }
        END { printf "  every 10 s: heap in use %d-%d MB, resident set %d-%d MB (%s)\n", min, max, rmin, rmax, FILENAME }' "$OUT/memory.csv"
    if (( errors_total == 0 && p99_ok && heap_ok && rss_ok )); then
        echo "  PASS"
        return 0
    fi
    echo "  FAIL"
    return 1
}
report | tee "$OUT/report.txt"
exit "${PIPESTATUS[0]}"
