package org.glutecoach.selfcheck.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Results people chose to keep; each read only ever by its owner. */
public interface KeptResults extends ListCrudRepository<KeptResult, UUID> {

    /** A person's kept results, newest first (the id orders two kept in the same instant). */
    List<KeptResult> findByAccountIdOrderByTakenAtDescIdAsc(UUID accountId);

    @Modifying
    @Query("DELETE FROM selfcheck_results WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
