#!/usr/bin/env bash
# End-to-end test of the front page: starts target/quarkus-app/quarkus-run.jar (on its own embedded PostgreSQL) on
# a free port, loads GET / in headless Debian Chromium driven by playwright-core (src/test/e2e) and checks every
# chart against the API's data; screenshots go to target/e2e/. As root with apt-get it installs Debian's chromium
# (and a Korean font for the screenshots) when missing; without Chromium or Node.js 20 it skips with a message.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
e2e=src/test/e2e
out=target/e2e
chromium=/usr/bin/chromium

skip() { echo "e2e-front-page: SKIPPED: $*"; exit 0; }

# Installs Debian packages when we may (root with apt-get), refreshing the package lists once if needed.
install_packages() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then return 0; fi
    echo "e2e-front-page: installing $* (Debian, --no-install-recommends)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; } \
        || echo "e2e-front-page: could not install $*"
}

[ -f "$jar" ] || { echo "e2e-front-page: $jar is missing: build it first (./mvnw package)"; exit 1; }
[ -x "$chromium" ] || install_packages chromium
[ -x "$chromium" ] || skip "$chromium is not installed and could not be installed (needs root and apt-get)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then skip "Node.js and npm are not installed"; fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || skip "playwright-core needs Node.js 20 or newer, this is $(node --version)"
# Without a Korean font the test still passes, but the screenshots show boxes instead of Hangul.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ko)" ]; then install_packages fonts-nanum; fi

NAME=e2e-front-page
source .ci/packaged-service.sh

npm ci --prefix "$e2e" --no-audit --no-fund --loglevel=error

start_packaged_service

mkdir -p "$out"
# TMPDIR: the test's fresh Chromium profile is made (and removed) under our temporary directory.
if ! BASE_URL="http://127.0.0.1:$port" SCREENSHOT_DIR="$PWD/$out" CHROMIUM="$chromium" TMPDIR="$tmp" \
    npm --prefix "$e2e" test --silent; then
    echo "e2e-front-page: FAILED; last lines of the service log:"; tail -30 "$tmp/service.log"; exit 1
fi
echo "e2e-front-page: passed; screenshots: $(ls "$out"/*.png | tr '\n' ' ')"
