package org.glutecoach.audit;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.shared.AuditAction;
import org.jspecify.annotations.Nullable;

/**
 * One line of the whole log as the practice owner reads it: each account by name, or marked deleted when it is
 * gone (its id alone would tell the owner nothing).
 */
public record AuditLine(
        Instant occurredAt,
        AuditAction action,
        @Nullable String detail,
        @Nullable String origin,
        @Nullable Party who,
        @Nullable Party whose) {

    /** An account named in a line: its id (to filter by), and its name unless the account was deleted. */
    public record Party(UUID id, @Nullable String name) {

        public boolean deleted() {
            return name == null;
        }
    }
}
