package org.glutecoach.timer;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event as the browser queued it. Every part may be missing in what was sent; the service names each one
 * that is, so the API answers with a field error rather than a generic "unreadable".
 *
 * @param id made by the browser, so sending the same event again is recognised and ignored
 * @param kind {@code taken}, {@code skipped}, {@code postponed} or {@code natural}
 * @param at when it happened, by the browser's clock
 */
public record RecordBreak(
        @Nullable UUID id, @Nullable String kind, @Nullable Instant at) {}
