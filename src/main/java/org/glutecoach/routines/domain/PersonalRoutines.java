package org.glutecoach.routines.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** People's own routines; every query names the account, so one person never reaches another's. */
public interface PersonalRoutines extends ListCrudRepository<PersonalRoutine, UUID> {

    List<PersonalRoutine> findByAccountIdOrderByCreatedAt(UUID accountId);

    Optional<PersonalRoutine> findByIdAndAccountId(UUID id, UUID accountId);

    @Modifying
    @Query("DELETE FROM routines_personal WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
