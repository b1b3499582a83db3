package org.glutecoach.practice.clients;

import org.glutecoach.support.H2FileBenchmark;

/**
 * The practice scale benchmark on H2 as the app runs it by default: a database file (under {@code target/}, new
 * each run), not the tests' in-memory one. Run:
 * {@code ./mvnw -o test -Dtest=ClientScaleH2Benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@H2FileBenchmark(properties = "glutecoach.benchmark.folder=client-benchmark")
class ClientScaleH2Benchmark extends ClientScaleBenchmark {

    @Override
    String fillNumbers() {
        return "INSERT INTO bench_numbers (n) SELECT * FROM SYSTEM_RANGE(1, :count)";
    }

    @Override
    String random() {
        return "RAND()";
    }

    @Override
    String randomUuid() {
        return "RANDOM_UUID()";
    }
}
