#!/usr/bin/env bash
# What the log says about a database outage, tried as an operator would: the packaged service on an external
# PostgreSQL (this machine's own binaries, as .ci/external-db-test.sh starts them), a small request loop (RATE
# requests a second, half of them answers held in memory, half new ones the database must answer; and a readiness
# probe every 5 s, as a kubelet sends), PostgreSQL stopped for DOWN seconds and started again. Prints the log lines written from the stop until SETTLE seconds after the start,
# the answers by status, and the log itself when VERBOSE=1.
#
#   ./mvnw package -DskipTests && src/bench/outage-log.sh
#   DOWN=12 RATE=10 LOG_JSON=1 src/bench/outage-log.sh     # the same with JSON logs (QUARKUS_LOG_CONSOLE_JSON_ENABLED)
#
# Not part of .ci/run: DatabaseOutageTest asserts the same on the embedded server. Exit status 0 unless the set-up
# failed; it judges nothing, it counts.
set -euo pipefail
cd "$(dirname "$0")/../.."

DOWN=${DOWN:-12}
RATE=${RATE:-10}
SETTLE=${SETTLE:-5}
LOG_JSON=${LOG_JSON:-0}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "outage-log: no $JAR; run ./mvnw package -DskipTests first"; exit 1; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "outage-log: no PostgreSQL binaries on this machine"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d)
chmod 755 "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown nobody:nogroup "$work"
    as_pg=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
pg_port=$(free_port)
http_port=$(free_port)
new_password() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
admin_password=$(new_password)
owner_password=$(new_password)
reader_password=$(new_password)
echo "$admin_password" >"$work/pw" && chmod 644 "$work/pw"
out=$(mktemp -d)
pid=""
loop=""
cleanup() {
    [ -n "$loop" ] && kill "$loop" 2>/dev/null || true
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
pg() { "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w "$@" >/dev/null; }

"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres --pwfile="$work/pw" -A scram-sha-256 -E UTF8 --no-locale \
    >/dev/null
pg -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" start
PATH="$bin:$PATH" PGHOST=127.0.0.1 PGPORT=$pg_port PGPASSWORD=$admin_password POSTGRES_USER=postgres \
LOCALGOV_OWNER_PASSWORD=$owner_password LOCALGOV_READER_PASSWORD=$reader_password \
    sh deploy/postgres/create-roles.sh >/dev/null

json=()
[ "$LOG_JSON" = 1 ] && json=(QUARKUS_LOG_CONSOLE_JSON_ENABLED=true)
env "${json[@]}" QUARKUS_HTTP_PORT="$http_port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/localgov" \
    QUARKUS_DATASOURCE_USERNAME=localgov_reader QUARKUS_DATASOURCE_PASSWORD="$reader_password" \
    QUARKUS_FLYWAY_USERNAME=localgov_owner QUARKUS_FLYWAY_PASSWORD="$owner_password" \
    APP_DB_READER_ROLE=localgov_reader \
    java -jar "$JAR" >"$out/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/q/health/ready" || true)" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "outage-log: the service stopped"; tail -40 "$out/service.log"; exit 1; }
    sleep 0.5
done

# One data-version poll after the start (APP_DATA_VERSION_POLL_INTERVAL, 10 s) drops the answers held since the load
# once more; the loop's held answers must be asked for after it to be held during the outage.
sleep 11
# The loop: a held answer (asked for once before the stop), then one new to the service, RATE a second in all.
held=(/api/v1/governments /api/v1/governments/seoul "/api/v1/pledges?size=5" "/api/v1/consistency?format=csv")
for url in "${held[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$http_port$url"; done
python3 - "$http_port" "$RATE" "${held[@]}" >"$out/answers" <<'PY' &
import sys, threading, time, urllib.request, urllib.error
port, rate, held = sys.argv[1], float(sys.argv[2]), sys.argv[3:]

def probe():  # readiness every 5 s, as a kubelet asks; not counted among the answers
    while True:
        try:
            urllib.request.urlopen("http://127.0.0.1:%s/q/health/ready" % port, timeout=2)
        except Exception:
            pass
        time.sleep(5)

threading.Thread(target=probe, daemon=True).start()
# New URLs alternate between a collection read through Hibernate and the pledge search, which runs its own SQL.
new = ["/api/v1/governments?q=outage%d", "/api/v1/pledges?q=outage%d"]
n, next_at = 0, time.monotonic()
while True:
    n += 1
    kind, url = ("held", held[n // 2 % len(held)]) if n % 2 == 0 else ("new", new[n // 2 % 2] % n)
    try:
        status = urllib.request.urlopen("http://127.0.0.1:%s%s" % (port, url), timeout=5).status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception:
        status = 0
    print(kind, status, url, flush=True)
    next_at += 1 / rate
    time.sleep(max(0, next_at - time.monotonic()))
PY
loop=$!
sleep 5
before=$(wc -l <"$out/service.log")
answers_before=$(wc -l <"$out/answers")
stopping=$(date +%s.%N)
pg -m fast stop
sleep "$DOWN"
pg -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" start
started=$(date +%s.%N)
sleep "$SETTLE"
kill "$loop" 2>/dev/null || true
wait "$loop" 2>/dev/null || true
loop=""
lines=$(($(wc -l <"$out/service.log") - before))
down_for=$(python3 -c "print(round($started - $stopping, 1))")
tail -n +"$((answers_before + 1))" "$out/answers" | awk '{print $1, $2}' | sort | uniq -c | sort -rn >"$out/by-status"
failed=$(tail -n +"$((answers_before + 1))" "$out/answers" | awk '$2 != 200' | wc -l)
if [ "${VERBOSE:-0}" = 1 ]; then tail -n +"$((before + 1))" "$out/service.log"; fi
echo "outage-log: PostgreSQL down ${down_for} s; $lines log lines from the stop to ${SETTLE} s after the start," \
    "for $failed failed requests; answers by kind and status:"
sed 's/^/    /' "$out/by-status"
echo "outage-log: the service's whole log is $out/service.log"
