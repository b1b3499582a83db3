package org.glutecoach.tracker;

import java.util.List;
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

    @Override
    String explainAnalyse() {
        return "EXPLAIN (ANALYZE, BUFFERS) ";
    }

    @Override
    String daysBack(String nearest, String furthest) {
        return "generate_series(CAST(" + nearest + " AS INT), CAST(" + furthest + " AS INT)) AS d(back)";
    }

    @Override
    String dayBefore(String date, String days) {
        return "CAST(" + date + " AS DATE) - " + days;
    }

    @Override
    List<String> beforeSeeding() {
        return List.of();
    }

    /** As autovacuum would have done on a table that grew over a year: statistics and the visibility map. */
    @Override
    List<String> afterSeeding() {
        return List.of("VACUUM ANALYZE tracker_entries");
    }
}
