package org.glutecoach.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.glutecoach.GluteCoachApplication;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Mail sent once when an instance dies mid-send: two instances on one PostgreSQL database, the one sending is
 * killed with SIGKILL (a separate JVM, so nothing of it runs on), and the other takes over. No mail is lost; at
 * most the mails in flight (one per SMTP connection of the killed instance) arrive twice; the stall is seconds.
 *
 * <p>{@code -Dglutecoach.kill-test.mails=1000} runs it at the size reported in docs/benchmarks.md.
 */
class MailRelayKillIntegrationTests {

    private static final int MAILS = Integer.getInteger("glutecoach.kill-test.mails", 300);
    private static final int CONNECTIONS = 3;

    @Test
    void killedWhileSendingAnotherInstanceTakesOverAndNothingIsLost() throws Exception {
        MailServer.ensureStarted();
        var database = PostgresServer.newDatabase();
        var instances = new HashMap<String, Process>();
        var logs = new HashMap<String, File>();
        try {
            for (var name : List.of("instance-1", "instance-2")) {
                logs.put(name, Files.createTempFile("glute-" + name, ".log").toFile());
                instances.put(name, startInItsOwnJvm(database, name, logs.get(name)));
            }
            for (var name : instances.keySet()) {
                awaitStarted(instances.get(name), logs.get(name));
            }
            var jdbc = JdbcClient.create(
                    new DriverManagerDataSource(database, PostgresServer.USER, PostgresServer.PASSWORD));
            var batch = "kill-" + UUID.randomUUID();
            queue(jdbc, batch, MAILS);

            // Kill whichever instance holds the relay, while mails are going out.
            var deadline = Instant.now().plus(Duration.ofSeconds(120));
            String sender = null;
            while (sender == null) {
                assertThat(Instant.now()).as("no instance sent").isBefore(deadline);
                var sent = received(batch).size();
                assertThat(sent).as("sent all before the kill").isLessThan(MAILS);
                sender = sent >= MAILS / 10 ? relayHeldBy(jdbc) : null;
                Thread.sleep(5);
            }
            instances.get(sender).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            var killedAt = Instant.now();
            var beforeKill = received(batch).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();

            var firstAfterKill = awaitMore(batch, beforeKill);
            var all = awaitAll(batch);
            var repeated = all.values().stream().mapToInt(count -> count - 1).sum();
            var stall = Duration.between(killedAt, firstAfterKill);
            System.out.printf(
                    "Mail relay kill test: %d mails, %s killed after %d had arrived, lost %d, repeated %d, "
                            + "stall %.1f s%n",
                    MAILS, sender, beforeKill, MAILS - all.size(), repeated, stall.toMillis() / 1000.0);

            assertThat(all).as("lost").hasSize(MAILS);
            assertThat(repeated)
                    .as("repeated: at most one in flight per connection")
                    .isLessThanOrEqualTo(CONNECTIONS);
            assertThat(stall).as("another instance takes over within seconds").isLessThan(Duration.ofSeconds(30));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WAITING'")
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            instances.values().forEach(Process::destroyForcibly);
        }
    }

    /** The application in a JVM of its own (this test's class path), so it can be killed with SIGKILL. */
    private static Process startInItsOwnJvm(String database, String name, File log) throws Exception {
        var command = new ArrayList<>(List.of(
                javaBinary(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx384m",
                // C1 only, as Failsafe runs the tests (pom.xml): the two instances start in about two thirds of the
                // time.
                "-XX:TieredStopAtLevel=1",
                GluteCoachApplication.class.getName()));
        command.addAll(List.of(
                "--spring.profiles.active=test,postgres",
                "--server.port=0",
                "--GLUTECOACH_DB_URL=" + database,
                "--GLUTECOACH_DB_USER=" + PostgresServer.USER,
                "--GLUTECOACH_DB_PASSWORD=" + PostgresServer.PASSWORD,
                "--spring.jmx.enabled=false",
                "--spring.mail.port=" + MailServer.port(),
                "--db-scheduler.scheduler-name=" + name,
                "--glutecoach.mail.connections=" + CONNECTIONS,
                // The heartbeat as in production (the test settings beat every second).
                "--db-scheduler.heartbeat-interval=2s"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    private static void awaitStarted(Process process, File log) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("instance running; its log: " + log)
                    .isTrue();
            if (Files.readString(log.toPath()).contains("Started GluteCoachApplication")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The instance did not start; its log: " + log);
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** The instance running the relay now, if one is. */
    private static String relayHeldBy(JdbcClient jdbc) {
        return jdbc.sql("SELECT picked_by FROM scheduled_tasks WHERE task_name = 'mail-relay' AND picked")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Writes the mails straight into the outbox in one transaction, so they are all due at once. */
    private static void queue(JdbcClient jdbc, String batch, int count) {
        var now = Timestamp.from(Instant.now());
        var values = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            values.add("('" + UUID.randomUUID() + "', '" + batch + "-" + i + "@example.com', 'Kill test', " + "'Text "
                    + i + "', '<p>Html " + i + "</p>', '', 'WAITING', 0, ?, 0, ?, ?)");
        }
        var params = new ArrayList<Object>();
        for (var i = 0; i < count; i++) {
            params.addAll(List.of(now, now, now));
        }
        jdbc.sql("INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, headers, status, attempts, "
                        + "next_attempt_at, version, created_at, updated_at) VALUES " + String.join(", ", values))
                .params(params)
                .update();
    }

    private static Instant awaitMore(String batch, int than) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (received(batch).values().stream().mapToInt(Integer::intValue).sum() > than) {
                return Instant.now();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No mail after the kill");
    }

    private static Map<String, Integer> awaitAll(String batch) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        var counts = received(batch);
        while (counts.size() < MAILS && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            counts = received(batch);
        }
        Thread.sleep(2_000);
        return received(batch);
    }

    private static Map<String, Integer> received(String batch) {
        return MailServer.countsByRecipient(batch);
    }
}
