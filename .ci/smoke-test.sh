#!/usr/bin/env bash
# Starts target/quarkus-app/quarkus-run.jar exactly as the README does, with no database configured, twice in a
# row: each time it must become ready within 60 s on its own embedded PostgreSQL, serve data, and stop without
# leaving a postgres process or its temporary data directory behind.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
# A free port unless one is given, so that several checkouts can run their CI side by side.
port=${SMOKE_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
log=$(mktemp)
unset QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD || true

# The embedded server of a JVM: the temporary directory whose owner.pid names that JVM.
embedded_dir_of() { grep -lx "$1" "${TMPDIR:-/tmp}"/localgov-pg-*/owner.pid 2>/dev/null | xargs -r dirname; }

NAME=smoke
# shellcheck source=.ci/quiet-log.sh
. .ci/quiet-log.sh

run_once() {
    local pid ready=0 code dir
    QUARKUS_HTTP_PORT=$port java -jar "$jar" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then ready=1; break; fi
        if ! kill -0 "$pid" 2>/dev/null; then break; fi
        sleep 0.5
    done
    if [ "$ready" != 1 ]; then
        echo "smoke: service not ready within 60 s"; tail -50 "$log"; kill "$pid" 2>/dev/null || true; exit 1
    fi
    dir=$(embedded_dir_of "$pid")
    if [ -z "$dir" ]; then echo "smoke: the service runs no embedded PostgreSQL"; exit 1; fi
    pgrep -f "$dir/pgdata" >/dev/null || { echo "smoke: no postgres process serves $dir"; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/governments")
    if [ "$code" != 200 ]; then echo "smoke: /api/v1/governments answered $code"; tail -50 "$log"; exit 1; fi
    curl -sf "http://127.0.0.1:$port/api/v1/pledges/gwangju-seo:3-3-4" | grep -q '129.05' \
        || { echo "smoke: pledge 3-3-4 not served"; exit 1; }
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then echo "smoke: service did not stop"; kill -9 "$pid"; exit 1; fi
    if pgrep -f "$dir/pgdata" >/dev/null; then
        echo "smoke: postgres processes left behind: $(pgrep -f "$dir/pgdata" | tr '\n' ' ')"; exit 1
    fi
    if [ -e "$dir" ]; then echo "smoke: temporary data directory left behind: $dir"; exit 1; fi
    assert_quiet_log "$log" "run $1 (start, requests, stop)"
    echo "smoke: run $1 ready, served data, stopped cleanly, no postgres left"
}

run_once 1
run_once 2
rm -f "$log"
echo "smoke: passed"
