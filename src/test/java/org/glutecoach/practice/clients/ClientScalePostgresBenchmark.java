package org.glutecoach.practice.clients;

import org.glutecoach.support.PostgresIntegrationTest;

/**
 * The practice scale benchmark on PostgreSQL (zonky's embedded server, default settings). Run:
 * {@code ./mvnw -o test -Dtest=ClientScalePostgresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresIntegrationTest
class ClientScalePostgresBenchmark extends ClientScaleBenchmark {

    @Override
    String fillNumbers() {
        return "INSERT INTO bench_numbers (n) SELECT generate_series(1, :count)";
    }

    @Override
    String random() {
        return "random()";
    }

    @Override
    String randomUuid() {
        return "gen_random_uuid()";
    }
}
