package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * How one side's soreness changed since the start, by the rules of docs/domain/outcome-measures.md §3: the start is
 * the mean of the first 3 entries, now is the mean of the last 7 days' entries; a drop of 2 points or 30% is a
 * meaningful improvement (Farrar 2001, Ostelo 2008), a rise of 2 points is worse. No verdict on improvement or
 * worsening before 14 days of entries (our choice, as the fact sheet says).
 *
 * @param start mean of the first 3 entries, or {@code null} when there are fewer
 * @param now mean of the entries in the 7 days up to the last day, or {@code null} when there are none
 */
public record ChangeSinceStart(
        Verdict verdict,
        int days,
        @Nullable Double start,
        @Nullable Double now) {

    public static final int DAYS_NEEDED = 14;
    static final int START_ENTRIES = 3;
    static final int RECENT_DAYS = 7;
    /** Means of whole numbers over at most 7 days: anything closer than this is equal. */
    private static final double SAME = 1e-9;

    public enum Verdict {
        TOO_EARLY,
        NO_RECENT_ENTRIES,
        MEANINGFUL_IMPROVEMENT,
        WORSE,
        SMALL_OR_NO_CHANGE
    }

    /**
     * @param scores the side's soreness by day (only days the person rated this side)
     * @param lastDay the last day of the period looked at (usually the person's today)
     */
    public static ChangeSinceStart of(SortedMap<LocalDate, Integer> scores, LocalDate lastDay) {
        var start = startOf(scores);
        var now = recentMean(scores, lastDay);
        if (scores.size() < DAYS_NEEDED || start == null) {
            return new ChangeSinceStart(Verdict.TOO_EARLY, scores.size(), start, now);
        }
        if (now == null) {
            return new ChangeSinceStart(Verdict.NO_RECENT_ENTRIES, scores.size(), start, null);
        }
        var drop = start - now;
        var share = start > 0 ? drop / start : 0;
        Verdict verdict;
        if (start >= 1 - SAME && (drop >= 2 - SAME || share >= 0.30 - SAME)) {
            verdict = Verdict.MEANINGFUL_IMPROVEMENT;
        } else if (now - start >= 2 - SAME) {
            verdict = Verdict.WORSE;
        } else {
            verdict = Verdict.SMALL_OR_NO_CHANGE;
        }
        return new ChangeSinceStart(verdict, scores.size(), start, now);
    }

    /**
     * Whether soreness rose by 2 points or more against the start (any number of days, from 3 entries on): new or
     * changed symptoms are a reason to check for red flags again (NICE NG59).
     */
    public static boolean roseByTwo(SortedMap<LocalDate, Integer> scores, LocalDate lastDay) {
        var start = startOf(scores);
        var now = recentMean(scores, lastDay);
        return start != null && now != null && now - start >= 2 - SAME;
    }

    static @Nullable Double startOf(SortedMap<LocalDate, Integer> scores) {
        if (scores.size() < START_ENTRIES) {
            return null;
        }
        return scores.values().stream()
                .limit(START_ENTRIES)
                .mapToInt(Integer::intValue)
                .average()
                .orElseThrow();
    }

    static @Nullable Double recentMean(SortedMap<LocalDate, Integer> scores, LocalDate lastDay) {
        var recent = scores.subMap(lastDay.minusDays(RECENT_DAYS - 1), lastDay.plusDays(1))
                .values();
        return recent.isEmpty()
                ? null
                : recent.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
