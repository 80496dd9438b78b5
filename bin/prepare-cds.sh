#!/usr/bin/env bash
# Unpacks the console's jar into <dir> and records a class-data sharing archive there from one training start-up
# (Spring Boot's documented way for java -jar and container images), so that later start-ups load classes from it:
#   bin/prepare-cds.sh target/gauth-provisioning-console-*.jar target/console
#   java @jvm.options -XX:SharedArchiveFile=target/console/console.jsa -jar target/console/console.jar
# The training start-up runs on a throwaway data directory and stops once the application has started.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <console jar> <directory to unpack it into>" >&2; exit 2; }
jar=$1
dir=$2
case "$dir" in
    "" | / | . | ..) echo "refusing to unpack into '$dir'" >&2; exit 2 ;;
esac
options=${JVM_OPTIONS_FILE:-$(dirname "$0")/../jvm.options}
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename console.jar
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java "@$options" -XX:ArchiveClassesAtExit="$dir/console.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -jar "$dir/console.jar" \
    --console.data-dir="$training" --server.port=0 > "$training/training.log" 2>&1 \
    || { cat "$training/training.log" >&2; exit 1; }
[ -s "$dir/console.jsa" ] || { cat "$training/training.log" >&2; echo "no archive was written" >&2; exit 1; }
