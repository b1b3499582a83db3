package org.glutecoach.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something the audit log keeps: who ({@code actorId}) did what ({@code action}) to whose data
 * ({@code subjectId}). Any module publishes one as an application event; the audit module stores it with the time
 * and the address the request came from. {@code detail} names things (a consent kind), never health data.
 */
public record AuditEvent(
        @Nullable UUID actorId,
        @Nullable UUID subjectId,
        AuditAction action,
        @Nullable String detail) {

    public static AuditEvent bySelf(UUID accountId, AuditAction action) {
        return new AuditEvent(accountId, accountId, action, null);
    }

    public static AuditEvent bySelf(UUID accountId, AuditAction action, String detail) {
        return new AuditEvent(accountId, accountId, action, detail);
    }
}
