package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every person's daily entries; each query names the account, and runs on the (account, date) key. */
public interface Entries extends ListCrudRepository<Entry, UUID> {

    Optional<Entry> findByAccountIdAndEntryDate(UUID accountId, LocalDate day);

    List<Entry> findByAccountIdAndEntryDateBetweenOrderByEntryDate(UUID accountId, LocalDate from, LocalDate to);

    List<Entry> findByAccountIdOrderByEntryDate(UUID accountId);

    Optional<Entry> findFirstByAccountIdOrderByEntryDate(UUID accountId);

    @Modifying
    @Query("DELETE FROM tracker_entries WHERE account_id = :accountId AND entry_date = :day")
    boolean deleteDay(UUID accountId, LocalDate day);

    @Modifying
    @Query("DELETE FROM tracker_entries WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
