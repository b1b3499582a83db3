package org.glutecoach.tracker.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Next-day soreness after days with a sitting habit (a wallet in a back pocket) against days without. Shown only
 * when each group has at least {@value #DAYS_NEEDED} days; it compares averages, so it shows a link, not a cause.
 */
public record HabitComparison(
        int daysWith,
        int daysWithout,
        @Nullable Double meanWith,
        @Nullable Double meanWithout) {

    public static final int DAYS_NEEDED = 5;

    /** A day: whether the habit was ticked, and the next day's soreness. */
    public record Day(boolean withHabit, int nextDaySoreness) {}

    public static HabitComparison of(List<Day> days) {
        var with = days.stream()
                .filter(Day::withHabit)
                .mapToInt(Day::nextDaySoreness)
                .toArray();
        var without = days.stream()
                .filter(d -> !d.withHabit())
                .mapToInt(Day::nextDaySoreness)
                .toArray();
        if (with.length < DAYS_NEEDED || without.length < DAYS_NEEDED) {
            return new HabitComparison(with.length, without.length, null, null);
        }
        return new HabitComparison(
                with.length,
                without.length,
                java.util.Arrays.stream(with).average().orElseThrow(),
                java.util.Arrays.stream(without).average().orElseThrow());
    }
}
