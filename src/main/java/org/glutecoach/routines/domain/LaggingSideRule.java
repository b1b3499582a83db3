package org.glutecoach.routines.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glutecoach.routines.LaggingSide;

/**
 * When a side lags (issue 16: "after two weeks of a lagging side"). Over the last {@link #WINDOW}, take the sessions
 * in which both sides were rated: there must be at least {@link #MIN_SESSIONS}, the first and the last at least
 * {@link #MIN_SPAN} apart (a lag that lasts, not one bad weekend), and one side's mean rating at least
 * {@link #MIN_GAP} points below the other's. Our convention, not a clinical threshold: the ratings are the person's
 * own 0-10 sense of how well each side switched on.
 */
public final class LaggingSideRule {

    public static final Duration WINDOW = Duration.ofDays(14);
    public static final int MIN_SESSIONS = 4;
    public static final Duration MIN_SPAN = Duration.ofDays(7);
    public static final double MIN_GAP = 2.0;

    private LaggingSideRule() {}

    /** Both sides' ratings of one session, and when it ended. */
    public record Rated(Instant endedAt, int left, int right) {}

    /** The lagging side, if the ratings up to {@code now} show one. */
    public static Optional<LaggingSide> of(List<Rated> sessions, Instant now) {
        var from = now.minus(WINDOW);
        var recent = sessions.stream()
                .filter(s -> !s.endedAt().isBefore(from) && !s.endedAt().isAfter(now))
                .toList();
        if (recent.size() < MIN_SESSIONS) {
            return Optional.empty();
        }
        var first = recent.stream().map(Rated::endedAt).min(Instant::compareTo).orElseThrow();
        var last = recent.stream().map(Rated::endedAt).max(Instant::compareTo).orElseThrow();
        if (Duration.between(first, last).compareTo(MIN_SPAN) < 0) {
            return Optional.empty();
        }
        // Sums in whole points, so "2 points lower" is exact (no rounding of the means).
        var left = recent.stream().mapToInt(Rated::left).sum();
        var right = recent.stream().mapToInt(Rated::right).sum();
        if (Math.abs(left - right) < MIN_GAP * recent.size()) {
            return Optional.empty();
        }
        var gap = Math.abs(left - right) / (double) recent.size();
        var side = left < right ? LaggingSide.Which.LEFT : LaggingSide.Which.RIGHT;
        return Optional.of(new LaggingSide(side, gap, recent.size()));
    }
}
