package org.glutecoach.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * An aggregate that is a single-use link (an address check, an invitation): its id and its {@link SingleUseSecret},
 * embedded so its table keeps that record's columns; using it once is the database's job (see that record). What
 * the link is for stays in the subclass. A link made by its
 * factory is new (see {@link #markNew}); one read back never is, so Spring Data JDBC inserts the one and updates
 * the other without a version column.
 */
public abstract class SingleUseLink implements Persistable<UUID> {

    private final @Id UUID id;

    @Embedded.Empty
    private final SingleUseSecret secret;

    private @Transient boolean isNew;

    protected SingleUseLink(UUID id, SingleUseSecret secret) {
        this.id = id;
        this.secret = secret;
    }

    /** For the subclass's factory: the link was just issued, so saving it inserts a row. */
    protected final void markNew() {
        isNew = true;
    }

    /** Not used and not expired. */
    public boolean usable(Clock clock) {
        return secret.usable(clock);
    }

    public UUID id() {
        return id;
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
