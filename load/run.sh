#!/usr/bin/env bash
# Load check of the skeleton: start-up time to ready, resident memory, and throughput / latency of the home page
# and the health endpoint under wrk, all on this machine over loopback. Bounded: about 2 minutes in all.
#   Needs: wrk (Debian: apt-get install wrk) and a built jar (./mvnw -DskipTests package).
#   Usage: load/run.sh [connections] [seconds]      (JAVA_OPTS="..." to compare JVM settings)
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-50}
seconds=${2:-30}
# shellcheck source=load/lib.sh
. load/lib.sh
jar=target/glute-coach.jar
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
start_app
echo "jar: $jar ($(du -h "$jar" | cut -f1)), JVM options: ${JAVA_OPTS:-none (defaults)}"
echo "ready (readiness probe answered UP) after: ${ready_ms} ms from launch"
grep -o "Started GluteCoachApplication in [0-9.]* seconds (process running for [0-9.]*)" "$data/app.log" || true
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
