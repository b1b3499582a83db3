#!/usr/bin/env bash
# JMH micro-benchmarks kept in the test sources (e.g. org.glutecoach.selfcheck.EvaluationBenchmark).
#   Usage: load/jmh.sh [benchmark regex] [JMH options]     e.g. load/jmh.sh EvaluationBenchmark -prof gc
#   Options given replace the defaults below (2 forks, 3 x 3 s warm-up, 5 x 5 s measured, 1 thread).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
pattern=${1:-Benchmark}
shift || true
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
options=(-f 2 -wi 3 -w 3s -i 5 -r 5s -t 1)
if [ $# -gt 0 ]; then options=("$@"); fi
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  "$pattern" "${options[@]}"
