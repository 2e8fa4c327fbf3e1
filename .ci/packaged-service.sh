# Sourced by the CI scripts that test the packaged jar as a user runs it: README's command 1 (java -jar, its own
# embedded PostgreSQL) on a free port. Sets $tmp (a temporary directory), $port and $pid; stops the service and
# removes $tmp on exit. NAME names the calling script in messages.

tmp=$(mktemp -d)
pid=
# Stops the service started last, if it still runs: TERM, and KILL after 30 s.
stop_service_process() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    fi
    pid=
}
stop_packaged_service() {
    stop_service_process
    rm -rf "$tmp"
}
trap stop_packaged_service EXIT

# Starts COMMAND (default: target/quarkus-app/quarkus-run.jar with java -jar, as the README does) on a free port, its
# log in $tmp/service.log, and waits up to 90 s for readiness, polled every POLL_INTERVAL seconds [0.1]. Sets
# $ready_ms, the time from the start to ready (to within the poll interval).
start_packaged_service() {
    local ready=0 start
    port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
    unset QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD || true
    [ $# -gt 0 ] || set -- java -jar target/quarkus-app/quarkus-run.jar
    start=$(date +%s%N)
    QUARKUS_HTTP_PORT=$port "$@" >"$tmp/service.log" 2>&1 &
    pid=$!
    while [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 90000 ]; do
        if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then ready=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep "${POLL_INTERVAL:-0.1}"
    done
    if [ "$ready" != 1 ]; then echo "$NAME: service not ready within 90 s"; tail -50 "$tmp/service.log"; exit 1; fi
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
