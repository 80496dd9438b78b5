#!/usr/bin/env bash
# Fills an H2 file database under target/bench with 1,000,000 attempts over 170,000 runs, starts the console on it
# and measures the history pages and the CSV export. See the README's performance section.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# The console runs in this JVM with the options it ships with (jvm.options); BENCH_HEAP overrides its heap.
exec java @jvm.options ${BENCH_HEAP:+-Xmx$BENCH_HEAP} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.gauthconsole.audit.HistoryBenchmark "$@"
