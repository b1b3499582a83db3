package org.glutecoach.tracker;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One week of a long period as its charts draw it (a point a week instead of a point a day): for each measure, the
 * mean of the days in the week that have it and how many days that is, {@code null} when none has (a gap, never a
 * zero). Weeks are counted back from the period's last day, so the last week is always seven whole days and only
 * the first may be shorter.
 *
 * @param first the week's first day, never before the period's; {@code last} its last day
 * @param routines the share of the days filled in that had a routine (the mean of 1 for yes and 0 for no)
 */
public record ChartWeek(
        LocalDate first,
        LocalDate last,
        int daysLogged,
        @Nullable Mean left,
        @Nullable Mean right,
        @Nullable Mean middle,
        @Nullable Mean hoursSitting,
        @Nullable Mean breaks,
        @Nullable Mean routines) {

    /** The mean of a week's values and the number of days it is the mean of (at least 1). */
    public record Mean(double value, int days) {

        /** The mean of a sum over some days, or {@code null} over none. */
        public static @Nullable Mean of(long sum, int days) {
            return days == 0 ? null : new Mean((double) sum / days, days);
        }
    }

    public @Nullable Mean soreness(Side side) {
        return switch (side) {
            case LEFT -> left;
            case RIGHT -> right;
            case MIDDLE -> middle;
        };
    }
}
