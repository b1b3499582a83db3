package org.glutecoach.routines.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The recorded sessions; every query names the account. */
public interface RoutineSessions extends ListCrudRepository<RoutineSession, UUID> {

    List<RoutineSession> findByAccountIdOrderByEndedAtDesc(UUID accountId);

    List<RoutineSession> findTop5ByAccountIdOrderByEndedAtDesc(UUID accountId);

    /** The sessions that ended after {@code from}, oldest first (the lagging-side rule reads two weeks). */
    List<RoutineSession> findByAccountIdAndEndedAtAfterOrderByEndedAt(UUID accountId, Instant from);

    @Modifying
    @Query("DELETE FROM routines_sessions WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
