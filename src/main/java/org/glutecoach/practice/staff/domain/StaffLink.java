package org.glutecoach.practice.staff.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.glutecoach.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use link that brings someone onto the staff: the owner's set-up link (printed to the log) or a
 * therapist's invitation (mailed). Only the SHA-256 hash of its secret is stored; the secret exists once, in the
 * link.
 */
@Table("practice_staff_links")
public class StaffLink implements Persistable<UUID> {

    private final @Id UUID id;
    private final StaffLinkPurpose purpose;
    private final String tokenHash;
    private final @Nullable String email;
    private final Instant expiresAt;
    private final @Nullable Instant usedAt;
    private final Instant createdAt;
    private @Transient boolean isNew;

    @PersistenceCreator
    StaffLink(
            UUID id,
            StaffLinkPurpose purpose,
            String tokenHash,
            @Nullable String email,
            Instant expiresAt,
            @Nullable Instant usedAt,
            Instant createdAt) {
        this.id = id;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.email = email;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.createdAt = createdAt;
    }

    /** A new link and its secret, which the caller puts in a link and then forgets. */
    public record Issued(StaffLink link, String secret) {}

    /** @param email the invited address; none for the owner's set-up link */
    public static Issued issue(StaffLinkPurpose purpose, @Nullable String email, Clock clock) {
        var secret = Secrets.random(32);
        var now = clock.instant();
        var link = new StaffLink(
                UUID.randomUUID(), purpose, Secrets.hash(secret), email, now.plus(purpose.lifetime()), null, now);
        link.isNew = true;
        return new Issued(link, secret);
    }

    public boolean usableFor(StaffLinkPurpose wanted, Clock clock) {
        return purpose == wanted && usedAt == null && clock.instant().isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public @Nullable String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
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
