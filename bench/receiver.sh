#!/usr/bin/env bash
# Receiver grader benchmark (docs/performance.md, "Receiver grader"): full suite wall time against the reference
# receiver, then burst throughput of the reference receiver beside a plain Jetty handler, in one run.
# Arguments are passed on: deliveries per round (5000), concurrency (64), rounds (3). Bounded to well under 2 min.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -B -q package -DskipTests >&2
export WEBHOOK_ORCHESTRATOR_LOG_LEVEL=WARN
exec java -cp "server/target/webhook-orchestrator.jar:server/target/test-classes" \
  org.webhookorchestrator.bench.ReceiverBench "$@"
