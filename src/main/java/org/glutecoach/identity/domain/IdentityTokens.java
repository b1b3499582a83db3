package org.glutecoach.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Mailed tokens, found by the hash of their secret. */
public interface IdentityTokens extends ListCrudRepository<IdentityToken, UUID> {

    Optional<IdentityToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("DELETE FROM identity_tokens WHERE account_id = :accountId")
    void deleteByAccountId(UUID accountId);

    /** Makes earlier links of one kind useless once a newer one is sent or one is used. */
    @Modifying
    @Query("UPDATE identity_tokens SET used_at = CURRENT_TIMESTAMP WHERE account_id = :accountId "
            + "AND purpose = :purpose AND used_at IS NULL")
    void retireAll(UUID accountId, String purpose);
}
