#!/usr/bin/env bash
# Lints the committed OpenAPI document with Spectral's OpenAPI ruleset; any warning fails, like an error.
# Spectral comes from the npm registry, installed into a temporary directory (nothing is left in the project).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
    echo "lint: npm not found, cannot lint the OpenAPI document" >&2
    exit 1
fi
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@6.16.3 >/dev/null
"$tools/node_modules/.bin/spectral" lint openapi/openapi.yaml --ruleset openapi/.spectral.yaml --fail-severity=warn
echo "lint: openapi/openapi.yaml has no Spectral errors or warnings"
