package org.glutecoach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.glutecoach.support.ClusterInstance;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with two app instances on one PostgreSQL database, as behind a load balancer, and across a
 * restart: every mail arrives exactly once.
 */
class MailRelayClusterIntegrationTests {

    private static final int MAILS = 60;

    @Test
    void twoInstancesSendEachMailExactlyOnce() throws Exception {
        MailServer.ensureStarted();
        var database = PostgresServer.newDatabase();
        try (var first = instance(database);
                var second = instance(database)) {
            var batch = "cluster-" + UUID.randomUUID();
            queue(first, batch, MAILS / 2);
            queue(second, batch, MAILS / 2);

            awaitDistinct(batch, MAILS);
            // Nothing more arrives for a while: no instance sends a mail the other sent.
            var received = await().during(Duration.ofMillis(1_500))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> counts(batch), counts -> counts.size() == MAILS);
            assertThat(received)
                    .hasSize(MAILS)
                    .allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
            assertThat(waiting(first)).isZero();
        }
    }

    @Test
    void mailQueuedBeforeARestartIsSentAfterItOnce() throws Exception {
        MailServer.ensureStarted();
        var database = PostgresServer.newDatabase();
        var batch = "restart-" + UUID.randomUUID();
        try (var beforeRestart = instance(database, "--spring.mail.host=")) {
            queue(beforeRestart, batch, 10);
            await().during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> waiting(beforeRestart) == 10);
            assertThat(waiting(beforeRestart))
                    .as("no SMTP host: kept, not sent")
                    .isEqualTo(10);
            assertThat(beforeRestart.getBean(MailOutbox.class).status().smtpConfigured())
                    .isFalse();
        }
        try (var afterRestart = instance(database)) {
            assertThat(awaitDistinct(batch, 10))
                    .hasSize(10)
                    .allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
            awaitNoneWaiting(afterRestart);
        }
        try (var again = instance(database)) {
            var afterAnotherRestart = await().during(Duration.ofMillis(1_500))
                    .atMost(Duration.ofSeconds(5))
                    .until(
                            () -> counts(batch),
                            counts -> counts.values().stream().allMatch(count -> count == 1));
            assertThat(afterAnotherRestart)
                    .as("nothing sent twice after another restart")
                    .hasSize(10)
                    .allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
        }
    }

    private static void queue(ConfigurableApplicationContext app, String batch, int count) {
        var outbox = app.getBean(MailOutbox.class);
        var transaction = app.getBean(TransactionTemplate.class);
        IntStream.range(0, count)
                .forEach(i -> transaction.executeWithoutResult(status -> outbox.queue(Mail.of(
                        batch + "-" + UUID.randomUUID() + "@example.com",
                        "identity/mail/password-changed",
                        Map.of()))));
    }

    /** Mails received per recipient of the batch, once at least {@code expected} recipients have mail. */
    private static Map<String, Integer> awaitDistinct(String batch, int expected) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .alias(expected + " recipients of " + batch + " have mail")
                .until(() -> counts(batch), counts -> counts.size() >= expected);
    }

    private static Map<String, Integer> counts(String batch) {
        return MailServer.countsByRecipient(batch);
    }

    private static long waiting(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WAITING'")
                .query(Long.class)
                .single();
    }

    private static void awaitNoneWaiting(ConfigurableApplicationContext app) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .alias("no mail waiting")
                .until(() -> waiting(app) == 0);
    }

    private static ConfigurableApplicationContext instance(String database, String... more) {
        return ClusterInstance.start(database, more);
    }
}
