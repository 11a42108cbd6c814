#!/usr/bin/env bash
# Runs the official MCP conformance suite's server scenarios that any server can pass against `serve --http`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node_bin=$("$root/.ci/node22.sh")
clients=$("$root/.ci/npm-tools.sh")
read -r pid url log < <("$root/.ci/start-http-server.sh")
trap 'kill "$pid" 2>/dev/null || true' EXIT
echo "conformance: server $url (pid $pid)"
failed=0
for scenario in server-initialize ping logging-set-level tools-list prompts-list resources-list \
                server-sse-multiple-streams dns-rebinding-protection; do
  if "$node_bin/node" "$clients/node_modules/@modelcontextprotocol/conformance/dist/index.js" server \
       --url "$url" --scenario "$scenario" > "$root/.ci/.tools/conformance-$scenario.log" 2>&1; then
    echo "conformance: $scenario passed"
  else
    echo "conformance: $scenario FAILED"; tail -40 "$root/.ci/.tools/conformance-$scenario.log"; failed=1
  fi
done
exit $failed
