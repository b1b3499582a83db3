package org.glutecoach.routines.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** A person confirmed, before their first routine, that they passed the red-flag screen recently. */
@Table("routines_screen_confirmations")
public class ScreenConfirmation implements Persistable<UUID> {

    private final @Id UUID accountId;
    private final Instant confirmedAt;
    private @Transient boolean isNew;

    @PersistenceCreator
    ScreenConfirmation(UUID accountId, Instant confirmedAt) {
        this.accountId = accountId;
        this.confirmedAt = confirmedAt;
    }

    public static ScreenConfirmation confirmed(UUID accountId, Instant now) {
        var confirmation = new ScreenConfirmation(accountId, now);
        confirmation.isNew = true;
        return confirmation;
    }

    public Instant confirmedAt() {
        return confirmedAt;
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
