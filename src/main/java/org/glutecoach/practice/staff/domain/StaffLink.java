package org.glutecoach.practice.staff.domain;

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
 * A single-use link that brings someone onto the staff: the owner's set-up link (printed to the log) or a
 * therapist's invitation (mailed). Only the SHA-256 hash of its secret is stored; the secret exists once, in the
 * link.
 */
@Table("practice_staff_links")
public class StaffLink implements Persistable<UUID> {

    private final @Id UUID id;
    private final StaffLinkPurpose purpose;
    private final @Nullable String email;

    @Embedded.Empty
    private final SingleUseSecret secret;

    private @Transient boolean isNew;

    @PersistenceCreator
    StaffLink(UUID id, StaffLinkPurpose purpose, @Nullable String email, SingleUseSecret secret) {
        this.id = id;
        this.purpose = purpose;
        this.email = email;
        this.secret = secret;
    }

    /** A new link and its secret, which the caller puts in a link and then forgets. */
    public record Issued(StaffLink link, String secret) {}

    /** @param email the invited address; none for the owner's set-up link */
    public static Issued issue(StaffLinkPurpose purpose, @Nullable String email, Clock clock) {
        var issued = SingleUseSecret.issue(purpose.lifetime(), clock);
        var link = new StaffLink(UUID.randomUUID(), purpose, email, issued.stored());
        link.isNew = true;
        return new Issued(link, issued.secret());
    }

    public boolean usableFor(StaffLinkPurpose wanted, Clock clock) {
        return purpose == wanted && secret.usable(clock);
    }

    public UUID id() {
        return id;
    }

    public @Nullable String email() {
        return email;
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
