package org.glutecoach.routines.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person was shown an EMERGENCY or URGENT red-flag screen: their routines wait until they pass the self-check
 * again after {@link #shownAt()}. A later screen moves the time on; it never moves back.
 */
@Table("routines_red_flag_holds")
public class RedFlagHold implements Persistable<UUID> {

    private final @Id UUID accountId;
    private Instant shownAt;
    private @Transient boolean isNew;

    @PersistenceCreator
    RedFlagHold(UUID accountId, Instant shownAt) {
        this.accountId = accountId;
        this.shownAt = shownAt;
    }

    public static RedFlagHold shown(UUID accountId, Instant shownAt) {
        var hold = new RedFlagHold(accountId, shownAt);
        hold.isNew = true;
        return hold;
    }

    /** Another screen shown: the hold now lasts until a pass after the later of the two. */
    public RedFlagHold shownAgain(Instant at) {
        if (at.isAfter(shownAt)) {
            shownAt = at;
        }
        return this;
    }

    public Instant shownAt() {
        return shownAt;
    }

    @Override
    public UUID getId() {
        return accountId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }
}
