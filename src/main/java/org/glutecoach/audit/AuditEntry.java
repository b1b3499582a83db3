package org.glutecoach.audit;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.shared.AuditAction;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. */
public record AuditEntry(
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable UUID subjectId,
        AuditAction action,
        @Nullable String detail,
        @Nullable String origin) {}
