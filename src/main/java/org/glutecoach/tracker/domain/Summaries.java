package org.glutecoach.tracker.domain;

import java.time.LocalDate;
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
        var byDate = new TreeMap<LocalDate, LoggedDay>();
        logged.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .forEach(d -> byDate.put(d.date(), d));
        var days = new ArrayList<SummaryView.Day>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            var day = byDate.get(date);
            days.add(
                    day == null
                            ? new SummaryView.Day(date, null, null, false, false)
                            : new SummaryView.Day(date, day.hoursSitting(), day.breaks(), true, day.routineDone()));
        }
        var sides = new ArrayList<SummaryView.SideSummary>();
        for (var side : Side.values()) {
            sides.add(side(side, byDate, from, to));
        }
        return new SummaryView(from, to, byDate.size(), sides, days);
    }

    private static SummaryView.SideSummary side(
            Side side, SortedMap<LocalDate, LoggedDay> byDate, LocalDate from, LocalDate to) {
        var scores = new TreeMap<LocalDate, Integer>();
        byDate.forEach((date, day) -> {
            var rating = day.rating(side);
            if (rating != null) {
                scores.put(date, rating.value());
            }
        });
        var change = ChangeSinceStart.of(scores, to);
        var pairs = new ArrayList<RankCorrelation.Pair>();
        var habitDays = new ArrayList<HabitComparison.Day>();
        // In date order, so the correlation's sums are added in the same order on every path.
        byDate.forEach((date, day) -> {
            var next = scores.get(date.plusDays(1));
            var hours = day.hoursSitting();
            if (next != null && hours != null) {
                pairs.add(new RankCorrelation.Pair(hours, next));
            }
            if (next != null) {
                habitDays.add(new HabitComparison.Day(day.walletInBackPocket(), next));
            }
        });
        var correlation = RankCorrelation.of(pairs);
        var wallet = HabitComparison.of(habitDays);
        var points = new ArrayList<SummaryView.Point>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            var day = byDate.get(date);
            var rating = day == null ? null : day.rating(side);
            // A day with no rating is a gap in the line too, never bridged.
            points.add(
                    rating == null
                            ? new SummaryView.Point(date, null, null)
                            : new SummaryView.Point(date, rating.value(), rating.recentMean()));
        }
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
                scores.values().stream().min(Integer::compare).orElse(null),
                scores.values().stream().max(Integer::compare).orElse(null),
                points);
    }
}
