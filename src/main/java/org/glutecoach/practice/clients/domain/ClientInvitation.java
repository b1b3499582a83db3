package org.glutecoach.practice.clients.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist's invitation to a client to link their account: a single-use link that works for a week. Only the
 * hash of its secret is stored; the secret exists once, in the mailed link.
 */
@Table("practice_client_invitations")
public class ClientInvitation implements Persistable<UUID> {

    public static final Duration LIFETIME = Duration.ofDays(7);

    private final @Id UUID id;
    private final UUID clientId;
    private final String email;
    private final String tokenHash;
    private final UUID invitedBy;
    private final Instant expiresAt;
    private final @Nullable Instant usedAt;
    private final Instant createdAt;
    private @Transient boolean isNew;

    @PersistenceCreator
    ClientInvitation(
            UUID id,
            UUID clientId,
            String email,
            String tokenHash,
            UUID invitedBy,
            Instant expiresAt,
            @Nullable Instant usedAt,
            Instant createdAt) {
        this.id = id;
        this.clientId = clientId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.createdAt = createdAt;
    }

    /** A new invitation and its secret, which the caller puts in the mailed link and then forgets. */
    public record Issued(ClientInvitation invitation, String secret) {}

    public static Issued issue(ClientId client, String email, AccountId invitedBy, Clock clock) {
        var secret = Secrets.random(32);
        var now = clock.instant();
        var invitation = new ClientInvitation(
                UUID.randomUUID(),
                client.value(),
                email,
                Secrets.hash(secret),
                invitedBy.value(),
                now.plus(LIFETIME),
                null,
                now);
        invitation.isNew = true;
        return new Issued(invitation, secret);
    }

    public boolean usable(Clock clock) {
        return usedAt == null && clock.instant().isBefore(expiresAt);
    }

    public ClientId client() {
        return new ClientId(clientId);
    }

    public UUID id() {
        return id;
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
