package org.glutecoach.tracker;

import org.glutecoach.support.PostgresIntegrationTest;

/**
 * The scale benchmark on PostgreSQL (zonky's embedded server, default settings). Run:
 * {@code ./mvnw -o test -Dtest=SummaryScalePostgresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresIntegrationTest
class SummaryScalePostgresBenchmark extends SummaryScaleBenchmark {

    @Override
    String random() {
        return "random()";
    }

    @Override
    String randomUuid() {
        return "gen_random_uuid()";
    }

    @Override
    String fillPeople() {
        return "INSERT INTO bench_people (account_id) SELECT gen_random_uuid() FROM generate_series(1, :people)";
    }
}
