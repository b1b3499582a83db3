package org.glutecoach.mail.sending;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.mail.SentMail;
import org.glutecoach.mail.WaitingMail;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One mail in the outbox, as stored: its bodies sealed (ADR 8), its headers one {@code Name: value} a line. It is
 * written once when queued; the relay's changes to it (sent, failed, shown in the log) are conditional updates on
 * {@link OutboxMails}, so two instances can never both count one try or send one mail twice.
 */
@Table("mail_outbox")
public class OutboxMail {

    enum Status {
        WAITING,
        SENT
    }

    private final @Id UUID id;
    private final String recipient;
    private final String subject;
    private final String textBody;
    private final String htmlBody;
    private final String headers;
    private final Status status;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final @Nullable String lastError;
    private final @Nullable Instant sentAt;
    private final @Nullable Instant shownInLogAt;
    private final @Nullable UUID accountId;
    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    OutboxMail(
            UUID id,
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            String headers,
            Status status,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable Instant sentAt,
            @Nullable Instant shownInLogAt,
            @Nullable UUID accountId,
            @Nullable Long version,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.id = id;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.headers = headers;
        this.status = status;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.sentAt = sentAt;
        this.shownInLogAt = shownInLogAt;
        this.accountId = accountId;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A mail to send as soon as the relay runs; the bodies must be sealed already. */
    static OutboxMail waiting(
            String recipient,
            String subject,
            String sealedText,
            String sealedHtml,
            String headers,
            @Nullable UUID about,
            Instant now) {
        return new OutboxMail(
                UUID.randomUUID(),
                recipient,
                subject,
                sealedText,
                sealedHtml,
                headers,
                Status.WAITING,
                0,
                now,
                null,
                null,
                null,
                about,
                null,
                null,
                null);
    }

    UUID id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String sealedText() {
        return textBody;
    }

    String sealedHtml() {
        return htmlBody;
    }

    String headerLines() {
        return headers;
    }

    int attempts() {
        return attempts;
    }

    SentMail sentMail() {
        return new SentMail(subject, queuedAt(), sentAt);
    }

    WaitingMail waitingMail() {
        return new WaitingMail(id, recipient, subject, queuedAt(), attempts, nextAttemptAt, lastError);
    }

    private Instant queuedAt() {
        // Set by Spring Data auditing on the first save; a mail read back always has it.
        return createdAt == null ? nextAttemptAt : createdAt;
    }
}
