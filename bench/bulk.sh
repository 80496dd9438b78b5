#!/usr/bin/env bash
# A bulk job against the GAuth stand-in, next to the same number of runs clicked through the pages; appends its table
# to bench/RESULTS.md (replacing an earlier one).
# Usage: bench/bulk.sh [customers=500] [latency-ms=20] [note="2 cores"]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-500}
latency_ms=${2:-20}
note=${3:-"$(nproc) cores"}
parallel=4
work=target/bench-bulk
standin_port=8183
console_port=8182

rm -rf "$work" && mkdir -p "$work"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
jar=$(ls target/gauth-provisioning-console-*.jar | grep -v '\.original$' | head -n 1)

# shellcheck source=bench/processes.sh
. bench/processes.sh
start_standin $standin_port
await "http://localhost:$standin_port/__admin/health" "$standin_pid"
curl -sf -o /dev/null -X POST "http://localhost:$standin_port/__admin/settings" -d "{\"fixedDelay\": $latency_ms}"

java @jvm.options -jar "$jar" --server.port=$console_port --console.data-dir="$(pwd)/$work/console" \
  --console.simulator.enabled=false --console.bulk.parallel=$parallel \
  --console.targets[0].name=Stand-in --console.targets[0].base-url=http://localhost:$standin_port/gauth \
  --console.targets[0].ops-username=ops --console.targets[0].ops-password=ops > "$work/console.log" 2>&1 &
console_pid=$!
pids+=("$console_pid")
await "http://localhost:$console_port/login" "$console_pid"

java -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" com.gauthconsole.bench.BulkBench \
  --console "http://localhost:$console_port" --rows "$rows" --parallel $parallel --latency-ms "$latency_ms" \
  --note "$note" --out bench/RESULTS.md
