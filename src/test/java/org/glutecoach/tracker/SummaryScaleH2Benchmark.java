package org.glutecoach.tracker;

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
}
