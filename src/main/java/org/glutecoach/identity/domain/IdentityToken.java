package org.glutecoach.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.glutecoach.shared.SingleUseSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use secret sent by mail (verify an address, reset a password). Only its SHA-256 hash is
 * stored; the secret itself exists once, in the link.
 */
@Table("identity_tokens")
public class IdentityToken implements Persistable<UUID> {

    private final @Id UUID id;
    private final @Nullable UUID accountId;
    private final TokenPurpose purpose;
    private final @Nullable String newEmail;

    @Embedded.Empty
    private SingleUseSecret secret;

    private @Transient boolean isNew;

    @PersistenceCreator
    IdentityToken(
            UUID id,
            @Nullable UUID accountId,
            TokenPurpose purpose,
            @Nullable String newEmail,
            SingleUseSecret secret) {
        this.id = id;
        this.accountId = accountId;
        this.purpose = purpose;
        this.newEmail = newEmail;
        this.secret = secret;
    }

    /** A new token and its secret, which the caller puts in a link and then forgets. */
    public record Issued(IdentityToken token, String secret) {}

    public static Issued issue(TokenPurpose purpose, @Nullable UUID accountId, @Nullable String newEmail, Clock clock) {
        var issued = SingleUseSecret.issue(purpose.lifetime(), clock);
        var token = new IdentityToken(UUID.randomUUID(), accountId, purpose, newEmail, issued.stored());
        token.isNew = true;
        return new Issued(token, issued.secret());
    }

    public boolean usableFor(TokenPurpose wanted, Clock clock) {
        return purpose == wanted && secret.usable(clock);
    }

    /**
     * Marks the token used in this object only. For a one-time action use {@link IdentityTokens#useOnce}, which
     * the database makes atomic; this stays for changes that need no such guarantee.
     */
    public void use(Clock clock) {
        secret = secret.used(clock);
    }

    public UUID id() {
        return id;
    }

    public @Nullable UUID accountId() {
        return accountId;
    }

    public @Nullable String newEmail() {
        return newEmail;
    }

    public Instant createdAt() {
        return secret.createdAt();
    }

    public Instant expiresAt() {
        return secret.expiresAt();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }
}
