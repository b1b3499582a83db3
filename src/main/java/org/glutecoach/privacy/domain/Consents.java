package org.glutecoach.privacy.domain;

import java.util.List;
import java.util.UUID;
import org.glutecoach.privacy.ConsentRecord;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The {@code privacy_consents} table: answers are only ever added, and erased with the account. */
public interface Consents extends Repository<Consent, UUID> {

    Consent save(Consent answer);

    List<Consent> findByAccountIdOrderByPosition(UUID accountId);

    /** Oldest first; the last entry of each kind is the one in force. */
    default List<ConsentRecord> historyOf(UUID accountId) {
        return findByAccountIdOrderByPosition(accountId).stream()
                .map(Consent::record)
                .toList();
    }

    /** One kind's answers of several people at once, oldest first; each person's last one is in force. */
    @Query("SELECT * FROM privacy_consents WHERE account_id IN (:accountIds) AND kind = :kind ORDER BY position")
    List<Consent> historyOf(java.util.Collection<UUID> accountIds, String kind);

    @Modifying
    @Query("DELETE FROM privacy_consents WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);
}
