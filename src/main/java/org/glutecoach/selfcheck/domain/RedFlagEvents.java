package org.glutecoach.selfcheck.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every red-flag screen shown. */
public interface RedFlagEvents extends ListCrudRepository<RedFlagEvent, UUID> {

    List<RedFlagEvent> findByAccountIdOrderByShownAt(UUID accountId);

    @Modifying
    @Query("DELETE FROM selfcheck_red_flag_events WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
