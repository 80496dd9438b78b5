#!/usr/bin/env bash
# Measures the console against a GAuth stand-in with a fixed latency and writes bench/RESULTS.md.
# Usage: bench/run.sh [sequential-runs=100] [users-at-once=100] [runs-per-user=3] [latency-ms=20] [warm-up-runs=4000]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
users=${2:-100}
runs_per_user=${3:-3}
latency_ms=${4:-20}
warm_up_runs=${5:-4000}
work=target/bench
standin_port=8181
console_port=8180

rm -rf "$work" && mkdir -p "$work"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
jar=$(ls target/gauth-provisioning-console-*.jar | grep -v '\.original$' | head -n 1)
# The console as shipped: unpacked, with its class-data sharing archive and the options of jvm.options.
bin/prepare-cds.sh "$jar" "$work/app"
console_jvm="the options of jvm.options ($(grep -v '^#' jvm.options | tr '\n' ' ' | sed 's/ $//')) and its CDS archive"

# shellcheck source=bench/processes.sh
. bench/processes.sh
# The stand-in answers each call after the fixed latency, set below once the console is up.
start_standin $standin_port

database="jdbc:h2:file:$(pwd)/$work/console/console;AUTO_SERVER=TRUE"
started=$(date +%s%N)
# shellcheck disable=SC2086 # BENCH_CONSOLE_OPTS holds several JVM options, e.g. a profiler agent
java @jvm.options -XX:SharedArchiveFile="$work/app/console.jsa" ${BENCH_CONSOLE_OPTS:-} -jar "$work/app/console.jar" --server.port=$console_port --console.data-dir="$(pwd)/$work/console" \
  --spring.datasource.url="$database" --console.simulator.enabled=false \
  --console.targets[0].name=Stand-in --console.targets[0].base-url=http://localhost:$standin_port/gauth \
  --console.targets[0].ops-username=ops --console.targets[0].ops-password=ops > "$work/console.log" 2>&1 &
console_pid=$!
pids+=($console_pid)
await "http://localhost:$console_port/login" "$console_pid"
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
sleep 2
startup_rss_mib=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$console_pid/status")
await "http://localhost:$standin_port/__admin/health" "$standin_pid"
curl -sf -o /dev/null -X POST "http://localhost:$standin_port/__admin/settings" -d "{\"fixedDelay\": $latency_ms}"

bench/procedure.sh "http://localhost:$standin_port/gauth" 5 > /dev/null
curl_run_ms=$(bench/procedure.sh "http://localhost:$standin_port/gauth" "$runs")
# From here on the stand-in counts only the console's calls.
curl -sf -o /dev/null -X DELETE "http://localhost:$standin_port/__admin/requests"

java -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" com.gauthconsole.bench.ConsoleBench \
  --console "http://localhost:$console_port" --standin "http://localhost:$standin_port" \
  --database "$database" --runs "$runs" --users "$users" --runs-per-user "$runs_per_user" \
  --latency-ms "$latency_ms" --warm-up-runs "$warm_up_runs" --curl-run-ms "$curl_run_ms" --console-pid "$console_pid" \
  --startup-ms "$startup_ms" --startup-rss-mib "$startup_rss_mib" --console-jvm "$console_jvm" --standin-pid "$standin_pid" --out bench/RESULTS.md
