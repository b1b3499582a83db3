package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.Side;
import org.glutecoach.tracker.SittingHabit;
import org.glutecoach.tracker.SummaryView;
import org.jspecify.annotations.Nullable;

/**
 * Turns a period's logged days into its series and findings. The service reads the days with their rolling sums
 * from the database ({@link LoggedDays}); {@link #of(List, LocalDate, LocalDate)} works the same out in Java from
 * entries, and both meet in {@link #ofLoggedDays}.
 */
public final class Summaries {

    private Summaries() {}

    /**
     * @param entries the period's entries, any order; days outside {@code from..to} are ignored
     */
    public static SummaryView of(List<EntryView> entries, LocalDate from, LocalDate to) {
        var byDate = new TreeMap<LocalDate, EntryView>();
        entries.stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .forEach(e -> byDate.put(e.date(), e));
        var left = scores(Side.LEFT, byDate);
        var right = scores(Side.RIGHT, byDate);
        var middle = scores(Side.MIDDLE, byDate);
        var days = new ArrayList<LoggedDay>();
        byDate.forEach((date, entry) -> days.add(new LoggedDay(
                date,
                entry.hoursSitting(),
                entry.breaks(),
                entry.releaseDone() || entry.activationDone(),
                entry.sitting().contains(SittingHabit.WALLET_IN_BACK_POCKET),
                rating(left, date),
                rating(right, date),
                rating(middle, date))));
        return ofLoggedDays(days, from, to);
    }

    private static SortedMap<LocalDate, Integer> scores(Side side, SortedMap<LocalDate, EntryView> byDate) {
        var scores = new TreeMap<LocalDate, Integer>();
        byDate.forEach((date, entry) -> {
            var score = side.soreness(entry);
            if (score != null) {
                scores.put(date, score);
            }
        });
        return scores;
    }

    /** A side's rating on a day with the sum and count of the ratings in the 7 days ending on it. */
    private static LoggedDay.@Nullable Rating rating(SortedMap<LocalDate, Integer> scores, LocalDate date) {
        var value = scores.get(date);
        if (value == null) {
            return null;
        }
        var recent = scores.subMap(date.minusDays(ChangeSinceStart.RECENT_DAYS - 1), date.plusDays(1))
                .values();
        long sum = 0;
        for (var score : recent) {
            sum += score;
        }
        return new LoggedDay.Rating(value, sum, recent.size());
    }

    /**
     * @param logged the period's logged days, any order; days outside {@code from..to} are ignored
     */
    public static SummaryView ofLoggedDays(List<LoggedDay> logged, LocalDate from, LocalDate to) {
        // The period's days by their number from its first day, a day not logged left null (a gap): one pass over
        // arrays per side, where a five-year period looked each day up in sorted maps several times.
        var count = Math.max(0, (int) ChronoUnit.DAYS.between(from, to) + 1);
        var dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = from.plusDays(i);
        }
        var byDay = new @Nullable LoggedDay[count];
        var daysLogged = 0;
        for (var day : logged) {
            if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                var i = (int) ChronoUnit.DAYS.between(from, day.date());
                daysLogged += byDay[i] == null ? 1 : 0;
                byDay[i] = day;
            }
        }
        var days = new ArrayList<SummaryView.Day>(count);
        for (int i = 0; i < count; i++) {
            var day = byDay[i];
            days.add(
                    day == null
                            ? new SummaryView.Day(dates[i], null, null, false, false)
                            : new SummaryView.Day(dates[i], day.hoursSitting(), day.breaks(), true, day.routineDone()));
        }
        var sides = new ArrayList<SummaryView.SideSummary>();
        for (var side : Side.values()) {
            sides.add(side(side, dates, byDay, to));
        }
        return new SummaryView(from, to, daysLogged, sides, days);
    }

    private static SummaryView.SideSummary side(
            Side side, LocalDate[] dates, @Nullable LoggedDay[] byDay, LocalDate to) {
        var scores = new TreeMap<LocalDate, Integer>();
        var pairs = new ArrayList<RankCorrelation.Pair>();
        var habitDays = new ArrayList<HabitComparison.Day>();
        var points = new ArrayList<SummaryView.Point>(dates.length);
        Integer lowest = null;
        Integer highest = null;
        // In date order, so the correlation's sums are added in the same order on every path.
        for (int i = 0; i < dates.length; i++) {
            var day = byDay[i];
            var rating = day == null ? null : day.rating(side);
            // A day with no rating is a gap in the line too, never bridged.
            points.add(
                    rating == null
                            ? new SummaryView.Point(dates[i], null, null)
                            : new SummaryView.Point(dates[i], rating.value(), rating.recentMean()));
            if (rating != null) {
                scores.put(dates[i], rating.value());
                lowest = lowest == null || rating.value() < lowest ? rating.value() : lowest;
                highest = highest == null || rating.value() > highest ? rating.value() : highest;
            }
            var nextDay = i + 1 < byDay.length ? byDay[i + 1] : null;
            var next = day == null || nextDay == null ? null : nextDay.rating(side);
            if (day != null && next != null) {
                var hours = day.hoursSitting();
                if (hours != null) {
                    pairs.add(new RankCorrelation.Pair(hours, next.value()));
                }
                habitDays.add(new HabitComparison.Day(day.walletInBackPocket(), next.value()));
            }
        }
        var change = ChangeSinceStart.of(scores, to);
        var correlation = RankCorrelation.of(pairs);
        var wallet = HabitComparison.of(habitDays);
        var strength = correlation.strength();
        return new SummaryView.SideSummary(
                side,
                change.verdict().name(),
                scores.size(),
                change.start(),
                change.now(),
                correlation.coefficient(),
                correlation.pairs(),
                strength == null ? null : strength.name(),
                wallet.daysWith(),
                wallet.daysWithout(),
                wallet.meanWith(),
                wallet.meanWithout(),
                lowest,
                highest,
                points);
    }
}
