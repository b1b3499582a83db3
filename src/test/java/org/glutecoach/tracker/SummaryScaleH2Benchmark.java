package org.glutecoach.tracker;

import java.util.List;
import org.glutecoach.support.H2FileBenchmark;

/**
 * The scale benchmark on H2 as the app runs it by default: a database file (under {@code target/}, new each
 * run), not the tests' in-memory one. Run:
 * {@code ./mvnw -o test -Dtest=SummaryScaleH2Benchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DenableAssertions=false} (with Java assertions on, as Surefire runs tests by default, an internal assertion of
 * H2 2.4.240's MVStore failed while it shrank the file during seeding and closed the database).
 */
@H2FileBenchmark(properties = "glutecoach.benchmark.folder=summary-benchmark")
class SummaryScaleH2Benchmark extends SummaryScaleBenchmark {

    @Override
    String random() {
        return "RAND()";
    }

    /**
     * Time-ordered (version 7) ids for the seeded rows: each new id goes to the end of the primary key's B-tree
     * instead of a random page of it, which on H2 (the index in the JVM, under the page cache) is what made
     * seeding take longer than Surefire allows. The summary never reads the id, so its timing is not changed.
     */
    @Override
    String randomUuid() {
        return "RANDOM_UUID(7)";
    }

    @Override
    String fillPeople() {
        return "INSERT INTO bench_people (account_id) SELECT RANDOM_UUID() FROM SYSTEM_RANGE(1, :people)";
    }

    @Override
    String explainAnalyse() {
        return "EXPLAIN ANALYZE ";
    }

    @Override
    String daysBack(String nearest, String furthest) {
        return "SYSTEM_RANGE(" + nearest + ", " + furthest + ") AS d(back)";
    }

    @Override
    String dayBefore(String date, String days) {
        return "DATEADD(DAY, -" + days + ", CAST(" + date + " AS DATE))";
    }

    /**
     * A bigger page cache while seeding (256 MB, H2's default is 16 MB), put back to the default before anything
     * is timed. Not more: a 2 GB cache in the heap spent a third of the seeding's CPU time on garbage collection.
     */
    @Override
    List<String> beforeSeeding() {
        return List.of("SET CACHE_SIZE 262144");
    }

    @Override
    List<String> afterSeeding() {
        return List.of("SET CACHE_SIZE 16384", "ANALYZE");
    }
}
