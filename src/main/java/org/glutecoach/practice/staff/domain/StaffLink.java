package org.glutecoach.practice.staff.domain;

import java.time.Clock;
import java.util.UUID;
import org.glutecoach.shared.SingleUseLink;
import org.glutecoach.shared.SingleUseSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use link that brings someone onto the staff: the owner's set-up link (printed to the log) or a
 * therapist's invitation (mailed). Only the SHA-256 hash of its secret is stored; the secret exists once, in the
 * link.
 */
@Table("practice_staff_links")
public class StaffLink extends SingleUseLink {

    private final StaffLinkPurpose purpose;
    private final @Nullable String email;

    @PersistenceCreator
    StaffLink(UUID id, StaffLinkPurpose purpose, @Nullable String email, SingleUseSecret secret) {
        super(id, secret);
        this.purpose = purpose;
        this.email = email;
    }

    /** A new link and its secret, which the caller puts in a link and then forgets. */
    public record Issued(StaffLink link, String secret) {}

    /** @param email the invited address; none for the owner's set-up link */
    public static Issued issue(StaffLinkPurpose purpose, @Nullable String email, Clock clock) {
        var issued = SingleUseSecret.issue(purpose.lifetime(), clock);
        var link = new StaffLink(UUID.randomUUID(), purpose, email, issued.stored());
        link.markNew();
        return new Issued(link, issued.secret());
    }

    public boolean usableFor(StaffLinkPurpose wanted, Clock clock) {
        return purpose == wanted && usable(clock);
    }

    public @Nullable String email() {
        return email;
    }
}
