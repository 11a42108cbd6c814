#!/usr/bin/env bash
# Signature oracles: the providers' own npm libraries (pinned in .ci/oracles/package.json) sign deliveries that the
# reference receiver (`receive`) must accept, and verify deliveries the emulator writes (`emulate`). Needs the jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/server/target/webhook-orchestrator.jar"
[ -f "$jar" ] || { echo "oracles: $jar is missing; run mvn -B verify first" >&2; exit 1; }
node_bin=$("$root/.ci/node22.sh")
cd "$root/.ci/oracles"
PATH="$node_bin:$PATH" npm ci --no-audit --no-fund --loglevel=error >&2
"$node_bin/node" oracles.mjs "$jar"
