package org.glutecoach.routines.domain;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.routines.HoldReason;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person was shown an EMERGENCY or URGENT red-flag screen, or answered pins and needles or numbness in a comfort
 * check: their routines wait until they pass the self-check again after {@link #shownAt()}. A later one moves the
 * time on; it never moves back. The reason kept is the one to tell them (a red-flag screen outranks a comfort check).
 */
@Table("routines_red_flag_holds")
public class RedFlagHold implements Persistable<UUID> {

    private final @Id UUID accountId;
    private Instant shownAt;
    private HoldReason cause;
    private @Transient boolean isNew;

    @PersistenceCreator
    RedFlagHold(UUID accountId, Instant shownAt, HoldReason cause) {
        this.accountId = accountId;
        this.shownAt = shownAt;
        this.cause = cause;
    }

    public static RedFlagHold shown(UUID accountId, Instant shownAt) {
        return held(accountId, shownAt, HoldReason.RED_FLAG);
    }

    public static RedFlagHold held(UUID accountId, Instant at, HoldReason cause) {
        var hold = new RedFlagHold(accountId, at, cause);
        hold.isNew = true;
        return hold;
    }

    /** Another screen shown: the hold now lasts until a pass after the later of the two. */
    public RedFlagHold shownAgain(Instant at) {
        return heldAgain(at, HoldReason.RED_FLAG);
    }

    /** Held again, for {@code reason}: until a pass after the later of the two times. */
    public RedFlagHold heldAgain(Instant at, HoldReason reason) {
        if (at.isAfter(shownAt)) {
            shownAt = at;
        }
        cause = cause.and(reason);
        return this;
    }

    public HoldReason cause() {
        return cause;
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
