package org.glutecoach.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Mailed tokens, found by the hash of their secret. */
public interface IdentityTokens extends ListCrudRepository<IdentityToken, UUID> {

    @Query("SELECT * FROM identity_tokens WHERE token_hash = :tokenHash")
    Optional<IdentityToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("DELETE FROM identity_tokens WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);

    /** Makes earlier links of one kind useless once a newer one is sent or one is used. */
    @Modifying
    @Query("UPDATE identity_tokens SET used_at = CURRENT_TIMESTAMP WHERE account_id = :accountId "
            + "AND purpose = :purpose AND used_at IS NULL")
    void retireAll(UUID accountId, String purpose);

    /**
     * Ends every outstanding link of the account, whatever it was for: after a password change, a reset, a new
     * address or "sign out everywhere", a link asked for before (perhaps by someone else) must not work.
     */
    @Modifying
    @Query("UPDATE identity_tokens SET used_at = CURRENT_TIMESTAMP WHERE account_id = :accountId "
            + "AND used_at IS NULL")
    void retireEveryLinkOf(UUID accountId);

    /**
     * Uses a link, once: the database changes the row only if nobody used it first (a second transaction waits
     * for the first and then finds it used), so two submissions at the same moment cannot both pass.
     *
     * @return 1 if this call used it, 0 if it was used already or has expired)
     */
    @Modifying
    @Query("UPDATE identity_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL AND expires_at > :now")
    int useOnce(UUID id, Instant now);
}
