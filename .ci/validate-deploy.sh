#!/usr/bin/env bash
# Offline checks of deploy/ with the tools this machine has, since no cluster or container engine runs in CI:
# kustomize renders deploy/k8s with every object and the image rewritten, compose resolves deploy/compose.yaml, the
# database init script parses. The structural checks of every manifest (kinds, apiVersions, probes, security,
# resources, replicas, selectors, ports, roles) are DeployManifestsTest, run by ./mvnw verify.
# kubectl's client-side dry run is not used: it needs a server's API discovery even with --dry-run=client.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
skipped=()

# kubectl: Debian's kubernetes-client when missing, if root and the package is available.
if ! command -v kubectl >/dev/null 2>&1 && [ "$(id -u)" = 0 ] \
        && apt-cache policy kubernetes-client 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get install -y --no-install-recommends kubernetes-client >/dev/null 2>&1 \
        || echo "validate-deploy: could not install kubernetes-client"
fi
if command -v kubectl >/dev/null 2>&1; then
    kubectl kustomize deploy/k8s >"$tmp/k8s.yaml"
    for kind in Cluster Job Deployment Service HorizontalPodAutoscaler PodDisruptionBudget; do
        grep -qx "kind: $kind" "$tmp/k8s.yaml" || { echo "validate-deploy: kustomize output has no $kind"; exit 1; }
    done
    images=$(grep -E '^ +image: ' "$tmp/k8s.yaml" | sort -u)
    if [ "$(echo "$images" | wc -l)" != 1 ] || ! echo "$images" | grep -q '/localgov-open-data-api:'; then
        echo "validate-deploy: the Job and the Deployment must run the one image the kustomization sets: $images"
        exit 1
    fi
    echo "validate-deploy: kubectl kustomize deploy/k8s renders $(grep -c '^kind: ' "$tmp/k8s.yaml") objects"
else
    skipped+=("kustomize (no kubectl)")
fi

# compose: the v2 plugin, else the standalone docker-compose; neither needs an engine for `config`.
compose=()
if docker compose version >/dev/null 2>&1; then
    compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
    compose=(docker-compose)
fi
if [ ${#compose[@]} -gt 0 ]; then
    DB_ADMIN_PASSWORD=x DB_OWNER_PASSWORD=x DB_READER_PASSWORD=x "${compose[@]}" -f deploy/compose.yaml config -q
    # Without the passwords, compose must refuse to start rather than run with empty ones.
    if env -u DB_OWNER_PASSWORD DB_ADMIN_PASSWORD=x DB_READER_PASSWORD=x \
            "${compose[@]}" -f deploy/compose.yaml config -q >/dev/null 2>&1; then
        echo "validate-deploy: compose accepts a missing DB_OWNER_PASSWORD"; exit 1
    fi
    echo "validate-deploy: ${compose[*]} config accepts deploy/compose.yaml"
else
    skipped+=("compose config (no docker compose or docker-compose)")
fi

sh -n deploy/postgres/create-roles.sh
echo "validate-deploy: deploy/postgres/create-roles.sh parses"

# The Dockerfile's syntax and instructions, with the linter of the Dockerfile language server (npm's
# dockerfile-utils, in a temporary directory); its stages and the launch it runs are DeployManifestsTest's.
if command -v npm >/dev/null 2>&1 \
        && npm install --prefix "$tmp/npm" --no-audit --no-fund --loglevel=error dockerfile-utils@0.16.3 >/dev/null 2>&1; then
    "$tmp/npm/node_modules/.bin/dockerfile-utils" lint deploy/Dockerfile
    echo "validate-deploy: dockerfile-utils lint accepts deploy/Dockerfile"
else
    skipped+=("Dockerfile lint (no npm or no dockerfile-utils)")
fi

# The production launcher and the AOT training script the image runs: POSIX sh and bash, checked by ShellCheck
# (Debian's shellcheck when missing, if root).
if ! command -v shellcheck >/dev/null 2>&1 && [ "$(id -u)" = 0 ] \
        && apt-cache policy shellcheck 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get install -y --no-install-recommends shellcheck >/dev/null 2>&1 || echo "validate-deploy: could not install shellcheck"
fi
sh -n src/main/launcher/run.sh
bash -n src/main/launcher/train.sh
if command -v shellcheck >/dev/null 2>&1; then
    shellcheck src/main/launcher/run.sh src/main/launcher/train.sh
    echo "validate-deploy: shellcheck accepts src/main/launcher/run.sh and train.sh"
else
    skipped+=("shellcheck of src/main/launcher (no shellcheck)")
fi
if [ ${#skipped[@]} -gt 0 ]; then
    printf 'validate-deploy: skipped %s\n' "${skipped[@]}"
fi
