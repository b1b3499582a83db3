package org.glutecoach.mail.sending;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glutecoach.mail.SentMail;
import org.glutecoach.mail.WaitingMail;
import org.glutecoach.shared.SealedSecrets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
public class Outbox {

    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final SealedSecrets sealed;
    private final Clock clock;

    Outbox(JdbcClient jdbc, MailSettings settings, SealedSecrets sealed, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.sealed = sealed;
        this.clock = clock;
    }

    /** One mail ready to send. */
    public record Due(UUID id, String recipient, String subject, String text, String html, Map<String, String> headers,
            int attempts) {
    }

    /**
     * Adds a mail to send. Both bodies are sealed (ADR 8): they carry live links (reset, verification,
     * invitation), and a copy of the database must not be a way into accounts. The relay opens them to send.
     */
    public UUID add(String recipient, RenderedMail mail, Map<String, String> headers, @Nullable UUID about) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, headers, status, attempts,
                    next_attempt_at, version, created_at, updated_at, account_id)
                VALUES (?, ?, ?, ?, ?, ?, 'WAITING', 0, ?, 0, ?, ?, ?)""")
                .params(id, recipient, mail.subject(), sealed.seal(mail.text()), sealed.seal(mail.html()),
                        headerLines(headers), now, now, now, about)
                .update();
        return id;
    }

    List<Due> due(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, text_body, html_body, headers, attempts FROM mail_outbox
                WHERE status = 'WAITING' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?""")
                .params(Timestamp.from(clock.instant()), limit)
                .query((rs, row) -> due(rs))
                .list();
    }

    /** Waiting mails not yet written to the log (with no SMTP server set), oldest first. */
    List<Due> notShownInLog(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, text_body, html_body, headers, attempts FROM mail_outbox
                WHERE status = 'WAITING' AND shown_in_log_at IS NULL ORDER BY created_at LIMIT ?""")
                .param(limit)
                .query((rs, row) -> due(rs))
                .list();
    }

    void markShownInLog(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE mail_outbox SET shown_in_log_at = :now WHERE id IN (:ids)")
                    .param("now", Timestamp.from(clock.instant())).param("ids", ids).update();
        }
    }

    /** A row ready to send (or to show in the log): its sealed bodies opened. */
    private Due due(ResultSet rs) throws SQLException {
        return new Due(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                sealed.open(rs.getString("text_body")), sealed.open(rs.getString("html_body")),
                headers(rs.getString("headers")), rs.getInt("attempts"));
    }

    void markSent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL, updated_at = :now,
                    version = version + 1
                WHERE id IN (:ids) AND status = 'WAITING'""")
                .param("now", now).param("ids", ids).update();
    }

    /** Records a failed try and when to try again (see {@link MailSettings#backOff}); it never gives up. */
    void markFailed(Due mail, String error) {
        var attempts = mail.attempts() + 1;
        var now = clock.instant();
        jdbc.sql("""
                UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND status = 'WAITING'""")
                .params(attempts, Timestamp.from(now.plus(settings.backOff(attempts))), truncate(error), Timestamp.from(now),
                        mail.id())
                .update();
    }

    /**
     * Empties the bodies of mails sent before the given time; the row stays as the record of what was sent when
     * (subject and dates, for the person's export).
     *
     * @return how many mails were emptied
     */
    public int emptySentBodies(Instant sentBefore) {
        return jdbc.sql("""
                UPDATE mail_outbox SET text_body = '', html_body = ''
                WHERE status = 'SENT' AND sent_at < ? AND (text_body <> '' OR html_body <> '')""")
                .param(Timestamp.from(sentBefore)).update();
    }

    public void deleteAbout(UUID account) {
        jdbc.sql("DELETE FROM mail_outbox WHERE account_id = ?").param(account).update();
    }

    public void deleteByRecipient(String recipient) {
        jdbc.sql("DELETE FROM mail_outbox WHERE recipient = ?").param(recipient).update();
    }

    public List<SentMail> mailsTo(String recipient) {
        return jdbc.sql("SELECT subject, created_at, sent_at FROM mail_outbox WHERE recipient = ? ORDER BY created_at")
                .param(recipient)
                .query((rs, row) -> new SentMail(rs.getString("subject"), instant(rs, "created_at"),
                        nullableInstant(rs, "sent_at")))
                .list();
    }

    public long waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WAITING'").query(Long.class).single();
    }

    public List<WaitingMail> oldestWaiting(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, created_at, attempts, next_attempt_at, last_error FROM mail_outbox
                WHERE status = 'WAITING' ORDER BY created_at LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new WaitingMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), instant(rs, "created_at"), rs.getInt("attempts"),
                        instant(rs, "next_attempt_at"), rs.getString("last_error")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static String headerLines(Map<String, String> headers) {
        return headers.entrySet().stream().map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, String> headers(String lines) {
        var headers = new LinkedHashMap<String, String>();
        lines.lines().filter(line -> line.contains(": ")).forEach(line -> {
            var colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        });
        return headers;
    }
}
