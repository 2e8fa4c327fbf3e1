#!/usr/bin/env bash
# The start of a replica as deploy/ has it, measured: a PostgreSQL from the machine's binaries on a free port, migrated
# and loaded once by the first APP_DIR's `run.sh migrate`, then each APP_DIR's run.sh started START_RUNS times as a
# replica (no migration, no load) pinned to START_CPUS, the launches taking turns so that what else the machine runs
# falls on all of them alike. Prints, per start and as medians: the time to ready (/q/health/ready 200, polled every
# 10 ms), the CPU the JVM used until then (all its threads, its main thread, its two JIT compilers: on one core they
# share it, and the time to ready is about their sum), the first request after ready (a page not yet built: a query
# and its serialisation) and the RSS at ready and after that request. docs/performance.md, "Where the start goes".
#
#   src/bench/start-profile.sh [APP_DIR...]      default: target/quarkus-app
#
# Environment: START_RUNS [5]; START_CPUS [1] (taskset's list); JAVA_HOME [the machine's java]; JAVA_OPTS_APPEND
# [none], added to every launch's; START_OPTS_<n> [none], added to the n-th APP_DIR's only (1-based), for A/B of JVM
# options on one build (the same APP_DIR given twice); START_KEEP_LOGS [none]: a directory to copy the services' logs
# to; START_PROFILER [none]: async-profiler's libasyncProfiler.so (Maven Central's tools.profiler:async-profiler jar
# for linux-x64 holds it), which then samples each start's CPU until the service stops, into START_KEEP_LOGS
# (required with it) as n-run.collapsed, the stacks that src/bench/start-phases.py sums by phase. Needs curl and the
# PostgreSQL server binaries (/usr/lib/postgresql/*/bin). Does not build.
set -euo pipefail
cd "$(dirname "$0")/../.."
NAME="start-profile"
runs=${START_RUNS:-5}
cpus=${START_CPUS:-1}
[ $# -gt 0 ] || set -- target/quarkus-app
apps=()
for dir in "$@"; do
    [ -x "$dir/run.sh" ] || { echo "$NAME: no run.sh in $dir (build it first)" >&2; exit 2; }
    apps+=("$(cd "$dir" && pwd)")
done
if [ -n "${START_PROFILER:-}" ]; then
    if [ ! -f "$START_PROFILER" ] || [ -z "${START_KEEP_LOGS:-}" ]; then
        echo "$NAME: START_PROFILER needs the library and START_KEEP_LOGS" >&2
        exit 2
    fi
    mkdir -p "$START_KEEP_LOGS"
    START_KEEP_LOGS=$(cd "$START_KEEP_LOGS" && pwd)
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then echo "$NAME: no PostgreSQL server binaries" >&2; exit 2; fi

# $tmp, $port, $pid, start_packaged_service and the service's stop on exit.
# shellcheck source=.ci/packaged-service.sh
. .ci/packaged-service.sh
chmod 755 "$tmp"
mkdir -p "$tmp/pg"
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown nobody:nogroup "$tmp/pg"
    as_pg=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
stop_all() {
    stop_service_process
    "${as_pg[@]}" "$bin/pg_ctl" -D "$tmp/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap stop_all EXIT

pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo bench > "$tmp/pg/pw" && chmod 644 "$tmp/pg/pw"
"${as_pg[@]}" "$bin/initdb" -D "$tmp/pg/data" -U bench --pwfile="$tmp/pg/pw" -A scram-sha-256 -E UTF8 --no-locale \
    >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/pg.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$tmp/pg" start >/dev/null
PGPASSWORD=bench "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U bench -d postgres -qc "CREATE DATABASE localgov"
db=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/localgov" QUARKUS_DATASOURCE_USERNAME=bench
    QUARKUS_DATASOURCE_PASSWORD=bench)
env "${db[@]}" "${apps[0]}/run.sh" migrate >"$tmp/migrate.log" 2>&1 \
    || { tail -30 "$tmp/migrate.log"; echo "$NAME: migrate failed"; exit 1; }

first_path="/api/v1/pledges?government=gwangju-seo&size=100"
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz}' "/proc/$1/stat"; }
# thread_ms PID PATTERN: the CPU (ms) of the JVM's threads whose name matches PATTERN (the main thread is "java").
thread_ms() {
    local task total=0
    for task in /proc/"$1"/task/*; do
        grep -q -E "$2" "$task/comm" 2>/dev/null && total=$((total + $(awk '{sub(/^.*\) /, ""); print $12 + $13}' "$task/stat")))
    done
    echo $((total * 1000 / $(getconf CLK_TCK)))
}
declare -A results
echo "$NAME: $runs starts of each launch on CPU $cpus, PostgreSQL on port $pg_port; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-3s %-4s %8s %8s %8s %8s %8s %8s %8s %s\n' run app ready_ms cpu_ms main_ms jit_ms first_ms rss_rdy rss_1st \
    "load(1m)"
for run in $(seq 1 "$runs"); do
    n=0
    for app in "${apps[@]}"; do
        n=$((n + 1))
        opts_var=START_OPTS_$n
        opts="${JAVA_OPTS_APPEND:-} ${!opts_var:-}"
        [ -z "${START_PROFILER:-}" ] || opts+=" -agentpath:$START_PROFILER=start,event=cpu,interval=1ms,threads,\
collapsed,file=$START_KEEP_LOGS/$n-$run.collapsed"
        POLL_INTERVAL=0.01 start_packaged_service env "${db[@]}" QUARKUS_FLYWAY_MIGRATE_AT_START=false \
            APP_DATA_LOAD_ON_START=false JAVA_OPTS_APPEND="$opts" taskset -c "$cpus" "$app/run.sh"
        # run.sh execs java, and env and taskset exec it: $pid is the JVM.
        cpu=$(cpu_ms "$pid")
        main=$(thread_ms "$pid" '^java$')
        jit=$(thread_ms "$pid" '^C[12] CompilerThre')
        rss_ready=$(rss_mb "$pid")
        first=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$first_path" \
            | awk '{printf "%.0f", $1 * 1000}')
        rss_first=$(rss_mb "$pid")
        printf '%-3s %-4s %8s %8s %8s %8s %8s %8s %8s %s\n' "$run" "$n" "$ready_ms" "$cpu" "$main" "$jit" "$first" \
            "$rss_ready" "$rss_first" "$(cut -d' ' -f1 /proc/loadavg)"
        results[$n]+="$ready_ms $cpu $main $jit $first $rss_ready $rss_first"$'\n'
        [ -z "${START_KEEP_LOGS:-}" ] || { mkdir -p "$START_KEEP_LOGS"; cp "$tmp/service.log" "$START_KEEP_LOGS/$n-$run.log"; }
        stop_service_process
    done
done
echo "medians (ready ms; CPU ms to ready: all, the main thread, the JIT compilers; first request ms; RSS MB at ready, \
after the first request):"
median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
n=0
for app in "${apps[@]}"; do
    n=$((n + 1))
    opts_var=START_OPTS_$n
    line=""
    for column in 1 2 3 4 5 6 7; do
        line+=$(printf ' %8s' "$(printf '%s' "${results[$n]}" | cut -d' ' -f"$column" | median)")
    done
    echo "$line  $n: $app ${!opts_var:-}"
done
