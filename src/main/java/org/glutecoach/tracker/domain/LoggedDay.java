package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import org.glutecoach.tracker.Side;
import org.jspecify.annotations.Nullable;

/**
 * One logged day of a period, as its summary needs it: the day's figures and, for each side rated that day, the
 * rating with the sum and count of the period's ratings in the 7 days ending on it. The database works these out
 * with a window over the (account, date) key ({@link LoggedDays}); {@link Summaries#of(java.util.List, LocalDate,
 * LocalDate)} works them out in Java from entries.
 */
public record LoggedDay(
        LocalDate date,
        @Nullable Double hoursSitting,
        @Nullable Integer breaks,
        boolean routineDone,
        boolean walletInBackPocket,
        @Nullable Rating left,
        @Nullable Rating right,
        @Nullable Rating middle) {

    /** A side's rating on the day, and the ratings of the 7 days ending on it (this one included). */
    public record Rating(int value, long recentSum, long recentCount) {

        /** The 7-day rolling mean, computed as {@code IntStream.average()} does, so both paths agree to the bit. */
        public double recentMean() {
            return (double) recentSum / recentCount;
        }
    }

    public @Nullable Rating rating(Side side) {
        return switch (side) {
            case LEFT -> left;
            case RIGHT -> right;
            case MIDDLE -> middle;
        };
    }
}
