#!/usr/bin/env bash
# Installs a Node 22 from the npm registry (the `node` package) into .ci/.tools/node22 and prints its bin folder.
# The conformance suite needs Node >= 22; the machine's own Node may be older.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/.ci/.tools/node22"
if [ -x "$dir/node_modules/.bin/node" ] && "$dir/node_modules/.bin/node" --version | grep -q '^v22\.'; then
  echo "$dir/node_modules/.bin"; exit 0
fi
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{"name":"ci-node22","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error node@22 >&2
# npm 11 runs no install script until it is approved; the node package needs its own to fetch its binary.
npm install-scripts approve node >&2 2>/dev/null || true
npm rebuild node >&2
"$dir/node_modules/.bin/node" --version >&2
echo "$dir/node_modules/.bin"
