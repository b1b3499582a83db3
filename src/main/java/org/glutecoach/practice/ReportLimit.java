package org.glutecoach.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A modest cap on "report a problem" reports per hour, so the public form cannot flood the practice's mailbox. Kept
 * in memory by each instance: a rough guard, not an account of every report.
 */
final class ReportLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    ReportLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts one more report if the last hour has room for it. */
    synchronized boolean tryTake() {
        var now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= perHour) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
