#!/usr/bin/env bash
# Load check of the skeleton: start-up time to ready, resident memory, and throughput / latency of the home page
# and the health endpoint under wrk, all on this machine over loopback. Bounded: about 2 minutes in all.
#   Needs: wrk (Debian: apt-get install wrk) and a built jar (./mvnw -DskipTests package).
#   Usage: load/run.sh [connections] [seconds]      (JAVA_OPTS="..." to compare JVM settings)
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-50}
seconds=${2:-30}
port=${LOAD_PORT:-18080}
jar=target/glute-coach.jar
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package

data=$(mktemp -d)
log="$data/app.log"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "jar: $jar ($(du -h "$jar" | cut -f1)), JVM options: ${JAVA_OPTS:-none (defaults)}"

start=$(date +%s%N)
# shellcheck disable=SC2086
GLUTECOACH_DATA_DIR="$data" PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 600); do
  if curl -fs "$base/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "ready (readiness probe answered UP) after: ${ready} ms from launch"
grep -o "Started GluteCoachApplication in [0-9.]* seconds (process running for [0-9.]*)" "$log" || true
echo "resident memory after start: $(( $(ps -o rss= -p $app) / 1024 )) MiB"

sample() { echo $(( $(ps -o rss= -p $app) / 1024 )); }

echo "--- warm-up: 15 s on / ---"
wrk -t2 -c"$connections" -d15s "$base/" > /dev/null
echo "resident memory after warm-up: $(sample) MiB"

echo "--- home page: ${connections} connections, ${seconds} s ---"
wrk -t2 -c"$connections" -d"${seconds}s" -s load/report.lua "$base/" | tail -3
echo "resident memory: $(sample) MiB"

echo "--- health endpoint: ${connections} connections, ${seconds} s ---"
wrk -t2 -c"$connections" -d"${seconds}s" -s load/report.lua "$base/actuator/health" | tail -3
echo "resident memory after load: $(sample) MiB"
