package org.glutecoach.identity.domain;

import java.time.Clock;
import java.util.UUID;
import org.glutecoach.shared.SingleUseLink;
import org.glutecoach.shared.SingleUseSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use secret sent by mail (verify an address, reset a password). Only its SHA-256 hash is
 * stored; the secret itself exists once, in the link.
 */
@Table("identity_tokens")
public class IdentityToken extends SingleUseLink {

    private final @Nullable UUID accountId;
    private final TokenPurpose purpose;
    private final @Nullable String newEmail;

    @PersistenceCreator
    IdentityToken(
            UUID id,
            @Nullable UUID accountId,
            TokenPurpose purpose,
            @Nullable String newEmail,
            SingleUseSecret secret) {
        super(id, secret);
        this.accountId = accountId;
        this.purpose = purpose;
        this.newEmail = newEmail;
    }

    /** A new token and its secret, which the caller puts in a link and then forgets. */
    public record Issued(IdentityToken token, String secret) {}

    public static Issued issue(TokenPurpose purpose, @Nullable UUID accountId, @Nullable String newEmail, Clock clock) {
        var issued = SingleUseSecret.issue(purpose.lifetime(), clock);
        var token = new IdentityToken(UUID.randomUUID(), accountId, purpose, newEmail, issued.stored());
        token.markNew();
        return new Issued(token, issued.secret());
    }

    public boolean usableFor(TokenPurpose wanted, Clock clock) {
        return purpose == wanted && usable(clock);
    }

    public @Nullable UUID accountId() {
        return accountId;
    }

    public @Nullable String newEmail() {
        return newEmail;
    }
}
