package org.glutecoach.mail.sending;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The {@code mail_outbox} table. The relay's changes are updates that hold only while the mail still waits, and
 * touch no body: sending many mails a second must not write each body again.
 */
public interface OutboxMails extends Repository<OutboxMail, UUID> {

    OutboxMail save(OutboxMail mail);

    @Query("SELECT * FROM mail_outbox WHERE status = 'WAITING' AND next_attempt_at <= :now"
            + " ORDER BY next_attempt_at, created_at LIMIT :limit")
    List<OutboxMail> due(Instant now, int limit);

    /** Waiting mails not yet written to the log (with no SMTP server set), oldest first. */
    @Query("SELECT * FROM mail_outbox WHERE status = 'WAITING' AND shown_in_log_at IS NULL"
            + " ORDER BY created_at LIMIT :limit")
    List<OutboxMail> notShownInLog(int limit);

    @Query("SELECT * FROM mail_outbox WHERE status = 'WAITING' ORDER BY created_at LIMIT :limit")
    List<OutboxMail> oldestWaiting(int limit);

    List<OutboxMail> findByRecipientOrderByCreatedAt(String recipient);

    @Query("SELECT COUNT(*) FROM mail_outbox WHERE status = 'WAITING'")
    long countWaiting();

    @Modifying
    @Query("UPDATE mail_outbox SET shown_in_log_at = :now WHERE id IN (:ids)")
    void markShownInLog(Collection<UUID> ids, Instant now);

    @Modifying
    @Query("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL, updated_at = :now,"
            + " version = version + 1 WHERE id IN (:ids) AND status = 'WAITING'")
    void markSent(Collection<UUID> ids, Instant now);

    @Modifying
    @Query("UPDATE mail_outbox SET attempts = :attempts, next_attempt_at = :nextAttempt, last_error = :error,"
            + " updated_at = :now, version = version + 1 WHERE id = :id AND status = 'WAITING'")
    void markFailed(UUID id, int attempts, Instant nextAttempt, @Nullable String error, Instant now);

    @Modifying
    @Query("UPDATE mail_outbox SET text_body = '', html_body = ''"
            + " WHERE status = 'SENT' AND sent_at < :sentBefore AND (text_body <> '' OR html_body <> '')")
    int emptySentBodies(Instant sentBefore);

    @Modifying
    @Query("DELETE FROM mail_outbox WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);

    @Modifying
    @Query("DELETE FROM mail_outbox WHERE recipient = :recipient")
    void deleteByRecipient(String recipient);
}
