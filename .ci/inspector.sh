#!/usr/bin/env bash
# The MCP Inspector CLI, a real client, lists our tools and calls webhook_inventory over stdio.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node_bin=$("$root/.ci/node22.sh")
clients=$("$root/.ci/npm-tools.sh")
jar="$root/server/target/webhook-orchestrator.jar"
data=$(mktemp -d)
inspector=("$node_bin/node" "$clients/node_modules/@modelcontextprotocol/inspector/cli/build/cli.js")
[ -f "${inspector[1]}" ] || inspector=("$node_bin/node" "$(find "$clients/node_modules/@modelcontextprotocol/inspector" -path '*cli*' -name 'cli.js' | head -1)")
server=(--cli java -jar "$jar" serve --data-dir "$data")

tools=$("${inspector[@]}" "${server[@]:1}" --method tools/list 2>/dev/null) || { echo "inspector: tools/list failed"; exit 1; }
echo "$tools" | grep -q '"webhook_inventory"' || { echo "inspector: webhook_inventory not listed"; echo "$tools"; exit 1; }
echo "inspector: tools/list lists webhook_inventory"

brief="$root/fixtures/briefs/stripe-github-custom.json"
args=()
while IFS= read -r kv; do args+=(--tool-arg "$kv"); done < <("$node_bin/node" -e '
  const b = require(process.argv[1]);
  for (const [k, v] of Object.entries(b)) console.log(k + "=" + (typeof v === "string" ? v : JSON.stringify(v)));
' "$brief")
result=$("${inspector[@]}" "${server[@]:1}" --method tools/call --tool-name webhook_inventory "${args[@]}" 2>/dev/null) \
  || { echo "inspector: tools/call failed"; exit 1; }
echo "$result" | grep -q '"artifactId": *"inventory-' || { echo "inspector: no inventory artifact in"; echo "$result" | head -40; exit 1; }
echo "$result" | grep -q '"isError": *true' && { echo "inspector: webhook_inventory answered isError"; echo "$result" | head -40; exit 1; }
echo "inspector: tools/call webhook_inventory returned an inventory artifact"
