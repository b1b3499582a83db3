package org.glutecoach.practice.clients.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The practice's clients. Searching and listing are reports (ClientSearch); this finds and saves one record. */
public interface Clients extends ListCrudRepository<Client, UUID> {

    Optional<Client> findByAccountId(UUID accountId);

    /** Unlinked records with this address (a walk-in the practice already holds), oldest first. */
    @Query("SELECT * FROM practice_clients WHERE email = :email AND account_id IS NULL ORDER BY created_at")
    List<Client> unlinkedWithEmail(String email);
}
