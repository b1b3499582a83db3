#!/usr/bin/env bash
# Load run of the self-check pages: 50 connections posting the eight steps of a full self-check over and over.
# Bounded (a 10 s warm-up and one timed run); loopback only. Needs wrk and a built jar.
#   Usage: load/self-check.sh [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-50}
seconds=${2:-30}
# shellcheck source=load/lib.sh
. load/lib.sh
start_app

# One CSRF token pair for every connection: anonymous posts do not rotate it.
page=$(curl -s -c "$data/cookies" "$base/self-check")
csrf=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
cookie=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$data/cookies")
[ -n "$csrf" ] && [ -n "$cookie" ] || { echo "could not read the CSRF token" >&2; exit 1; }

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); JVM options: ${JAVA_OPTS:-defaults}"
echo "--- warm-up: 10 s ---"
wrk -t2 -c"$connections" -d10s -s load/self-check.lua "$base" -- "$cookie" "$csrf" > /dev/null
echo "--- self-check steps: ${connections} connections, ${seconds} s ---"
wrk -t2 -c"$connections" -d"${seconds}s" -s load/self-check.lua "$base" -- "$cookie" "$csrf" | tail -3
