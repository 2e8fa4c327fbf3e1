#!/bin/sh
# The production launch of the service: the JVM options of jvm.options beside this script, the AOT cache (JDK 25 and
# later, app.aot) or the AppCDS archive (older JDKs, app-cds.jsa) when the build made one, glibc's malloc arenas
# limited. Started from its own directory: both archives name the jars relative to it and are silently unused from
# anywhere else. Arguments are passed on (`migrate`); JAVA_OPTS_APPEND adds JVM options after those of jvm.options
# (a later -Xmx wins), JAVA_HOME picks the JDK (else `java` on the PATH).
#   target/quarkus-app/run.sh                      docs/performance.md, "The production launch"
set -eu
cd "$(dirname "$0")"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# The feature version of that JDK, from its release file (no JVM started to ask it); 0 when unknown.
java_feature() {
    home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")}
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true
}
feature=$(java_feature)
archive=""
if [ -f app.aot ] && [ "${feature:-0}" -ge 25 ]; then
    # A cache made by another JDK build is refused by the JVM with an error line, and the service starts without it.
    archive=-XX:AOTCache=app.aot
elif [ -f app-cds.jsa ] && [ "${feature:-0}" -lt 25 ]; then
    archive=-XX:SharedArchiveFile=app-cds.jsa
fi
# glibc otherwise keeps a malloc arena per thread that ever allocated: tens of megabytes of the resident set.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086 # JAVA_OPTS_APPEND is a list of options
exec "$java" @jvm.options $archive ${JAVA_OPTS_APPEND:-} -jar quarkus-run.jar "$@"
