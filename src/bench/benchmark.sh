#!/usr/bin/env bash
# Benchmark of the service against nginx serving the same bytes, on one machine (see docs/performance.md).
#
#   src/bench/benchmark.sh [--no-build]
#
# Builds the application twice (--no-build: use what the last run built): today's JDK 17 launch (fast-jar with its
# AppCDS archive, kept in target/bench/jdk17-app) and the production launch, built on JDK 25 with its AOT cache
# (target/quarkus-app). Every service is started by the application's own launcher, run.sh, with the JVM options of
# jvm.options (docs/performance.md, "The production launch"). Then, with the service (and nginx, and PostgreSQL) pinned
# to one core and wrk to another:
#   - starts the service on the embedded PostgreSQL with the bundled data and times it to ready;
#   - scenarios 1-4 (cached collection, 304, item, CSV) against the service and against nginx serving the bytes
#     fetched from the service, each after a warm-up, at each connection count;
#   - starts a PostgreSQL from the machine's binaries, times the service to ready on it (first start: migrate and
#     load; restart), then, side by side, each launch of BENCH_LAUNCHES started BENCH_STARTS times as a replica (no
#     migration or load) on one core and on every core: time to ready, the first request after it, RSS;
#   - scenario 6: never-asked URLs of /investments on the bundled data (every combination of filters, sort, size
#     and page, each sent once; the warm-up asks other URLs than the measured run), also against BENCH_BASELINE_APP;
#   - loads the synthetic national-scale dataset at each scale into a database of its own and runs scenario 5
#     (uncached, varying filters) and scenario 8 (/api/v1/search, uncached, another term each request, at the first
#     connection count, 16) against it, then scenario 7: the last page of /investments by page number and by
#     cursor, and the first page, each URL asked once (uncached), timed by curl;
#   - prints requests/s, p50 and p99 for each, ours/nginx for 1-4, startup times, RSS, and the targets.
# Everything it starts is stopped and its temporary files removed on exit, however it ends.
#
# Environment (defaults in brackets): BENCH_DURATION [15s] and BENCH_WARMUP [5s] per run, BENCH_JIT_WARMUP [240s]
# more before the first run of each started service (the JIT compilers share its one core: under the uncached load C2
# still took a quarter of the service's CPU after two minutes, 7-12% after four); BENCH_CONNECTIONS
# ["16 64"]; BENCH_THREADS [1] wrk threads; BENCH_SCALES ["1 10"] synthetic scale factors, each run with the heap
# deploy/README.md sizes for it (BENCH_HEAP_10X [128m] beyond 1x); BENCH_SERVER_CPU [0] and
# BENCH_LOAD_CPU [1]; BENCH_PORT [18280] (uses it and the next two); BENCH_JDK17 and BENCH_JDK25 [the machine's]: the
# two JDKs; BENCH_LAUNCH [jdk25-aot]: the launch of every part but the side-by-side start, one of BENCH_LAUNCHES
# ["jdk17 jdk25 jdk25-aot"]: JDK 17 with AppCDS, JDK 25 without and with the AOT cache; BENCH_STARTS [5] starts of
# each; BENCH_JAVA_OPTS_APPEND [none]: JVM options added after jvm.options (JAVA_OPTS_APPEND of run.sh);
# BENCH_AUTOGROUP [off]: the kernel's autogroup scheduling during the run (as root; put back as it was on exit), see
# below;
# BENCH_PARTS ["cached external synthetic"]: scenarios 1-4 and 6 on the embedded database, startup on the external
# one, scenarios 5 and 7; BENCH_BASELINE_APP [none]: the quarkus-app directory of another build (today's main, built
# apart) that scenario 6 also runs, started the same way, for the ratio of the two in the same run.
# With the defaults a run takes about 20 minutes plus the build. Run it on a quiet machine: anything else running
# shares the cores it measures.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
JIT_WARMUP=${BENCH_JIT_WARMUP:-240s}
CONNECTIONS=${BENCH_CONNECTIONS:-16 64}
THREADS=${BENCH_THREADS:-1}
SCALES=${BENCH_SCALES:-1 10}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOAD_CPU=${BENCH_LOAD_CPU:-1}
PORT=${BENCH_PORT:-18280}
PARTS=" ${BENCH_PARTS:-cached external synthetic} "
NGINX_PORT=$((PORT + 1))
PG_PORT=$((PORT + 2))
JAVA_OPTS_APPEND=${BENCH_JAVA_OPTS_APPEND:-}
LAUNCHES=${BENCH_LAUNCHES:-jdk17 jdk25 jdk25-aot}
LAUNCH=${BENCH_LAUNCH:-jdk25-aot}
STARTS=${BENCH_STARTS:-5}
HEAP_10X=${BENCH_HEAP_10X:-128m}
# java_home FEATURE: a JDK of that feature version on this machine (the default java's first).
java_home() {
    local home
    for home in "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /usr/lib/jvm/*; do
        if grep -qs "^JAVA_VERSION=\"$1[.\"]" "$home/release" && [ -x "$home/bin/javac" ]; then echo "$home"; return; fi
    done
}
JDK17=${BENCH_JDK17:-$(java_home 17)}
JDK25=${BENCH_JDK25:-$(java_home 25)}
APP=target/quarkus-app
APP17=target/bench/jdk17-app
# Both layouts: fast-jar (lib/boot, lib/main, app) and the legacy-jar of the AOT build (lib, quarkus-run.jar).
CP="$APP/lib/*:$APP/quarkus-run.jar:$APP/lib/boot/*:$APP/lib/main/*:$APP/app/*"
SECONDS=0

