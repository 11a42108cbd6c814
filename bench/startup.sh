#!/usr/bin/env bash
# Spawn-to-initialize over stdio: our jar against the TypeScript reference server, side by side, median of N runs.
# Usage: bench/startup.sh [RUNS]   (default 15; builds nothing: run `mvn -B -q package -DskipTests` first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
node_bin=$("$root/.ci/node22.sh")
clients=$("$root/.ci/npm-tools.sh")
jar="$root/server/target/webhook-orchestrator.jar"
data=$(mktemp -d)
# "configured" is how `config claude|codex` starts the server; "plain" is a bare java -jar.
"$node_bin/node" "$root/bench/startup.mjs" "$runs" \
  -- webhook-orchestrator-configured java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" serve --data-dir "$data/a" \
  -- server-everything "$node_bin/node" "$clients/node_modules/@modelcontextprotocol/server-everything/dist/index.js" stdio \
  -- webhook-orchestrator-plain java -jar "$jar" serve --data-dir "$data/b"
