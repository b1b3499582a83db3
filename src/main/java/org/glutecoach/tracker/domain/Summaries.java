package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.Side;
import org.glutecoach.tracker.SittingHabit;
import org.glutecoach.tracker.SummaryView;

/** Turns a period's entries into its series and findings. */
public final class Summaries {

    private Summaries() {}

    /**
     * @param entries the period's entries, any order; days outside {@code from..to} are ignored
     */
    public static SummaryView of(List<EntryView> entries, LocalDate from, LocalDate to) {
        var byDate = new HashMap<LocalDate, EntryView>();
        entries.stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .forEach(e -> byDate.put(e.date(), e));
        var days = new ArrayList<SummaryView.Day>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            var entry = byDate.get(date);
            days.add(
                    entry == null
                            ? new SummaryView.Day(date, null, null, false, false)
                            : new SummaryView.Day(
                                    date,
                                    entry.hoursSitting(),
                                    entry.breaks(),
                                    true,
                                    entry.releaseDone() || entry.activationDone()));
        }
        var sides = new ArrayList<SummaryView.SideSummary>();
        for (var side : Side.values()) {
            sides.add(side(side, byDate, from, to));
        }
        return new SummaryView(from, to, byDate.size(), sides, days);
    }

    private static SummaryView.SideSummary side(
            Side side, java.util.Map<LocalDate, EntryView> byDate, LocalDate from, LocalDate to) {
        var scores = new TreeMap<LocalDate, Integer>();
        byDate.forEach((date, entry) -> {
            var score = side.soreness(entry);
            if (score != null) {
                scores.put(date, score);
            }
        });
        var change = ChangeSinceStart.of(scores, to);
        var pairs = new ArrayList<RankCorrelation.Pair>();
        var habitDays = new ArrayList<HabitComparison.Day>();
        byDate.forEach((date, entry) -> {
            var next = scores.get(date.plusDays(1));
            var hours = entry.hoursSitting();
            if (next != null && hours != null) {
                pairs.add(new RankCorrelation.Pair(hours, next));
            }
            if (next != null) {
                habitDays.add(
                        new HabitComparison.Day(entry.sitting().contains(SittingHabit.WALLET_IN_BACK_POCKET), next));
            }
        });
        var correlation = RankCorrelation.of(pairs);
        var wallet = HabitComparison.of(habitDays);
        var points = new ArrayList<SummaryView.Point>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            var value = scores.get(date);
            // A day with no rating is a gap in the line too, never bridged.
            points.add(new SummaryView.Point(
                    date, value, value == null ? null : ChangeSinceStart.recentMean(scores, date)));
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
