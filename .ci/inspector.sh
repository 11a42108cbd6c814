#!/usr/bin/env bash
# The MCP Inspector CLI, a real client, lists our tools and calls webhook_inventory over stdio.
# (grep reads here-strings: with pipefail, `echo | grep -q` fails when grep stops reading early.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node_bin=$("$root/.ci/node22.sh")
clients=$("$root/.ci/npm-tools.sh")
jar="$root/server/target/webhook-orchestrator.jar"
data=$(mktemp -d)
# The package's "inspector" bin; --cli runs it as a command-line client instead of opening its web UI.
pkg="$clients/node_modules/@modelcontextprotocol/inspector"
launcher=$("$node_bin/node" -e 'const p=require(process.argv[1]); console.log(p.bin.inspector)' "$pkg/package.json")
inspector=("$node_bin/node" "$pkg/$launcher" --cli)
server=(java -jar "$jar" serve --data-dir "$data")

tools=$("${inspector[@]}" "${server[@]}" --method tools/list 2>/dev/null) || { echo "inspector: tools/list failed"; exit 1; }
grep -q '"webhook_inventory"' <<<"$tools" || { echo "inspector: webhook_inventory not listed"; echo "$tools"; exit 1; }
echo "inspector: tools/list lists webhook_inventory"

brief="$root/fixtures/briefs/stripe-github-custom.json"
args=()
while IFS= read -r kv; do args+=(--tool-arg "$kv"); done < <("$node_bin/node" -e '
  const b = require(process.argv[1]);
  for (const [k, v] of Object.entries(b)) console.log(k + "=" + (typeof v === "string" ? v : JSON.stringify(v)));
' "$brief")
result=$("${inspector[@]}" "${server[@]}" --method tools/call --tool-name webhook_inventory "${args[@]}" 2>/dev/null) \
  || { echo "inspector: tools/call failed"; exit 1; }
grep -q '"artifactId": *"inventory-' <<<"$result" || { echo "inspector: no inventory artifact in"; echo "$result" | head -40; exit 1; }
grep -q '"isError": *true' <<<"$result" && { echo "inspector: webhook_inventory answered isError"; echo "$result" | head -40; exit 1; }
echo "inspector: tools/call webhook_inventory returned an inventory artifact"
