#!/usr/bin/env bash
# Load run of sign-in: one account, N connections posting the sign-in form with the right password over and over
# (each sign-in checks the bcrypt hash and writes a session row). Bounded: a 10 s warm-up and one timed run.
#   Usage: load/sign-in.sh [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-20}
seconds=${2:-30}
# shellcheck source=load/lib.sh
. load/lib.sh
start_app

email="load-$(date +%s)@example.com"
password="a load test passphrase"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
page=$(curl -s -c "$data/cookies" "$base/sign-up")
curl -s -o /dev/null -b "$data/cookies" -c "$data/cookies" "$base/sign-up" \
  --data-urlencode "_csrf=$(printf '%s' "$page" | csrf_of)" --data-urlencode "email=$email" \
  --data-urlencode "password=$password"
page=$(curl -s -b "$data/cookies" -c "$data/cookies" "$base/sign-in")
csrf=$(printf '%s' "$page" | csrf_of)
cookie=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$data/cookies")
[ -n "$csrf" ] && [ -n "$cookie" ] || { echo "could not read the CSRF token" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "XSRF-TOKEN=$cookie" "$base/sign-in" \
  --data-urlencode "_csrf=$csrf" --data-urlencode "email=$email" --data-urlencode "password=$password")
case "$status" in *dashboard*) ;; *) echo "sign-in did not work: $status" >&2; exit 1 ;; esac

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); JVM options: ${JAVA_OPTS:-defaults}"
echo "--- warm-up: 10 s ---"
wrk -t2 -c"$connections" -d10s --timeout 10s -s load/sign-in.lua "$base" -- "$cookie" "$csrf" "$email" "$password" > /dev/null
echo "--- sign-in: ${connections} connections, ${seconds} s ---"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s load/sign-in.lua "$base" -- "$cookie" "$csrf" "$email" "$password" \
  | tail -4
