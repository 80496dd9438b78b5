#!/usr/bin/env bash
# Fills an H2 file database under target/bench with 1,000,000 attempts over 170,000 runs, starts the console on it
# and measures the history pages and the CSV export. See the README's performance section.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx${BENCH_HEAP:-512m} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.gauthconsole.audit.HistoryBenchmark "$@"
