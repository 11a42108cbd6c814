#!/usr/bin/env bash
# Measures design generation for a 10-provider inventory with JMH (server/src/test/.../bench/DesignBenchmark.java).
# Bounded to about a minute and a half: 2 forks x (3 warm-up + 5 measured iterations of 2 s) per benchmark.
# Extra arguments go to JMH, e.g. bench/design.sh -f 1 -wi 1 -i 2 for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -pl server -am test-compile -DskipTests
mvn -q -B -pl server dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"

java -cp "$CP" org.openjdk.jmh.Main DesignBenchmark -f 2 -wi 3 -w 2s -i 5 -r 2s -tu us -bm avgt \
    -rf json -rff server/target/bench-design.json "$@"

# JMH reports the mean; the median of the measured iterations is steadier on a shared machine.
python3 - server/target/bench-design.json <<'PY'
import json, statistics, sys
for b in json.load(open(sys.argv[1])):
    raw = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
    m = b["primaryMetric"]
    print(f'{b["benchmark"].split(".")[-1]}: median {statistics.median(raw):.1f} {m["scoreUnit"]}, '
          f'mean {m["score"]:.1f} ± {m["scoreError"]:.1f} (99.9 %), n={len(raw)}')
PY
