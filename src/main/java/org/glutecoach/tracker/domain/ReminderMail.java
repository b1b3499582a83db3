package org.glutecoach.tracker.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reminder that went, for one of the person's days: written once, with the mail, and never changed. Its
 * unsubscribe key is kept as a hash only, so a copy of the database cannot stop anyone's reminders.
 */
@Table("tracker_reminder_mails")
public class ReminderMail implements Persistable<UUID> {

    private final @Id UUID id;
    private final UUID accountId;
    private final LocalDate reminderDate;
    private final String unsubscribeKeyHash;
    private final Instant sentAt;
    private final @Transient boolean fresh;

    @PersistenceCreator
    ReminderMail(UUID id, UUID accountId, LocalDate reminderDate, String unsubscribeKeyHash, Instant sentAt) {
        this(id, accountId, reminderDate, unsubscribeKeyHash, sentAt, false);
    }

    private ReminderMail(
            UUID id, UUID accountId, LocalDate reminderDate, String unsubscribeKeyHash, Instant sentAt, boolean fresh) {
        this.id = id;
        this.accountId = accountId;
        this.reminderDate = reminderDate;
        this.unsubscribeKeyHash = unsubscribeKeyHash;
        this.sentAt = sentAt;
        this.fresh = fresh;
    }

    public static ReminderMail sent(UUID accountId, LocalDate day, String unsubscribeKeyHash, Instant at) {
        return new ReminderMail(UUID.randomUUID(), accountId, day, unsubscribeKeyHash, at, true);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public UUID accountId() {
        return accountId;
    }

    public LocalDate reminderDate() {
        return reminderDate;
    }
}
