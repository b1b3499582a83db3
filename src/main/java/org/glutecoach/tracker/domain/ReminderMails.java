package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The reminders sent: at most one per person and day, which the database's unique key enforces. */
public interface ReminderMails extends ListCrudRepository<ReminderMail, UUID> {

    boolean existsByAccountIdAndReminderDate(UUID accountId, LocalDate day);

    Optional<ReminderMail> findByUnsubscribeKeyHash(String unsubscribeKeyHash);

    List<ReminderMail> findByAccountIdOrderByReminderDate(UUID accountId);

    @Modifying
    @Query("DELETE FROM tracker_reminder_mails WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
