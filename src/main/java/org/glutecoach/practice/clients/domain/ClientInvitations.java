package org.glutecoach.practice.clients.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Invitations to clients, found by the hash of their secret. */
public interface ClientInvitations extends ListCrudRepository<ClientInvitation, UUID> {

    @Query("SELECT * FROM practice_client_invitations WHERE token_hash = :tokenHash")
    Optional<ClientInvitation> findByTokenHash(String tokenHash);

    /** Ends the client's invitations that still work (a new one replaces them). */
    @Modifying
    @Query("UPDATE practice_client_invitations SET used_at = :now WHERE client_id = :clientId AND used_at IS NULL")
    int retireFor(UUID clientId, Instant now);

    /** Uses an invitation once: only one of two simultaneous acceptances changes the row. */
    @Modifying
    @Query("UPDATE practice_client_invitations SET used_at = :now WHERE id = :id AND used_at IS NULL"
            + " AND expires_at > :now")
    int useOnce(UUID id, Instant now);
}
