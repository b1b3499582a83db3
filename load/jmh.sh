#!/usr/bin/env bash
# JMH micro-benchmarks kept in the test sources (e.g. org.glutecoach.selfcheck.EvaluationBenchmark).
#   Usage: load/jmh.sh [benchmark regex] [extra JMH options]     e.g. load/jmh.sh EvaluationBenchmark -t 1
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
pattern=${1:-Benchmark}
shift || true
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  "$pattern" -f 1 -wi 3 -w 3s -i 5 -r 5s -t 1 "$@"
