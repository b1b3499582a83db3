package org.glutecoach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its relay against a real SMTP server (GreenMail): delivery, rollback, an outage. */
@IntegrationTest
class MailOutboxIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQueuedMailArrivesWithTextAndHtmlPartsAndAStableMessageId() throws Exception {
        var to = AccountFixtures.uniqueEmail();
        var id = transaction.execute(status -> outbox.queue(verification(to)));

        var mail = MailServer.awaitMailTo(to);
        assertThat(mail.getSubject()).isEqualTo("Please confirm your email address");
        assertThat(mail.getMessageID()).isEqualTo("<" + id + "@glutecoach>");
        // No GLUTECOACH_BASE_URL in the tests: links follow the port the server really listens on.
        var link = "http://localhost:" + port + "/verify-email?token=abc";
        assertThat(MailServer.text(mail)).contains("Confirm my email address: " + link);
        assertThat(MailServer.html(mail)).contains("href=\"" + link + "\"").contains("<html lang=\"en-GB\"");
        awaitStatus(id, "SENT");
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        var to = AccountFixtures.uniqueEmail();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    outbox.queue(verification(to));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        // Five relay runs later, still nothing.
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(MailServer.mailsTo(to)).isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                        .param(to)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.queue(verification(AccountFixtures.uniqueEmail())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void duringAnSmtpOutageMailWaitsWithItsErrorThenGoesExactlyOnce() throws Exception {
        var to = AccountFixtures.uniqueEmail();
        var id = new java.util.concurrent.atomic.AtomicReference<java.util.UUID>();
        MailServer.outage(() -> {
            id.set(transaction.execute(status -> outbox.queue(verification(to))));
            awaitFailedTries(id.get(), 1);
            assertThat(outbox.status().oldestWaiting()).anySatisfy(waiting -> {
                assertThat(waiting.id()).isEqualTo(id.get());
                assertThat(waiting.lastError()).isNotBlank();
            });
        });

        MailServer.awaitMailTo(to);
        awaitStatus(id.get(), "SENT");
        await().during(Duration.ofMillis(1_500))
                .atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(MailServer.mailsTo(to))
                        .as("sent once, never again")
                        .hasSize(1));
    }

    @Test
    void forgettingARecipientErasesTheirMails() {
        var to = AccountFixtures.uniqueEmail();
        transaction.executeWithoutResult(status -> outbox.queue(verification(to)));
        MailServer.awaitMailTo(to);
        assertThat(outbox.mailsTo(to)).hasSize(1);

        outbox.forget(to);

        assertThat(outbox.mailsTo(to)).isEmpty();
    }

    @Test
    void theMailTableHoldsNoLiveLinkWaitingOrSent() throws Exception {
        var to = AccountFixtures.uniqueEmail();
        var secret = "live-secret-" + java.util.UUID.randomUUID();
        var id = transaction.execute(status -> outbox.queue(
                Mail.of(to, "identity/mail/verify-email", Map.of("link", "/verify-email?token=" + secret))));
        assertThat(storedRow(id)).doesNotContain(secret);

        assertThat(MailServer.text(MailServer.awaitMailTo(to))).contains(secret);
        awaitStatus(id, "SENT");
        assertThat(storedRow(id)).doesNotContain(secret);
    }

    @Test
    void sentBodiesAreEmptiedOnceTheyAreOlderThanTheSettingButTheRecordStays() throws Exception {
        var to = AccountFixtures.uniqueEmail();
        var id = transaction.execute(status -> outbox.queue(verification(to)));
        MailServer.awaitMailTo(to);
        awaitStatus(id, "SENT");
        var waiting = transaction.execute(status -> outbox.queue(verification(AccountFixtures.uniqueEmail())));
        jdbc.sql("UPDATE mail_outbox SET status = 'WAITING', next_attempt_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(1))), waiting)
                .update();

        assertThat(outbox.emptySentBodies(Instant.now().minus(Duration.ofDays(7))))
                .as("too recent")
                .isZero();
        assertThat(bodies(id)).doesNotContain("");

        jdbc.sql("UPDATE mail_outbox SET sent_at = ?, created_at = ? WHERE id = ? OR id = ?")
                .params(
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))),
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))),
                        id,
                        waiting)
                .update();
        assertThat(outbox.emptySentBodies(Instant.now().minus(Duration.ofDays(7))))
                .isEqualTo(1);

        assertThat(bodies(id)).containsOnly("");
        assertThat(bodies(waiting)).as("a waiting mail keeps its body").doesNotContain("");
        assertThat(outbox.mailsTo(to))
                .singleElement()
                .satisfies(sent -> assertThat(sent.subject()).isEqualTo("Please confirm your email address"));
    }

    private String storedRow(java.util.UUID id) {
        return jdbc.sql("SELECT subject, text_body, html_body, headers FROM mail_outbox WHERE id = ?")
                .param(id)
                .query((rs, row) -> rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4))
                .single();
    }

    private java.util.List<String> bodies(java.util.UUID id) {
        return jdbc.sql("SELECT text_body, html_body FROM mail_outbox WHERE id = ?")
                .param(id)
                .query((rs, row) -> java.util.List.of(rs.getString(1), rs.getString(2)))
                .single();
    }

    private static Mail verification(String to) {
        return Mail.of(to, "identity/mail/verify-email", Map.of("link", "/verify-email?token=abc"));
    }

    private void awaitStatus(java.util.UUID id, String status) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .alias("mail " + id + " becomes " + status)
                .until(
                        () -> jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?")
                                .param(id)
                                .query(String.class)
                                .single(),
                        status::equals);
    }

    private void awaitFailedTries(java.util.UUID id, int tries) {
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .alias("mail " + id + " tried " + tries + " times")
                .until(
                        () -> jdbc.sql("SELECT attempts FROM mail_outbox WHERE id = ?")
                                .param(id)
                                .query(Integer.class)
                                .single(),
                        attempts -> attempts >= tries);
    }
}
