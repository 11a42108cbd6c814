#!/usr/bin/env bash
# Audit log benchmark: durable appends/s with 1 and 16 writers side by side, and verification speed.
# Usage: bench/audit.sh [directory] [trials] [seconds per trial] [entries to verify]
# The directory must be on the disk you want to measure (default: server/target/audit-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl server test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/audit-bench.classpath
exec java -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider \
  -cp "server/target/test-classes:server/target/classes:$(cat server/target/audit-bench.classpath)" \
  org.webhookorchestrator.audit.AuditLogBenchmark "$@"
