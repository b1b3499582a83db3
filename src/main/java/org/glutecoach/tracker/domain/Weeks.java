package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.glutecoach.tracker.ChartWeek;
import org.glutecoach.tracker.EntryView;
import org.jspecify.annotations.Nullable;

/**
 * Weeks of a period for its charts: seven-day blocks counted back from the period's last day (so the last is the
 * latest seven days and only the first may be shorter). Dates only, so a week is seven days whatever the time
 * zone or a change to or from summer time. {@link LoggedWeeks} sums the weeks in SQL; {@link #of} does the same in
 * Java from entries, for the tests to hold the query to.
 */
public final class Weeks {

    /** Periods longer than this are drawn a point a week: the "all" range of a long log, never "1 year". */
    public static final int DRAWN_BY_WEEK_BEYOND_DAYS = 400;

    private Weeks() {}

    public static boolean drawnByWeek(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1 > DRAWN_BY_WEEK_BEYOND_DAYS;
    }

    /** How many whole weeks before the period's last week a day is: 0 for the last seven days. */
    public static int weeksBack(LocalDate day, LocalDate to) {
        return (int) (ChronoUnit.DAYS.between(day, to) / 7);
    }

    /** The number of weeks in a period, the first perhaps shorter than seven days. */
    public static int count(LocalDate from, LocalDate to) {
        return weeksBack(from, to) + 1;
    }

    /** The sums of one week as read from the table, with the week's place counted back from the period's end. */
    record Sums(
            int weeksBack,
            int daysLogged,
            long leftSum,
            int leftDays,
            long rightSum,
            int rightDays,
            long middleSum,
            int middleDays,
            long halfHoursSum,
            int hoursDays,
            long breaksSum,
            int breaksDays,
            int routineDays) {}

    /**
     * Every week of the period, oldest first, those with nothing filled in included (as gaps).
     *
     * @param sums the weeks that have entries, any order
     */
    static List<ChartWeek> ofSums(List<Sums> sums, LocalDate from, LocalDate to) {
        var count = count(from, to);
        var byWeek = new Sums[count];
        for (var week : sums) {
            byWeek[week.weeksBack()] = week;
        }
        var weeks = new ArrayList<ChartWeek>(count);
        for (int back = count - 1; back >= 0; back--) {
            var last = to.minusDays(7L * back);
            var first = last.minusDays(6).isBefore(from) ? from : last.minusDays(6);
            weeks.add(week(first, last, byWeek[back]));
        }
        return weeks;
    }

    private static ChartWeek week(LocalDate first, LocalDate last, @Nullable Sums sums) {
        if (sums == null) {
            return new ChartWeek(first, last, 0, null, null, null, null, null, null);
        }
        var hours = ChartWeek.Mean.of(sums.halfHoursSum(), sums.hoursDays());
        return new ChartWeek(
                first,
                last,
                sums.daysLogged(),
                ChartWeek.Mean.of(sums.leftSum(), sums.leftDays()),
                ChartWeek.Mean.of(sums.rightSum(), sums.rightDays()),
                ChartWeek.Mean.of(sums.middleSum(), sums.middleDays()),
                hours == null ? null : new ChartWeek.Mean(hours.value() / 2, hours.days()),
                ChartWeek.Mean.of(sums.breaksSum(), sums.breaksDays()),
                ChartWeek.Mean.of(sums.routineDays(), sums.daysLogged()));
    }

    /**
     * The same weeks worked out in Java from the period's entries, as {@link LoggedWeeks} does in SQL.
     *
     * @param entries any order; days outside {@code from..to} are ignored
     */
    public static List<ChartWeek> of(List<EntryView> entries, LocalDate from, LocalDate to) {
        var count = count(from, to);
        var totals = new long[count][13];
        for (var entry : entries) {
            if (entry.date().isBefore(from) || entry.date().isAfter(to)) {
                continue;
            }
            var week = totals[weeksBack(entry.date(), to)];
            week[0]++;
            add(week, 1, entry.sorenessLeft());
            add(week, 3, entry.sorenessRight());
            add(week, 5, entry.sorenessMiddle());
            add(week, 7, entry.hoursSitting() == null ? null : (int) Math.round(entry.hoursSitting() * 2));
            add(week, 9, entry.breaks());
            week[11] += entry.releaseDone() || entry.activationDone() ? 1 : 0;
        }
        var sums = new ArrayList<Sums>();
        for (int back = 0; back < count; back++) {
            var t = totals[back];
            if (t[0] > 0) {
                sums.add(new Sums(
                        back,
                        (int) t[0],
                        t[1],
                        (int) t[2],
                        t[3],
                        (int) t[4],
                        t[5],
                        (int) t[6],
                        t[7],
                        (int) t[8],
                        t[9],
                        (int) t[10],
                        (int) t[11]));
            }
        }
        return ofSums(sums, from, to);
    }

    private static void add(long[] week, int at, @Nullable Integer value) {
        if (value != null) {
            week[at] += value;
            week[at + 1]++;
        }
    }
}
