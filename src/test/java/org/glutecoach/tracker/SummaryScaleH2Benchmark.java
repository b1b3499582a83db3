package org.glutecoach.tracker;

import java.util.List;
import org.glutecoach.support.MailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scale benchmark on H2 as the app runs it by default: a database file (under {@code target/}, new each
 * run), not the tests' in-memory one. Run:
 * {@code ./mvnw -o test -Dtest=SummaryScaleH2Benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/summary-benchmark/glute-${random.uuid};"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("test")
@Import(MailServer.Running.class)
class SummaryScaleH2Benchmark extends SummaryScaleBenchmark {

    @Override
    String random() {
        return "RAND()";
    }

    @Override
    String randomUuid() {
        return "RANDOM_UUID()";
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
     * A cache big enough for the whole table while seeding (H2's default is 16 MB: random UUID keys then mean a
     * read and a write of the file per row), put back to the default before anything is timed.
     */
    @Override
    List<String> beforeSeeding() {
        return List.of("SET CACHE_SIZE 2097152");
    }

    @Override
    List<String> afterSeeding() {
        return List.of("SET CACHE_SIZE 16384", "ANALYZE");
    }
}
