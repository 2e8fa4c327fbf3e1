#!/usr/bin/env bash
# The contract checked from outside the Java suite, as a client developer would, against the packaged jar started as
# the README starts it (its own embedded PostgreSQL, a free port). In src/test/contract, with Node.js and packages
# from the npm registry pinned in its package-lock.json:
#  1. Ajv, a second validator implementation beside the suite's networknt, checks every collection at size=1000 (all
#     pages) and every item by id against openapi/openapi.json, and all of them again with fields=: any violation
#     fails. A deliberately wrong copy of the contract (mutations.mjs: an undeclared null, an unknown enum value, a
#     missing required field, an undeclared field, and two lies of sparse schemas) must be reported on the same
#     answers, or the validator is broken.
#  2. A typed TypeScript client generated from openapi/openapi.json (@hey-api/openapi-ts: types, and zod schemas the
#     SDK checks every answer against) reads every collection and item, and again with fields= through the sparse
#     schemas (application/vnd.localgov.sparse+json); one generated from the wrong copy must throw; and strict null
#     checks must refuse code that reads a declared null, or a field a sparse row may lack, as if it were always there.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
dir=src/test/contract

[ -f "$jar" ] || { echo "contract-check: $jar is missing: build it first (./mvnw package)"; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "contract-check: Node.js and npm are needed"; exit 1; }
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
    || { echo "contract-check: Node.js 20.19 or newer is needed, this is $(node --version)"; exit 1; }

NAME=contract-check
source .ci/packaged-service.sh

npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
(
    cd "$dir"
    rm -rf generated build
    npx openapi-ts >/dev/null
    node mutations.mjs ../../../openapi/openapi.json "$tmp/mutated.json"
    CONTRACT="$tmp/mutated.json" OUTPUT=generated/mutated-client npx openapi-ts >/dev/null
    npx tsc -p tsconfig.json
    if npx tsc -p tsconfig.null-safety.json >"$tmp/null-safety.log" 2>&1; then
        echo "contract-check: null-safety.fail.ts compiled: the generated types do not make a caller handle nulls"
        exit 1
    fi
    grep -c "TS18047" "$tmp/null-safety.log" | grep -qx 2 \
        || { echo "contract-check: tsc refused null-safety.fail.ts, but not for its two nulls:"; cat "$tmp/null-safety.log"; exit 1; }
    grep -c "TS18048" "$tmp/null-safety.log" | grep -qx 1 \
        || { echo "contract-check: tsc refused null-safety.fail.ts, but not for the field a sparse row may lack:"; cat "$tmp/null-safety.log"; exit 1; }
    echo "contract-check: the typed client is generated; tsc refuses code that ignores a declared null or a field a sparse row may lack:"
    sed 's/^/  /' "$tmp/null-safety.log"
)

start_packaged_service

if ! BASE_URL="http://127.0.0.1:$port" npm --prefix "$dir" test --silent; then
    echo "contract-check: FAILED; last lines of the service log:"; tail -30 "$tmp/service.log"; exit 1
fi
echo "contract-check: passed"
