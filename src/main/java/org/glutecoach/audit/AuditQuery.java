package org.glutecoach.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which lines of the whole log to read: those by or about one account (if {@code person} is set), of one kind
 * (if {@code action} is set), one page of {@code size} lines at a time, newest first. Pages count from 1.
 */
public record AuditQuery(@Nullable UUID person, @Nullable String action, int page, int size) {

    public AuditQuery {
        page = Math.max(1, page);
        size = Math.max(1, Math.min(size, 200));
    }
}
