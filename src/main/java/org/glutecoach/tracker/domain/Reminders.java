package org.glutecoach.tracker.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The daily reminders switched on, one per account (its id); no row means off. */
public interface Reminders extends ListCrudRepository<Reminder, UUID> {

    /** Reminders due by now, the longest waiting first, on the due-time index. */
    @Query("SELECT * FROM tracker_reminders WHERE next_due_at <= :now ORDER BY next_due_at LIMIT :limit")
    List<Reminder> due(Instant now, int limit);

    @Modifying
    @Query("DELETE FROM tracker_reminders WHERE account_id = :accountId")
    boolean switchOff(UUID accountId);
}
