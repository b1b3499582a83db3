package org.glutecoach.timer.domain;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.timer.BreakKind;
import org.glutecoach.timer.TimerEventView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One thing the browser's timer reported: a break taken, skipped or postponed, or a break of the person's own.
 * Never changed once stored; stored only through {@link BreakEvents#storeIfNew}, so a resend is ignored.
 */
@Table("timer_events")
public class BreakEvent {

    private final @Id UUID id;
    private final UUID accountId;
    private final BreakKind kind;
    private final Instant happenedAt;
    private final Instant recordedAt;

    @PersistenceCreator
    BreakEvent(UUID id, UUID accountId, BreakKind kind, Instant happenedAt, Instant recordedAt) {
        this.id = id;
        this.accountId = accountId;
        this.kind = kind;
        this.happenedAt = happenedAt;
        this.recordedAt = recordedAt;
    }

    /** An event as it would be stored: for the statistics' tests and for checking a list before storing it. */
    public static BreakEvent of(UUID id, UUID accountId, BreakKind kind, Instant happenedAt, Instant recordedAt) {
        return new BreakEvent(id, accountId, kind, happenedAt, recordedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public BreakKind kind() {
        return kind;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public TimerEventView view() {
        return new TimerEventView(id, kind.apiName(), happenedAt);
    }
}
