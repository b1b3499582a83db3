package org.glutecoach.timer;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The timer's figures for a range of the person's days, per day and per week (Monday to Sunday, cut to the range).
 *
 * @param timeZone the zone the days and working hours are read in
 */
public record TimerStatsView(LocalDate from, LocalDate to, String timeZone, List<Period> days, List<Period> weeks) {

    /**
     * The figures of one day or week. Breaks are counted on the day they happened. Stretches are measured within
     * working hours (a stretch across midnight belongs to the day its working hours started) and only where the
     * timer was in use: working hours with no event at all in them say nothing about sitting.
     *
     * @param breaks breaks taken, including "I just stood up"
     * @param longestStretchMinutes the longest time in working hours without a break, or {@code null} when no
     *        working hours with the timer in use fall in the period
     * @param workingMinutes working time with the timer in use (up to now, for today)
     * @param minutesInLongSpells of that, the minutes in stretches over 30 minutes
     * @param longSpellsPercent {@code minutesInLongSpells} as a whole percentage of {@code workingMinutes}, or
     *        {@code null} when there is no such working time
     */
    public record Period(
            LocalDate start,
            LocalDate end,
            int breaks,
            int skipped,
            int postponed,
            @Nullable Integer longestStretchMinutes,
            int workingMinutes,
            int minutesInLongSpells,
            @Nullable Integer longSpellsPercent) {}
}
