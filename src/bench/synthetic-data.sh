#!/usr/bin/env bash
# Makes the SYNTHETIC national-scale benchmark data a data package and loads it the way an operator loads one, in one
# command:
#
#   src/bench/synthetic-data.sh --url jdbc:postgresql://127.0.0.1:5432/localgov_synthetic --user owner \
#       --password secret --scale 10
#
# 243 local governments per scale unit, each with 60-120 pledges x 4 periods and execution/settlement lines; every
# id starts with 'synthetic-'. 1. SyntheticData.java generates it in the database inside a transaction it rolls back
# and writes the package (datapackage.json and CSV files, default target/synthetic-package-SCALE, or --out DIR);
# 2. `java -jar target/quarkus-app/quarkus-run.jar load` migrates the database, validates every row of the package
# and loads it in one transaction (the package synthetic-national-xSCALE, replaced whole when loaded again); 3.
# VACUUM ANALYZE. It prints the time of each step. The package owns the synthetic governments only, so a database
# with other data keeps it; run the service on it with APP_DATA_LOAD_ON_START=false to serve the synthetic data alone
# (a service that loads on start adds the bundled package beside it).
# Uses the packaged service (built with ./mvnw package -DskipTests when missing) and only a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/../.."
# SYNTHETIC_APP: another copy of the packaged service (stream-heap.sh's, so that a build meanwhile leaves it alone).
app=${SYNTHETIC_APP:-target/quarkus-app}
jar=$app/quarkus-run.jar
if [ ! -f "$jar" ]; then
    ./mvnw -B -q package -DskipTests
fi
url=${SYNTHETIC_JDBC_URL:-} user=${SYNTHETIC_USER:-} password=${SYNTHETIC_PASSWORD:-} scale=1 out=""
args=("$@")
while [ $# -gt 0 ]; do
    case "$1" in
        --url) url=$2 ;;
        --user) user=$2 ;;
        --password) password=$2 ;;
        --scale) scale=$2 ;;
        --out) out=$2 ;;
    esac
    shift 2 || break
done
out=${out:-target/synthetic-package-$scale}
now_ms() { date +%s%3N; }
# Either layout: fast-jar (lib/boot, lib/main, app), or the legacy-jar of a build on JDK 25 (lib, quarkus-run.jar).
synthetic() {
    java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
        -cp "$app/lib/*:$app/quarkus-run.jar:$app/lib/boot/*:$app/lib/main/*:$app/app/*" \
        src/bench/SyntheticData.java "$@"
}
start=$(now_ms)
synthetic "${args[@]}" --out "$out"
written=$(now_ms)
# As the owner, as an operator runs it; --force: a package written again is loaded again even if unchanged.
QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=$user QUARKUS_DATASOURCE_PASSWORD=$password \
QUARKUS_FLYWAY_USERNAME=$user QUARKUS_FLYWAY_PASSWORD=$password \
    java -jar "$jar" load --force "$out"
loaded=$(now_ms)
synthetic --url "$url" --user "$user" --password "$password" --vacuum true
echo "synthetic ${scale}x: package written in $(( (written - start) / 1000 )) s, validated and loaded by load in" \
    "$(( (loaded - written) / 1000 )) s, vacuumed in $(( ($(now_ms) - loaded) / 1000 )) s"
