package org.glutecoach.timer.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The reported events; every query names the account. */
public interface BreakEvents extends ListCrudRepository<BreakEvent, UUID> {

    /**
     * Stores the event unless one with its id is already there (the same event sent again, perhaps at the same
     * moment from a second tab): 1 when stored, 0 when not. The database settles a race, so no check-then-insert.
     */
    @Modifying
    @Query("""
            INSERT INTO timer_events (id, account_id, kind, happened_at, recorded_at)
            VALUES (:id, :accountId, :kind, :happenedAt, :recordedAt)
            ON CONFLICT DO NOTHING""")
    int storeIfNew(UUID id, UUID accountId, String kind, Instant happenedAt, Instant recordedAt);

    /** The person's events from one instant (included) to another (not), oldest first. */
    @Query("""
            SELECT * FROM timer_events WHERE account_id = :accountId AND happened_at >= :from AND happened_at < :until
            ORDER BY happened_at""")
    List<BreakEvent> during(UUID accountId, Instant from, Instant until);

    List<BreakEvent> findByAccountIdOrderByHappenedAt(UUID accountId);

    @Modifying
    @Query("DELETE FROM timer_events WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
