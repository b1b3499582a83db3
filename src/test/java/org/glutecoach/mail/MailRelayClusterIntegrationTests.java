package org.glutecoach.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.glutecoach.GluteCoachApplication;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        try (var first = instance(database); var second = instance(database)) {
            var batch = "cluster-" + UUID.randomUUID();
            queue(first, batch, MAILS / 2);
            queue(second, batch, MAILS / 2);

            var received = awaitDistinct(batch, MAILS);
            Thread.sleep(1_500);
            assertThat(received).hasSize(MAILS).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
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
            Thread.sleep(500);
            assertThat(waiting(beforeRestart)).as("no SMTP host: kept, not sent").isEqualTo(10);
            assertThat(beforeRestart.getBean(MailOutbox.class).status().smtpConfigured()).isFalse();
        }
        try (var afterRestart = instance(database)) {
            assertThat(awaitDistinct(batch, 10)).hasSize(10).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
            awaitNoneWaiting(afterRestart);
        }
        try (var again = instance(database)) {
            Thread.sleep(1_500);
            assertThat(awaitDistinct(batch, 10)).as("nothing sent twice after another restart")
                    .allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
        }
    }

    private static void queue(ConfigurableApplicationContext app, String batch, int count) {
        var outbox = app.getBean(MailOutbox.class);
        var transaction = app.getBean(TransactionTemplate.class);
        IntStream.range(0, count).forEach(i -> transaction.executeWithoutResult(status -> outbox.queue(Mail.of(
                batch + "-" + UUID.randomUUID() + "@example.com", "identity/mail/password-changed", Map.of()))));
    }

    /** Mails received per recipient of the batch, once at least {@code expected} recipients have mail. */
    private static Map<String, Integer> awaitDistinct(String batch, int expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Integer> counts = Map.of();
        while (Instant.now().isBefore(deadline)) {
            counts = counts(batch);
            if (counts.size() >= expected) {
                return counts;
            }
            Thread.sleep(100);
        }
        return counts;
    }

    private static Map<String, Integer> counts(String batch) {
        return MailServer.countsByRecipient(batch);
    }

    private static long waiting(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WAITING'")
                .query(Long.class).single();
    }

    private static void awaitNoneWaiting(ConfigurableApplicationContext app) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (waiting(app) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(waiting(app)).isZero();
    }

    private static ConfigurableApplicationContext instance(String database, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", "--GLUTECOACH_DB_URL=" + database,
                "--GLUTECOACH_DB_USER=" + PostgresServer.USER, "--GLUTECOACH_DB_PASSWORD=" + PostgresServer.PASSWORD,
                "--spring.jmx.enabled=false"));
        args.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(GluteCoachApplication.class).profiles("test", "postgres")
                .run(args.toArray(String[]::new));
    }
}
