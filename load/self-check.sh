#!/usr/bin/env bash
# Load run of the self-check pages: 50 connections posting the eight steps of a full self-check over and over.
# Two measured runs after a 60 s warm-up (the JIT on 2 cores needs it: 10 s left it compiling through the run):
#   people: each connection is a person who waits about a second (0.5-1.5 s) before posting the next step,
#           far quicker than anyone answers a page of questions; this is the "50 concurrent users" target;
#   stress: each connection posts again the moment an answer arrives: the server's ceiling, not a user load.
# Bounded; loopback only. Needs wrk and a built jar.
#   Usage: load/self-check.sh [connections] [seconds] [think ms]
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-50}
seconds=${2:-30}
think=${3:-1000}
# shellcheck source=load/lib.sh
. load/lib.sh
start_app

# One CSRF token pair for every connection: anonymous posts do not rotate it.
page=$(curl -s -c "$data/cookies" "$base/self-check")
csrf=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
cookie=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$data/cookies")
[ -n "$csrf" ] && [ -n "$cookie" ] || { echo "could not read the CSRF token" >&2; exit 1; }

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); JVM options: ${JAVA_OPTS:-defaults}"
echo "--- warm-up: 60 s, no think time ---"
wrk -t2 -c"$connections" -d60s -s load/self-check.lua "$base" -- "$cookie" "$csrf" > /dev/null
echo "--- people: ${connections} connections, think time ${think} ms on average, ${seconds} s ---"
THINK_MS=$think wrk -t2 -c"$connections" -d"${seconds}s" -s load/self-check.lua "$base" -- "$cookie" "$csrf" | tail -3
echo "--- stress: ${connections} connections, no think time, ${seconds} s ---"
wrk -t2 -c"$connections" -d"${seconds}s" -s load/self-check.lua "$base" -- "$cookie" "$csrf" | tail -3
