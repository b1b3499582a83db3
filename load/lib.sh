#!/usr/bin/env bash
# Shared by the load scripts: start the built jar on a fresh data folder and wait until it is ready.
# Sets: app (pid), base (URL), data (folder, removed on exit), ready_ms (launch to ready).
start_app() {
  local port=${LOAD_PORT:-18080}
  local jar=target/glute-coach.jar
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  [ -f "$jar" ] || ./mvnw -B -q -DskipTests package
  base="http://127.0.0.1:${port}"
  data=$(mktemp -d)
  local start
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  GLUTECOACH_DATA_DIR="$data" PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" > "$data/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 1 600); do
    if curl -fs "$base/actuator/health/readiness" > /dev/null 2>&1; then break; fi
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
