#!/usr/bin/env bash
# The production launch as deploy/ and docs/performance.md make it: the package built on JDK 25 (the pom's `aot`
# profile: legacy-jar and the AOT cache from the training run), then started by its launcher, run.sh, as a replica on
# a database that a `run.sh migrate` job has loaded. The replica must use the cache (-XX:AOTMode=on makes an unusable
# cache an error instead of a silent slow start), become ready, serve data and answer no request with a 5xx.
# Skipped, saying so, where no JDK 25 or later is installed (JDK25_HOME, else /usr/lib/jvm). Run it last: it replaces
# target/quarkus-app, which the other checks take from the README's JDK 17 build.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk=${JDK25_HOME:-}
if [ -z "$jdk" ]; then
    for home in /usr/lib/jvm/*; do
        feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
        if [ "${feature:-0}" -ge 25 ]; then jdk=$home; break; fi
    done
fi
if [ -z "$jdk" ]; then
    echo "production-launch: SKIPPED, no JDK 25 or later in /usr/lib/jvm (set JDK25_HOME)"
    exit 0
fi

echo "production-launch: building on $jdk (legacy-jar, AOT training)"
JAVA_HOME=$jdk ./mvnw -B -q package -DskipTests
app=target/quarkus-app
if [ ! -x "$app/run.sh" ] || [ ! -f "$app/jvm.options" ]; then echo "production-launch: run.sh or jvm.options missing"; exit 1; fi
[ -s "$app/app.aot" ] || { echo "production-launch: the build made no AOT cache"; exit 1; }
[ ! -d "$app/quarkus" ] || { echo "production-launch: fast-jar's layout left in the legacy-jar package"; exit 1; }

NAME=production-launch
# $tmp, $pid, the start of the service (here by run.sh) and its stop on exit.
# shellcheck source=.ci/packaged-service.sh
. .ci/packaged-service.sh
chmod 755 "$tmp"
unset QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD JAVA_OPTS_APPEND || true
export JAVA_HOME=$jdk APP_EMBEDDED_DB_DATA_DIR="$tmp/db"

"$app/run.sh" migrate >"$tmp/migrate.log" 2>&1 || { tail -40 "$tmp/migrate.log"; echo "production-launch: migrate failed"; exit 1; }

# -XX:AOTMode=on: a cache the JVM cannot use ends it (and the wait), instead of a silently slow start.
QUARKUS_FLYWAY_MIGRATE_AT_START=false APP_DATA_LOAD_ON_START=false JAVA_OPTS_APPEND=-XX:AOTMode=on \
    start_packaged_service "$app/run.sh"
echo "production-launch: replica with the AOT cache ready in $ready_ms ms (this machine, now)"

curl -sf "http://127.0.0.1:$port/api/v1/pledges/gwangju-seo:3-3-4" | grep -q '129.05' \
    || { echo "production-launch: pledge 3-3-4 not served"; exit 1; }
for path in /api/v1/governments /api/v1/pledges /api/v1/investments '/api/v1/investments?format=csv' \
        /api/v1/execution-results /api/v1/achievements /api/v1/disaster-response-stages /api/v1/consistency; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
    [ "$code" = 200 ] || { tail -40 "$tmp/service.log"; echo "production-launch: $path answered $code"; exit 1; }
done
stop_service_process
# shellcheck source=.ci/quiet-log.sh
. .ci/quiet-log.sh
assert_quiet_log "$tmp/migrate.log" "the migrate job"
assert_quiet_log "$tmp/service.log" "the replica (start with the AOT cache, requests, stop)"
echo "production-launch: OK (run.sh with jvm.options and the AOT cache, replica of a migrate job)"
