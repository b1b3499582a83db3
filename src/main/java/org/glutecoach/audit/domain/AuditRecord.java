package org.glutecoach.audit.domain;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.audit.AuditEntry;
import org.glutecoach.shared.AppendOnlyRecord;
import org.glutecoach.shared.AuditAction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the audit log. Lines are only ever added (and erased with the account).
 */
@Table("audit_events")
public class AuditRecord extends AppendOnlyRecord {

    static final int MAX_DETAIL = 200;

    private final Instant occurredAt;
    private final @Nullable UUID actorId;
    private final @Nullable UUID subjectId;
    private final AuditAction action;
    private final @Nullable String detail;
    private final @Nullable String origin;

    /** A stored line; an action this build does not know (a newer version wrote it) reads as UNKNOWN. */
    @PersistenceCreator
    AuditRecord(
            UUID id,
            Instant occurredAt,
            @Nullable UUID actorId,
            @Nullable UUID subjectId,
            String action,
            @Nullable String detail,
            @Nullable String origin) {
        this(id, occurredAt, actorId, subjectId, AuditAction.stored(action), detail, origin, false);
    }

    private AuditRecord(
            UUID id,
            Instant occurredAt,
            @Nullable UUID actorId,
            @Nullable UUID subjectId,
            AuditAction action,
            @Nullable String detail,
            @Nullable String origin,
            boolean added) {
        super(id, added);
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.action = action;
        this.detail = detail;
        this.origin = origin;
    }

    /** A new line; a detail longer than the column keeps its start. */
    public static AuditRecord of(
            Instant occurredAt,
            @Nullable UUID actor,
            @Nullable UUID subject,
            AuditAction action,
            @Nullable String detail,
            @Nullable String origin) {
        var shortened = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return new AuditRecord(UUID.randomUUID(), occurredAt, actor, subject, action, shortened, origin, true);
    }

    public AuditEntry entry() {
        return new AuditEntry(occurredAt, actorId, subjectId, action, detail, origin);
    }
}
