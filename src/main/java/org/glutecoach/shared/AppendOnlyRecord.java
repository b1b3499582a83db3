package org.glutecoach.shared;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row that is only ever added, never changed (a consent answer, an audit line), so its table has no version
 * column to tell Spring Data JDBC whether to insert or update: a record made by its factory is new, one read back
 * never is (ADR 10).
 */
public abstract class AppendOnlyRecord implements Persistable<UUID> {

    private final @Id UUID id;
    private final @Transient boolean added;

    /** @param added true when made to be saved, false when read back */
    protected AppendOnlyRecord(UUID id, boolean added) {
        this.id = id;
        this.added = added;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return added;
    }
}
