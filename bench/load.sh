#!/usr/bin/env bash
# Streamable HTTP under load: N concurrent MCP sessions on loopback calling webhook_providers (and ping) through the
# real SDK client for S seconds, against the server in the same JVM with its default limits.
# Usage: bench/load.sh [SESSIONS] [SECONDS]   (default 32 60; builds the test classes, runs nothing else)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sessions=${1:-32}
seconds=${2:-60}
cd "$root"
mvn -B -q test-compile -pl server
cp_file=$(mktemp)
mvn -B -q dependency:build-classpath -pl server -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average now: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx512m -cp "server/target/test-classes:server/target/classes:$(cat "$cp_file")" \
  org.webhookorchestrator.bench.HttpLoad --sessions "$sessions" --seconds "$seconds" --warmup 10
