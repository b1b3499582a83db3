package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.UUID;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not part of {@code ./mvnw verify} (its name does not end in Tests): 10,000 lessons due at once go
 * through the course sender, the outbox and the relay to a real SMTP server (GreenMail). Prints mails a second
 * and checks that none is missing or doubled. Run:
 * {@code ./mvnw test -Dtest=CourseMailThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(
        properties = {
            "glutecoach.course.send-interval=1h",
            "spring.datasource.url=jdbc:h2:mem:"
                    + "course-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
@Import(MailServer.Running.class)
class CourseMailThroughputBenchmark {

    private static final int LESSONS = 10_000;

    @Autowired
    CourseDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenThousandDueLessons() throws Exception {
        var batch = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Timestamp.from(Instant.now().minusSeconds(1));
        for (var i = 0; i < LESSONS; i++) {
            jdbc.sql("""
                    INSERT INTO course_enrolments (id, email, status, delivery, time_of_day, time_zone, start_date,
                        round_no, next_day, next_due_at, access_key, created_at, updated_at)
                    VALUES (?, ?, 'ACTIVE', 'DAILY', '07:30', 'Europe/London', CURRENT_DATE, 1, 1, ?, 'key', ?, ?)""")
                    .params(UUID.randomUUID(), batch + "-" + i + "@example.com", now, now, now)
                    .update();
        }

        var start = System.nanoTime();
        var queued = deliveries.sendDue();
        var queuedAt = System.nanoTime();
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .alias("every lesson sent")
                .until(() -> sent() >= LESSONS);
        var end = System.nanoTime();

        var received = new HashMap<String, Integer>();
        for (var message : MailServer.ensureStarted().getReceivedMessages()) {
            var to = message.getAllRecipients()[0].toString();
            if (to.startsWith(batch)) {
                received.merge(to, 1, Integer::sum);
            }
        }
        var seconds = (end - start) / 1e9;
        System.out.printf(
                "machine: %d cores, %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"));
        System.out.printf(
                "queued %d lessons in %.1f s (%.0f a second)%n",
                queued, (queuedAt - start) / 1e9, queued / ((queuedAt - start) / 1e9));
        System.out.printf(
                "sent %d mails in %.1f s from the start: %.0f mails a second end to end%n",
                sent(), seconds, LESSONS / seconds);
        System.out.printf(
                "received %d distinct recipients, %d with more than one mail, %d missing%n",
                received.size(),
                received.values().stream().filter(count -> count > 1).count(),
                LESSONS - received.size());

        assertThat(queued).isEqualTo(LESSONS);
        assertThat(received)
                .hasSize(LESSONS)
                .allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
    }

    private long sent() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE 'Day 1:%'")
                .query(Long.class)
                .single();
    }
}