build=1
for arg in "$@"; do
    case $arg in
        --no-build) build=0 ;;
        *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
    esac
done

part() { [[ $PARTS == *" $1 "* ]]; }
log() { printf '[%4ds] %s\n' "$SECONDS" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# --- tools ----------------------------------------------------------------------------------------------------------
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_packages+=(nginx-light)
if [ ${#need_packages[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing ${need_packages[*]}"
        apt-get install -y --no-install-recommends "${need_packages[@]}" >/dev/null 2>&1 \
            || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "${need_packages[@]}" >/dev/null; }
    else
        die "missing ${need_packages[*]} (Debian packages); install them or run as root"
    fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql (Debian package postgresql)"
command -v taskset >/dev/null || die "taskset (util-linux) is missing"
cores=$(nproc --all)
[ "$cores" -ge 2 ] || die "needs 2 cores: one for the server, one for wrk"

[ -n "$JDK25" ] && [ -x "$JDK25/bin/java" ] || die "no JDK 25 (BENCH_JDK25)"
if [ "$build" = 1 ]; then
    if [[ " $LAUNCHES $LAUNCH " == *" jdk17 "* ]]; then
        [ -n "$JDK17" ] || die "no JDK 17 (BENCH_JDK17)"
        log "building today's JDK 17 launch: fast-jar with its AppCDS archive, into $APP17"
        JAVA_HOME=$JDK17 ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >/dev/null
        rm -rf "$APP17"
        mkdir -p "$(dirname "$APP17")"
        cp -a "$APP" "$APP17"
    fi
    log "building the production launch on JDK 25 with its AOT cache (JAVA_HOME=$JDK25 ./mvnw package -DskipTests)"
    JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests >/dev/null
fi
[ -f "$APP/app.aot" ] || die "$APP/app.aot missing: build it on JDK 25 or drop --no-build"
# launch NAME: the JDK and the application directory of a launch.
launch() {
    case $1 in
        jdk17) echo "$JDK17 $APP17" ;;
        jdk25) echo "$JDK25 $WORK/jdk25-app" ;;
        jdk25-aot) echo "$JDK25 $APP" ;;
        # Scenario 6's other build (BENCH_BASELINE_APP), started by its own run.sh with the JDK of BENCH_LAUNCH.
        baseline) echo "$(launch "$LAUNCH" | cut -d' ' -f1) $BENCH_BASELINE_APP" ;;
        *) die "unknown launch $1" ;;
    esac
}

# --- clean-up, whatever happens -----------------------------------------------------------------------------------
WORK=$(mktemp -d -t localgov-bench-XXXXXX)
chmod 755 "$WORK"
# JDK 25 without the cache: the same package, app.aot left out (run.sh then starts without it).
mkdir "$WORK/jdk25-app"
cp -a "$APP/." "$WORK/jdk25-app/"
rm "$WORK/jdk25-app/app.aot"
for name in $LAUNCHES $LAUNCH; do
    read -r home dir <<< "$(launch "$name")"
    [ -x "$dir/run.sh" ] && [ -x "$home/bin/java" ] || die "launch $name: no $dir/run.sh or $home/bin/java (drop --no-build)"
done
as_pg=()
if [ "$(id -u)" = 0 ]; then
    as_pg=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
