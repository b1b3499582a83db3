package org.glutecoach.timer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What happened when a break was due, or between breaks; written in lower case in the API ({@code "taken"}). */
public enum BreakKind {
    /** The person took the break the timer offered. */
    TAKEN,
    /** They skipped it. */
    SKIPPED,
    /** They put it off for a few minutes. */
    POSTPONED,
    /** "I just stood up": a break of their own, which restarts the interval. */
    NATURAL;

    /** Whether the person got up: these count as breaks, in the statistics and in the tracker. */
    public boolean isBreak() {
        return this == TAKEN || this == NATURAL;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BreakKind> fromApiName(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.apiName().equals(name))
                .findFirst();
    }
}
