package org.glutecoach.practice.clients;

import org.glutecoach.support.MailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The practice scale benchmark on H2 as the app runs it by default: a database file (under {@code target/}, new
 * each run), not the tests' in-memory one. Run:
 * {@code ./mvnw -o test -Dtest=ClientScaleH2Benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/client-benchmark/glute-${random.uuid};"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("test")
@Import(MailServer.Running.class)
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
