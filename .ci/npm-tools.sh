#!/usr/bin/env bash
# Installs the external MCP clients the checks use, at pinned versions, into .ci/.tools/clients.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/.ci/.tools/clients"
mkdir -p "$dir"
cd "$dir"
cat > package.json <<'JSON'
{
  "name": "ci-mcp-clients",
  "private": true,
  "dependencies": {
    "@modelcontextprotocol/conformance": "0.1.16",
    "@modelcontextprotocol/inspector": "2.12.0",
    "@modelcontextprotocol/server-everything": "2026.8.31"
  }
}
JSON
npm install --no-audit --no-fund --loglevel=error >&2
echo "$dir"