svc_pid=""
nginx_pid=""
pg_started=0
stop_service() {
    if [ -n "$svc_pid" ]; then
        kill -TERM "$svc_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$svc_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$svc_pid" 2>/dev/null || true
        wait "$svc_pid" 2>/dev/null || true
        svc_pid=""
    fi
}
stop_nginx() {
    if [ -n "$nginx_pid" ]; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
        nginx_pid=""
    fi
}
cleanup() {
    [ -z "${AUTOGROUP_WAS:-}" ] || echo "$AUTOGROUP_WAS" > /proc/sys/kernel/sched_autogroup_enabled
    stop_service
    stop_nginx
    if [ "$pg_started" = 1 ]; then
        "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Linux's autogroup scheduling gives every session a scheduling group of its own, and PostgreSQL starts every backend
# in a session of its own (setsid). On one shared core the service was then one group against one group per backend,
# and the scheduler left single backends waiting to run for seconds while they held a query (seen in
# /proc/PID/schedstat: 26 s of run-queue wait for 0.8 s of CPU in 30 s): requests stalled for 1-15 s, statements
# hit their timeout. Off, the same core is shared by threads and processes alike, as on a server where the database
# runs on hosts of its own.
AUTOGROUP_FILE=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_WANTED=${BENCH_AUTOGROUP:-off}
AUTOGROUP_WAS=""
if [ -w "$AUTOGROUP_FILE" ] && [ "$AUTOGROUP_WANTED" = off ] && [ "$(cat "$AUTOGROUP_FILE")" = 1 ]; then
    AUTOGROUP_WAS=1
    echo 0 > "$AUTOGROUP_FILE"
fi
AUTOGROUP_NOW=$(cat "$AUTOGROUP_FILE" 2>/dev/null || echo "not available")

# --- helpers --------------------------------------------------------------------------------------------------------
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_service NAME [VAR=value...]: the packaged service started by its launcher, run.sh (the production launch of
# $LAUNCH, or of $launch_name when set), pinned to the server core. Sets svc_pid and ready_ms (launch to the first 200
# of /q/health/ready).
start_service() {
    local name=$1
    shift
    local start home dir
    read -r home dir <<< "$(launch "${launch_name:-$LAUNCH}")"
    start=$(now_ms)
    # One wrk client would be rate-limited within a second: the limit is raised out of reach, so that the limiter still
    # runs (and costs what it costs) on every request but refuses none. run.sh execs java: svc_pid is the JVM.
    env JAVA_HOME="$home" JAVA_OPTS_APPEND="$JAVA_OPTS_APPEND" APP_RATE_LIMIT_CAPACITY=2000000000 \
        APP_RATE_LIMIT_REFILL_PER_SECOND=1e9 "$@" QUARKUS_HTTP_PORT="$PORT" taskset -c "$SERVER_CPU" \
        "$dir/run.sh" >"$WORK/$name.log" 2>&1 &
    svc_pid=$!
    svc_home=$home
    # Polled every 10 ms: the start is timed to within that.
    while ! curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$svc_pid" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; die "the service ($name) exited"; }
        [ $(( $(now_ms) - start )) -lt 180000 ] || { tail -30 "$WORK/$name.log" >&2; die "the service ($name) not ready in 180 s"; }
        sleep 0.01
    done
    ready_ms=$(( $(now_ms) - start ))
    ready_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz}' \
        "/proc/$svc_pid/stat")
    quarkus_started=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$WORK/$name.log" | head -1)
    first_warmup=$JIT_WARMUP
}

rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# live_mb PID: the heap a full collection leaves (MB), which deploy/README.md sizes the heap from.
live_mb() {
    "$svc_home/bin/jcmd" "$1" GC.run >/dev/null 2>&1 || true
    "$svc_home/bin/jstat" -gc "$1" 2>/dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
        NR == 2 {printf "%.0f", ($col["OU"] + $col["S0U"] + $col["S1U"] + $col["EU"]) / 1024}'
}

CLK_TCK=$(getconf CLK_TCK)
# tree_ticks PID...: CPU time (user + system, in clock ticks) used so far by these processes and their descendants.
tree_ticks() {
    # A process may end between the glob and its read: cat then fails, and under pipefail so would the run, silently.
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v roots="$*" '
        { pid = $1; rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " "); ppid[pid] = f[2]; ticks[pid] = f[12] + f[13] }
        END {
            n = split(roots, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1
            for (changed = 1; changed;) { changed = 0; for (p in ppid) if (!(p in keep) && (ppid[p] in keep)) { keep[p] = 1; changed = 1 } }
            t = 0; for (p in keep) t += ticks[p]; print t
        }'
}

# jvm_counters PID: the service's full collections so far, their total pause (ms), and the CPU ticks of its JIT
# compiler threads; shown beside each measured run, as both make the tail of a run that is otherwise steady.
jvm_counters() {
    local gc jit
    gc=$("$svc_home/bin/jstat" -gc "$1" 2>/dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
        NR == 2 {printf "%d %.0f", $col["FGC"], $col["FGCT"] * 1000}')
    jit=$({ cat /proc/"$1"/task/*/stat 2>/dev/null || true; } | awk '/\((C1|C2) CompilerThre/ {sub(/^.*\) /, ""); t += $12 + $13}
        END {print t + 0}')
    echo "${gc:-0 0} $jit"
}

declare -A RPS P50 P99 CPU ERR
# measure KEY CONNECTIONS wrk-arguments...: warm-up, then the measured run. Stores req/s, p50 and p99 (ms), the CPU
# the server processes ($SERVER_PIDS and their children) spent per request (µs: on a busy machine the steadiest
# figure), and errors (socket errors + non-2xx/3xx answers).
measure() {
    local key=$1 conns=$2
    shift 2
    # WARMUP_ARGS (when set): the warm-up's own script arguments, for scripts whose measured run must not ask what the
    # warm-up asked (scenario 6).
    local warmup=("$@")
    [ -z "${WARMUP_ARGS:-}" ] || warmup=("${@:1:$(($# - 1))}" "$WARMUP_ARGS")
    taskset -c "$LOAD_CPU" wrk -t"$THREADS" -c"$conns" -d"${first_warmup:-$WARMUP}" --timeout 10s "${warmup[@]}" >/dev/null 2>&1 || true
    first_warmup=""
    local before after out line
    # shellcheck disable=SC2086 # a list of pids
    before=$(tree_ticks $SERVER_PIDS)
    local jvm_before="" jvm_after
    [[ " $SERVER_PIDS " != *" $svc_pid "* ]] || jvm_before=$(jvm_counters "$svc_pid")
    out=$(taskset -c "$LOAD_CPU" wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout 10s "$@" 2>&1) \
        || die "wrk failed: $out"
    # shellcheck disable=SC2086
    after=$(tree_ticks $SERVER_PIDS)
    line=$(grep '^BENCH ' <<< "$out") || die "no result from wrk: $out"
    eval "$(sed 's/^BENCH //' <<< "$line")"
    # shellcheck disable=SC2154 # set by the eval above
    RPS[$key]=$(awk -v r="$requests" -v d="$duration_us" 'BEGIN {printf "%.0f", r / (d / 1e6)}')
    P50[$key]=$(awk -v v="$p50_us" 'BEGIN {printf "%.2f", v / 1000}')
    P99[$key]=$(awk -v v="$p99_us" 'BEGIN {printf "%.2f", v / 1000}')
    ERR[$key]=$((errors + non2xx3xx))
    CPU[$key]=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v r="$requests" 'BEGIN {printf "%.0f", (r > 0) ? t * 1e6 / hz / r : 0}')
    local jvm=""
    if [ -n "$jvm_before" ]; then
        jvm_after=$(jvm_counters "$svc_pid")
        jvm=$(awk -v a="$jvm_before" -v b="$jvm_after" -v t=$((after - before)) 'BEGIN {split(a, x); split(b, y);
            printf ", full GCs %d (%d ms), JIT %.0f%% of the server CPU", y[1] - x[1], y[2] - x[2],
            (t > 0) ? (y[3] - x[3]) * 100 / t : 0}')
    fi
    log "$key c=$conns: ${RPS[$key]} req/s, p50 ${P50[$key]} ms, p99 ${P99[$key]} ms, server CPU ${CPU[$key]} µs/request, errors ${ERR[$key]}$jvm"
}

# --- 1. the service as the README runs it: embedded PostgreSQL, bundled data ----------------------------------------
BASE="http://127.0.0.1:$PORT"
if part cached; then
log "launch $LAUNCH: $(launch "$LAUNCH") run.sh, JVM options of its jvm.options${JAVA_OPTS_APPEND:+ and $JAVA_OPTS_APPEND}; kernel.sched_autogroup_enabled: $AUTOGROUP_NOW"
log "starting the service on the embedded PostgreSQL (port $PORT, CPU $SERVER_CPU)"
start_service embedded
EMBEDDED_READY=$ready_ms
EMBEDDED_CPU=$ready_cpu_ms
log "ready in $EMBEDDED_READY ms, $EMBEDDED_CPU ms of CPU (Quarkus: started in ${quarkus_started}s)"

S1="/api/v1/pledges?government=gwangju-seo&size=100"
S3="/api/v1/pledges/gwangju-seo:3-3-4"
S4="/api/v1/investments?format=csv"

# --- nginx with the same bytes -------------------------------------------------------------------------------------
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
: > "$WORK/locations.conf"
# nginx_headers FILE: add_header lines for the headers of a saved answer but those nginx sets itself (Content-Type,
# Content-Length, Last-Modified: the file's time is set to the service's).
nginx_headers() {
    local line header value
    while IFS= read -r line; do
        line=${line%$'\r'}
        header=${line%%:*}
        value=${line#*: }
        case ${header,,} in
            content-type | content-length | last-modified | http/* | "") ;;
            *)
                [[ $value != *"'"* && $value != *'$'* ]] || die "header $header cannot be written for nginx"
                printf "        add_header %s '%s' always;\n" "$header" "$value" ;;
        esac
    done < "$1"
}
header_value() { tr -d '\r' < "$1" | sed -n "s/^$2: //Ip" | head -1; }
# fetch NAME PATH: the service's answer to PATH into www/NAME, and an exact-match location answering it as the service
# does: the same body and headers, and for the service's ETag in If-None-Match its 304 with the same headers.
fetch() {
    local name=$1 path=$2 etag last_modified content_type
    curl -sf -D "$WORK/$name.200" -o "$WORK/www/$name" "$BASE$path" || die "could not fetch $path"
    etag=$(header_value "$WORK/$name.200" etag)
    last_modified=$(header_value "$WORK/$name.200" last-modified)
    content_type=$(header_value "$WORK/$name.200" content-type)
    [ -n "$etag" ] && [ -n "$last_modified" ] && [ -n "$content_type" ] || die "$path: no ETag, Last-Modified or Content-Type"
    curl -s -D "$WORK/$name.304" -o /dev/null -H "If-None-Match: $etag" "$BASE$path"
    head -1 "$WORK/$name.304" | grep -q ' 304' || die "$path: no 304 for its own ETag"
    touch -d "$last_modified" "$WORK/www/$name"
    chmod 644 "$WORK/www/$name"
    {
        echo "    location = ${path%%\?*} {"
        echo "        alias $WORK/www/$name;"
        echo "        default_type '$content_type';"
        nginx_headers "$WORK/$name.200"
        echo "        if (\$http_if_none_match = '$etag') {"
        nginx_headers "$WORK/$name.304" | sed 's/^/    /'
        echo "            add_header Last-Modified '$(header_value "$WORK/$name.304" last-modified)' always;"
        echo "            return 304;"
        echo "        }"
        echo "    }"
    } >> "$WORK/locations.conf"
    echo "$etag"
}
ETAG1=$(fetch s1.json "$S1")
fetch s3.json "$S3" >/dev/null
fetch s4.csv "$S4" >/dev/null
SIZE1=$(stat -c %s "$WORK/www/s1.json")
SIZE3=$(stat -c %s "$WORK/www/s3.json")
SIZE4=$(stat -c %s "$WORK/www/s4.csv")

nginx_user=""
[ "$(id -u)" = 0 ] && nginx_user="user nobody nogroup;"
sed -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@USER@|$nginx_user|" \
    src/bench/nginx.conf.template > "$WORK/nginx.conf"
taskset -c "$SERVER_CPU" "$NGINX" -p "$WORK" -e "$WORK/nginx-error.log" -c "$WORK/nginx.conf" &
nginx_pid=$!
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 100); do curl -sf -o /dev/null "$NGINX_BASE$S3" && break; sleep 0.05; done

# The same bytes and headers from both, but for what nginx adds of its own (Server, Date, Connection, Accept-Ranges)
# and the RateLimit-* counts, which change with every request (nginx sends those it was given, with as many bytes).
same_answer() {
    local path=$1 name=$2
    shift 2
    local a="$WORK/cmp-ours" b="$WORK/cmp-nginx"
    curl -s "$@" -D "$a.h" -o "$a.b" "$BASE$path"
    curl -s "$@" -D "$b.h" -o "$b.b" "$NGINX_BASE$path"
    cmp -s "$a.b" "$b.b" || die "nginx does not send the service's bytes for $name"
    # nginx's 304 also carries Content-Type and Content-Length: 0; nothing else may differ.
    normalise() { tr -d '\r' < "$1" | grep -v -i -E '^(server|date|connection|accept-ranges|keep-alive|ratelimit-[a-z]*):' \
        | { if head -1 "$1" | grep -q ' 304'; then grep -v -i -E '^content-(type|length):'; else cat; fi; } \
        | sed -E 's/^([^:]*):/\L\1:/' | sort; }
    diff <(normalise "$a.h") <(normalise "$b.h") >&2 || die "nginx does not send the service's headers for $name"
}
same_answer "$S1" "scenario 1"
same_answer "$S1" "scenario 2" -H "If-None-Match: $ETAG1"
same_answer "$S3" "scenario 3"
same_answer "$S4" "scenario 4"
log "nginx on port $NGINX_PORT serves the same bytes and headers for scenarios 1-4"

# --- scenarios 1-4, ours then nginx's, at each connection count -----------------------------------------------------
for conns in $CONNECTIONS; do
    for target in ours nginx; do
        base=$BASE
        SERVER_PIDS=$svc_pid
        if [ "$target" = nginx ]; then
            base=$NGINX_BASE
            SERVER_PIDS=$nginx_pid
        fi
        measure "1:$conns:$target" "$conns" -s src/bench/wrk-report.lua "$base$S1"
        measure "2:$conns:$target" "$conns" -s src/bench/wrk-report.lua -H "If-None-Match: $ETAG1" "$base$S1"
        measure "3:$conns:$target" "$conns" -s src/bench/wrk-report.lua "$base$S3"
        measure "4:$conns:$target" "$conns" -s src/bench/wrk-report.lua "$base$S4"
    done
done
# --- scenario 6: never-asked URLs of /investments (src/bench/wrk-never-asked.lua), each sent once ------------------
# The script visits 1,555,200 combinations in a scrambled order from the index it is given: the measured runs start at
# 400,000 and 800,000 (up to 75,000 URLs each at 5,000 requests/s), the warm-ups at 1,000,000 (the 240 s JIT warm-up
# of a started service asks up to about 750,000, wrapping round to 200,000 at most), so none asks what another asked.
SERVER_PIDS=$svc_pid
never_asked() { # KEY-PREFIX: scenario 6 at each connection count against the service running now
    local run=0
    for conns in $CONNECTIONS; do
        run=$((run + 1))
        WARMUP_ARGS=1000000 measure "6:$conns:$1" "$conns" -s src/bench/wrk-never-asked.lua "$BASE/" -- $((run * 400000))
    done
}
never_asked ours
EMBEDDED_RSS=$(rss_mb "$svc_pid")
EMBEDDED_LIVE=$(live_mb "$svc_pid")
stop_nginx
stop_service
if [ -n "${BENCH_BASELINE_APP:-}" ]; then
    log "scenario 6 on the baseline build in $BENCH_BASELINE_APP"
    [ -x "$BENCH_BASELINE_APP/run.sh" ] || die "$BENCH_BASELINE_APP/run.sh missing (a build of this project's main)"
    launch_name=baseline start_service baseline
    SERVER_PIDS=$svc_pid
    never_asked baseline
    stop_service
fi
fi

# --- 2. an external PostgreSQL from the machine's binaries ---------------------------------------------------------
if part external || part synthetic; then
mkdir -p "$WORK/pg"
echo "bench" > "$WORK/pg/pw"
chmod 644 "$WORK/pg/pw"
[ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$WORK/pg"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U bench --pwfile="$WORK/pg/pw" -A scram-sha-256 -E UTF8 \
    --no-locale >/dev/null
pg_started=1
taskset -c "$SERVER_CPU" "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/pg.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg" start >/dev/null
PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
log "PostgreSQL $PG_VERSION on port $PG_PORT (CPU $SERVER_CPU)"
fi
if part external; then
PGPASSWORD=bench "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U bench -d postgres -qc "CREATE DATABASE localgov"
ext=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/localgov" QUARKUS_DATASOURCE_USERNAME=bench
    QUARKUS_DATASOURCE_PASSWORD=bench)
start_service external-first "${ext[@]}"
EXTERNAL_FIRST=$ready_ms
stop_service
start_service external "${ext[@]}"
EXTERNAL_READY=$ready_ms
EXTERNAL_CPU=$ready_cpu_ms
stop_service
log "external database ($LAUNCH): first start (migrate, load) $EXTERNAL_FIRST ms; restart $EXTERNAL_READY ms, $EXTERNAL_CPU ms of CPU (Quarkus: started in ${quarkus_started}s)"
# Side by side, each launch as a replica of deploy/ (the migrate job has run, so it neither migrates nor loads; it
# checks the schema at its first data-version poll before it is ready), on the server core and on every core. The
# first request after ready is the page of scenario 1, not yet built: a query and its serialisation. The load average
# of the machine is logged with each start: anything else running shares the cores.
declare -A START_MS START_CPU FIRST_MS START_RSS
SERVER_CPU_SAVED=$SERVER_CPU
S1_PATH="/api/v1/pledges?government=gwangju-seo&size=100"
for launch_name in $LAUNCHES; do
    for cpus in 1 "$cores"; do
        SERVER_CPU=$SERVER_CPU_SAVED
        [ "$cpus" = 1 ] || SERVER_CPU=0-$((cores - 1))
        for run in $(seq 1 "$STARTS"); do
            start_service "replica-$launch_name-$cpus-$run" "${ext[@]}" QUARKUS_FLYWAY_MIGRATE_AT_START=false \
                APP_DATA_LOAD_ON_START=false
            answer=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT$S1_PATH")
            [ "${answer%% *}" = 200 ] || die "$launch_name: the first request after ready answered ${answer%% *}"
            first_ms=$(awk -v t="${answer#* }" 'BEGIN {printf "%.1f", t * 1000}')
            key="$launch_name:$cpus"
            START_MS[$key]="${START_MS[$key]:-} $ready_ms"
            START_CPU[$key]="${START_CPU[$key]:-} $ready_cpu_ms"
            FIRST_MS[$key]="${FIRST_MS[$key]:-} $first_ms"
            START_RSS[$key]="${START_RSS[$key]:-} $(rss_mb "$svc_pid")"
            log "replica $launch_name on $cpus core(s), run $run: ready in $ready_ms ms ($ready_cpu_ms ms of CPU)," \
                "first request $first_ms ms, RSS $(rss_mb "$svc_pid") MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
            stop_service
        done
    done
done
SERVER_CPU=$SERVER_CPU_SAVED
unset launch_name
fi

# deep_pages SCALE: scenario 7, the last page of the whole /investments by page number (an offset of every row before
# it) and by cursor (the rows after the keys of the page before), and the first page, each URL asked once so that no
# cache answers it: sizes 41..45 give five URLs of each. The cursor of the last page is taken from links.next of the
# page before it, asked first (not timed). Prints the median time of each, in ms, and the statuses.
declare -A DEEP
deep_pages() {
    local scale=$1 size total last next url code t firsts=() pages=() cursors=() codes=""
    for size in 41 42 43 44 45; do
        url="$BASE/api/v1/investments?size=$size"
        read -r code t < <(curl -s -o "$WORK/first.json" -w '%{http_code} %{time_total}\n' "$url")
        firsts+=("$t"); codes+=" first:$code"
        total=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$WORK/first.json")
        [ -n "$total" ] || { log "scenario 7: no total in the first page ($code)"; return 0; }
        last=$(( (total + size - 1) / size ))
        curl -s -o "$WORK/before-last.json" --max-time 120 "$BASE/api/v1/investments?page=$((last - 1))&size=$size"
        next=$(sed -n 's/.*"next":"\([^"]*\)".*/\1/p' "$WORK/before-last.json")
        read -r code t < <(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total}\n' "$BASE/api/v1/investments?page=$last&size=$size")
        pages+=("$t"); codes+=" page:$code"
        if [ -n "$next" ]; then
            read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$next")
            cursors+=("$t"); codes+=" cursor:$code"
        fi
    done
    median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR) printf "%.1f", v[int((NR + 1) / 2)] * 1000; else printf "-"}'; }
    DEEP[$scale]="first page $(median "${firsts[@]}") ms, last page by page number $(median "${pages[@]}") ms, by cursor $(median "${cursors[@]}") ms"
    DEEP_RATIO[$scale]=$(awk -v c="$(median "${cursors[@]}")" -v f="$(median "${firsts[@]}")" 'BEGIN {if (f > 0 && c != "-") printf "%.2f", c / f; else printf "-"}')
    log "scenario 7, synthetic ${scale}x (/investments, $total rows): ${DEEP[$scale]}; statuses:$codes"
}
declare -A DEEP_RATIO

# --- 3. scenario 5 on the synthetic national-scale data, at each scale ----------------------------------------------
declare -A LOAD_S PLEDGES SYN_RSS SYN_LIVE SYN_HEAP
part synthetic || SCALES=""
JAVA_OPTS_APPEND_SAVED=$JAVA_OPTS_APPEND
for scale in $SCALES; do
    db="localgov_synthetic_$scale"
    start=$(now_ms)
    # Written as a data package and loaded by the service's load command, as an operator loads data.
    out=$(taskset -c "$SERVER_CPU" src/bench/synthetic-data.sh --url "jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
        --user bench --password bench --scale "$scale" --out "$WORK/synthetic-package-$scale" 2>&1) \
        || die "synthetic load failed: $out"
    LOAD_S[$scale]=$(( ($(now_ms) - start) / 1000 ))
    PLEDGES[$scale]=$(sed -n 's/.* \([0-9]*\) pledges,.*/\1/p' <<< "$out")
    log "synthetic ${scale}x loaded in ${LOAD_S[$scale]} s: $(grep '^synthetic data package' <<< "$out" | sed 's/.*: //');" \
        "$(tail -1 <<< "$out")"
    # The heap deploy/README.md sizes for the data: jvm.options' 96 MB up to the national scale, more beyond it.
    SYN_HEAP[$scale]=96m
    JAVA_OPTS_APPEND=$JAVA_OPTS_APPEND_SAVED
    if [ "$scale" -gt 1 ]; then
        SYN_HEAP[$scale]=$HEAP_10X
        JAVA_OPTS_APPEND="$JAVA_OPTS_APPEND_SAVED -Xmx$HEAP_10X"
    fi
    # A statement timeout of a minute: scenario 7's last page by page number walks every row before it (10 s at 10x).
    start_service "synthetic-$scale" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
        QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench APP_DATA_LOAD_ON_START=false \
        APP_DB_STATEMENT_TIMEOUT=60s
    curl -sf -o /dev/null "$BASE/api/v1/pledges?government=synthetic-b00001&q=%EC%B2%AD%EB%85%84" \
        || die "the service does not answer on the synthetic data"
    SERVER_PIDS="$svc_pid $(head -1 "$WORK/pg/data/postmaster.pid")"
    for conns in $CONNECTIONS; do
        WARMUP_ARGS=0 measure "5x$scale:$conns:ours" "$conns" -s src/bench/wrk-synthetic.lua "$BASE/" -- "$((243 * scale))" "$conns"
    done
    # Scenario 8: /api/v1/search, uncached (another term, type, size or page at every request), at 16 connections.
    search_conns=${CONNECTIONS%% *}
    WARMUP_ARGS=0 measure "8x$scale:$search_conns:ours" "$search_conns" -s src/bench/wrk-search.lua "$BASE/" -- "$search_conns"
    deep_pages "$scale"
    SYN_RSS[$scale]=$(rss_mb "$svc_pid")
    SYN_LIVE[$scale]=$(live_mb "$svc_pid")
    log "synthetic ${scale}x: RSS ${SYN_RSS[$scale]} MB with -Xmx${SYN_HEAP[$scale]}, ${SYN_LIVE[$scale]} MB live after a full collection"
    stop_service
done
JAVA_OPTS_APPEND=$JAVA_OPTS_APPEND_SAVED

# --- report ---------------------------------------------------------------------------------------------------------
total=$SECONDS
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
# median, max, stats (min median max) of a list of numbers
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
max() { printf '%s\n' "$@" | sort -n | tail -1; }
stats() { echo "$(printf '%s\n' "$@" | sort -n | head -1) $(median "$@") $(max "$@")"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a != "" && b > 0) printf "%.2f", a / b; else printf "-"}'; }
row() { # label key conns
    local o="$2:$3:ours" n="$2:$3:nginx"
    [ -n "${RPS[$o]:-}" ] || return 0
    printf '%-44s %5s | %8s %7s %7s %6s | %8s %7s %7s %6s | %5s\n' "$1" "$3" \
        "${RPS[$o]}" "${P50[$o]}" "${P99[$o]}" "${CPU[$o]}" "${RPS[$n]:--}" "${P50[$n]:--}" "${P99[$n]:--}" \
        "${CPU[$n]:--}" "$(ratio "${RPS[$o]}" "${RPS[$n]:-}")"
}
# verdict VALUE OP TARGET
verdict() {
    awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {if (v == "" || v == "-") {printf "not measured"; exit}
        ok = (op == ">=") ? v + 0 >= t + 0 : v + 0 <= t + 0; printf "%s %s (target %s %s)", ok ? "met   " : "MISSED", v, op, t}'
}
errors=0
for key in "${!ERR[@]}"; do errors=$((errors + ERR[$key])); done
first=${SCALES%% *}
c16=${CONNECTIONS%% *}
{
    echo
    echo "Benchmark of $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%dT%H:%MZ): $cores cores ($cpu_model);" \
        "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "service, nginx and PostgreSQL on CPU $SERVER_CPU; wrk ($THREADS thread) on CPU $LOAD_CPU; $DURATION per run after $WARMUP warm-up" \
        "($JIT_WARMUP more for a started service); kernel.sched_autogroup_enabled: $AUTOGROUP_NOW"
    echo
    printf '%-44s %5s | %8s %7s %7s %6s | %8s %7s %7s %6s | %5s\n' "scenario" "conns" "ours r/s" "p50 ms" "p99 ms" \
        "cpu us" "nginx" "p50 ms" "p99 ms" "cpu us" "ratio"
    for conns in $CONNECTIONS; do
        row "1 cached JSON collection (${SIZE1:-?} B)" 1 "$conns"
        row "2 the same, If-None-Match: 304" 2 "$conns"
        row "3 item (${SIZE3:-?} B)" 3 "$conns"
        row "4 CSV of /investments (${SIZE4:-?} B)" 4 "$conns"
        for scale in $SCALES; do
            row "5 uncached query, synthetic ${scale}x (${PLEDGES[$scale]} pl.)" "5x$scale" "$conns"
        done
        row "6 never-asked /investments URLs" 6 "$conns"
        if [ -n "${RPS[6:$conns:baseline]:-}" ]; then
            printf '%-44s %5s | %8s %7s %7s %6s | this build / baseline req/s %s\n' "6 the same, baseline build" "$conns" \
                "${RPS[6:$conns:baseline]}" "${P50[6:$conns:baseline]}" "${P99[6:$conns:baseline]}" \
                "${CPU[6:$conns:baseline]}" "$(ratio "${RPS[6:$conns:ours]}" "${RPS[6:$conns:baseline]}")"
        fi
    done
    for scale in $SCALES; do
        [ -z "${DEEP[$scale]:-}" ] || echo "7 synthetic ${scale}x, /investments: ${DEEP[$scale]}"
    done
    echo "cpu us: CPU time of the server per request, in microseconds (the service, nginx, or for 5 the service and"
    echo "PostgreSQL together); ratio: ours / nginx in requests per second"
    echo
    for scale in $SCALES; do
        [ "$scale" = "$first" ] && continue
        for conns in $CONNECTIONS; do
            echo "scenario 5, ${first}x to ${scale}x, $conns connections: p50 x$(ratio "${P50[5x$scale:$conns:ours]}" "${P50[5x$first:$conns:ours]}"), p99 x$(ratio "${P99[5x$scale:$conns:ours]}" "${P99[5x$first:$conns:ours]}"), cpu/request x$(ratio "${CPU[5x$scale:$conns:ours]}" "${CPU[5x$first:$conns:ours]}")"
        done
    done
    if part cached; then
        echo "startup to ready, embedded PostgreSQL (initdb included): $EMBEDDED_READY ms, $EMBEDDED_CPU ms of JVM CPU"
    fi
    if part external; then
        echo "startup to ready, external PostgreSQL $PG_VERSION, $LAUNCH: restart $EXTERNAL_READY ms on 1 core" \
            "($EXTERNAL_CPU ms of JVM CPU); first start (migration and data load) $EXTERNAL_FIRST ms"
        echo
        echo "a replica's start (no migration or load; the schema check at its first data-version poll), $STARTS each:"
        printf '  %-10s %5s | %-24s | %-24s | %-22s | %s\n' launch cores "ready ms: min median max" \
            "CPU ms to ready: median" "first request ms: max" "RSS at ready MB"
        for launch_name in $LAUNCHES; do
            for cpus in 1 "$cores"; do
                key="$launch_name:$cpus"
                printf '  %-10s %5s | %-24s | %-24s | %-22s | %s\n' "$launch_name" "$cpus" \
                    "$(stats ${START_MS[$key]})" "$(median ${START_CPU[$key]})" "$(max ${FIRST_MS[$key]})" \
                    "$(median ${START_RSS[$key]})"
            done
        done
        unset launch_name
    fi
    rss=""
    part cached && rss="embedded $EMBEDDED_RSS MB"
    part cached && rss="$rss ($EMBEDDED_LIVE MB live)"
    for scale in $SCALES; do
        rss="${rss:+$rss, }external, synthetic ${scale}x ${SYN_RSS[$scale]} MB (-Xmx${SYN_HEAP[$scale]}, ${SYN_LIVE[$scale]} MB live)"
    done
    [ -n "$rss" ] && echo "RSS of the service ($LAUNCH) after its runs: $rss; live: the heap after a full collection"
    if [ -n "$SCALES" ]; then
        printf 'synthetic data load (one command):'
        for scale in $SCALES; do printf ' %sx %s s' "$scale" "${LOAD_S[$scale]}"; done
        echo
    fi
    echo "socket errors and non-2xx/3xx answers in all runs: $errors"
    echo
    echo "targets:"
    target() { printf '  %-56s %s\n' "$1" "$2"; }
    for conns in $CONNECTIONS; do
        part cached || break
        target "1 cached JSON, ours/nginx req/s, $conns connections" "$(verdict "$(ratio "${RPS[1:$conns:ours]}" "${RPS[1:$conns:nginx]}")" ">=" 0.5)"
        target "2 304, ours/nginx req/s, $conns connections" "$(verdict "$(ratio "${RPS[2:$conns:ours]}" "${RPS[2:$conns:nginx]}")" ">=" 0.6)"
    done
    if [ -n "$SCALES" ]; then
        target "5 uncached ${first}x, p99 ms at $c16 connections" "$(verdict "${P99[5x$first:$c16:ours]}" "<=" 25)"
        for scale in $SCALES; do
            [ "$scale" = "$first" ] && continue
            target "5 uncached ${scale}x p50 / ${first}x p50, $c16 connections" "$(verdict "$(ratio "${P50[5x$scale:$c16:ours]}" "${P50[5x$first:$c16:ours]}")" "<=" 2)"
        done
    fi
    for scale in $SCALES; do
        [ -z "${P99[8x$scale:$c16:ours]:-}" ] || target "8 search uncached ${scale}x, p99 ms at $c16 connections" "$(verdict "${P99[8x$scale:$c16:ours]}" "<=" 20)"
    done
    if [ -n "${RPS[6:$c16:baseline]:-}" ]; then
        target "6 never-asked URLs, this build / baseline req/s, $c16 conns" "$(verdict "$(ratio "${RPS[6:$c16:ours]}" "${RPS[6:$c16:baseline]}")" ">=" 3)"
    fi
    for scale in $SCALES; do
        [ -z "${DEEP_RATIO[$scale]:-}" ] || target "7 last page by cursor / first page, ${scale}x" "$(verdict "${DEEP_RATIO[$scale]}" "<=" 2)"
    done
    if part external; then
        if [[ " $LAUNCHES " == *" $LAUNCH "* ]]; then
            target "replica ready, $LAUNCH, 1 core, median ms" "$(verdict "$(median ${START_MS[$LAUNCH:1]})" "<=" 2000)"
            target "replica ready, $LAUNCH, $cores cores, median ms" "$(verdict "$(median ${START_MS[$LAUNCH:$cores]})" "<=" 1200)"
            target "first request after ready, $LAUNCH, slowest, ms" \
                "$(verdict "$(max ${FIRST_MS[$LAUNCH:1]} ${FIRST_MS[$LAUNCH:$cores]})" "<=" 50)"
        fi
    fi
    part cached && target "RSS after scenarios 1-4, bundled data, MB" "$(verdict "$EMBEDDED_RSS" "<=" 200)"
    for scale in $SCALES; do
        [ "$scale" -gt 1 ] || continue
        target "RSS after scenario 5, synthetic ${scale}x, MB" "$(verdict "${SYN_RSS[$scale]}" "<=" 300)"
    done
    echo
    echo "total run time: $((total / 60)) min $((total % 60)) s"
}
