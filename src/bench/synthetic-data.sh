#!/usr/bin/env bash
# Loads the SYNTHETIC national-scale benchmark dataset into a PostgreSQL database of its own, in one command:
#
#   src/bench/synthetic-data.sh --url jdbc:postgresql://127.0.0.1:5432/localgov_synthetic --user owner \
#       --password secret --scale 10
#
# 243 local governments per scale unit, each with 60-120 pledges x 4 periods and execution/settlement lines; every
# id starts with 'synthetic-'. The database is created when missing and migrated with the service's own Flyway
# migrations; one that holds any non-synthetic data is refused. Never loaded by the service itself: run the service
# on it with APP_DATA_LOAD_ON_START=false, or it replaces the synthetic data with the bundled data.
# Uses the packaged service's libraries (built with ./mvnw package -DskipTests when missing) and only a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -B -q package -DskipTests
fi
# Either layout: fast-jar (lib/boot, lib/main, app), or the legacy-jar of a build on JDK 25 (lib, quarkus-run.jar).
app=target/quarkus-app
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$app/lib/*:$app/quarkus-run.jar:$app/lib/boot/*:$app/lib/main/*:$app/app/*" src/bench/SyntheticData.java "$@"
