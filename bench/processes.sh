# Sourced by the benchmark scripts once $work holds classpath.txt: the processes they start (stopped on exit),
# waiting for one to answer, and the GAuth stand-in.

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

await() { # url pid -> waits until the url answers 200, or fails at once if the process died
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || { echo "the process behind $1 stopped: see $work/*.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "no answer from $1" >&2; exit 1
}

# start_standin port -> WireMock answering the six calls as GAuth does (bench/standin); sets standin_pid.
start_standin() {
  local wiremock
  wiremock=$(tr ':' '\n' < "$work/classpath.txt" | grep '/wiremock-standalone-' | head -n 1)
  java -Xmx256m -jar "$wiremock" --port "$1" --root-dir bench/standin --disable-banner \
      --async-response-enabled true > "$work/standin.log" 2>&1 &
  standin_pid=$!
  pids+=("$standin_pid")
}
