package org.glutecoach.tracker;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the log shows for a period: each side's findings and series, and the day-by-day sitting, breaks and
 * routines. A day with no entry is in the series with {@code null} values: a gap, never a zero.
 *
 * @param days one element per calendar day from {@code from} to {@code to}
 */
public record SummaryView(LocalDate from, LocalDate to, int daysLogged, List<SideSummary> sides, List<Day> days) {

    public SummaryView {
        sides = List.copyOf(sides);
        days = List.copyOf(days);
    }

    /**
     * One side.
     *
     * @param change the verdict on change since the start (outcome-measures §3): TOO_EARLY, NO_RECENT_ENTRIES,
     *        MEANINGFUL_IMPROVEMENT, WORSE or SMALL_OR_NO_CHANGE
     * @param start the mean of the first 3 ratings in the period; {@code now} the mean of its last 7 days
     * @param correlation Spearman's rank correlation of a day's hours sitting with the next day's soreness on this
     *        side; {@code null} below 14 pairs of days
     * @param strength a plain word for the correlation's size, or {@code null}
     * @param walletMean the mean next-day soreness after days with a wallet in a back pocket ({@code null} unless
     *        both groups have at least 5 days); {@code noWalletMean} after days without
     * @param soreness one point per day: the rating and the 7-day rolling mean, each {@code null} in a gap
     */
    public record SideSummary(
            Side side,
            String change,
            int daysRated,
            @Nullable Double start,
            @Nullable Double now,
            @Nullable Double correlation,
            int pairs,
            @Nullable String strength,
            int walletDays,
            int noWalletDays,
            @Nullable Double walletMean,
            @Nullable Double noWalletMean,
            @Nullable Integer lowest,
            @Nullable Integer highest,
            List<Point> soreness) {

        public SideSummary {
            soreness = List.copyOf(soreness);
        }
    }

    public record Point(
            LocalDate date,
            @Nullable Integer value,
            @Nullable Double rollingMean) {}

    public record Day(
            LocalDate date,
            @Nullable Double hoursSitting,
            @Nullable Integer breaks,
            boolean logged,
            boolean routineDone) {}

    public SideSummary side(Side side) {
        return sides.stream().filter(s -> s.side() == side).findFirst().orElseThrow();
    }
}
