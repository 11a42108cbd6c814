#!/usr/bin/env bash
# Starts `serve --http --port 0` in the background on a fresh data dir and prints "PID URL" once it listens.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/server/target/webhook-orchestrator.jar"
log=$(mktemp)
data=$(mktemp -d)
java -jar "$jar" serve --http --port 0 --data-dir "$data" 2>"$log" &
pid=$!
for _ in $(seq 1 100); do
  url=$(grep -o 'listening on http://[^ ]*' "$log" | head -1 | cut -d' ' -f3 || true)
  if [ -n "$url" ]; then echo "$pid $url $log"; exit 0; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; echo "server exited before listening" >&2; exit 1; fi
  sleep 0.2
done
cat "$log" >&2; kill "$pid"; echo "server did not listen within 20 s" >&2; exit 1
