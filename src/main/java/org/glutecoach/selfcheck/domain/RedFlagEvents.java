package org.glutecoach.selfcheck.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every red-flag screen shown. */
public interface RedFlagEvents extends ListCrudRepository<RedFlagEvent, UUID> {

    List<RedFlagEvent> findByAccountIdOrderByShownAt(UUID accountId);

    List<RedFlagEvent> findByAccountIdInAndShownAtGreaterThanEqualOrderByShownAtDesc(
            java.util.Collection<UUID> accountIds, Instant since);

    /**
     * Marks the call as tapped, for screens that showed a call button; the same tap twice changes nothing more. A
     * screen shown to a signed-in person can only be marked by them.
     */
    @Modifying
    @Query("UPDATE selfcheck_red_flag_events SET user_tapped_call = TRUE, updated_at = :now, version = version + 1"
            + " WHERE id = :id AND action_shown IN ('call999', 'callCancerTeam', 'call111') AND user_tapped_call = FALSE"
            + " AND (account_id IS NULL OR account_id = CAST(:caller AS UUID))")
    boolean markCallTapped(UUID id, Instant now, @Nullable UUID caller);

    @Modifying
    @Query("DELETE FROM selfcheck_red_flag_events WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
