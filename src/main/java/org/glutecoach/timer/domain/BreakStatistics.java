package org.glutecoach.timer.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.glutecoach.timer.TimerStatsView;
import org.glutecoach.timer.TimerStatsView.Period;
import org.jspecify.annotations.Nullable;

/**
 * The timer's figures for a range of days. Breaks, skips and postpones count on the day they happened. Within the
 * working hours that start on a day, the time between one break and the next (or the start or end of the hours) is
 * a stretch of sitting; only hours in which the timer reported anything count, as a day the timer was not used
 * says nothing about how the person sat. Hours still going on count up to now.
 */
public final class BreakStatistics {

    /** Stretches longer than this count against the day: the dosage sheet's 30 minutes (docs/domain/dosage.md §3). */
    public static final Duration LONG_SPELL = Duration.ofMinutes(30);

    private BreakStatistics() {}

    /**
     * @param events the person's events from the start of {@code from} to the end of the day after {@code to}
     *        (working hours that start on {@code to} may end then), in any order
     */
    public static TimerStatsView of(
            List<BreakEvent> events, WorkingHours hours, ZoneId zone, LocalDate from, LocalDate to, Instant now) {
        var days = new ArrayList<Period>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day(events, hours, zone, day, now));
        }
        var weeks = new ArrayList<Period>();
        var weekStart = 0;
        for (var i = 0; i < days.size(); i++) {
            var last = i == days.size() - 1 || days.get(i).start().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (last) {
                weeks.add(sum(days.subList(weekStart, i + 1)));
                weekStart = i + 1;
            }
        }
        return new TimerStatsView(from, to, zone.getId(), List.copyOf(days), List.copyOf(weeks));
    }

    static Period day(List<BreakEvent> events, WorkingHours hours, ZoneId zone, LocalDate day, Instant now) {
        int breaks = 0;
        int skipped = 0;
        int postponed = 0;
        for (var event : events) {
            if (LocalDate.ofInstant(event.happenedAt(), zone).equals(day)) {
                switch (event.kind()) {
                    case TAKEN, NATURAL -> breaks++;
                    case SKIPPED -> skipped++;
                    case POSTPONED -> postponed++;
                }
            }
        }
        var stretches = hours.startingOn(day, zone)
                .filter(window -> window.start().isBefore(now))
                .filter(window -> events.stream().anyMatch(event -> window.contains(event.happenedAt())))
                .map(window -> stretches(events, window, now))
                .orElse(List.of());
        var working = stretches.stream().reduce(Duration.ZERO, Duration::plus).toMinutes();
        var longSpells = stretches.stream()
                .filter(stretch -> stretch.compareTo(LONG_SPELL) > 0)
                .reduce(Duration.ZERO, Duration::plus)
                .toMinutes();
        var longest = stretches.stream()
                .max(Duration::compareTo)
                .map(d -> (int) d.toMinutes())
                .orElse(null);
        return period(day, day, breaks, skipped, postponed, longest, (int) working, (int) longSpells);
    }

    /** The times between breaks within the window (cut at now), in order. */
    private static List<Duration> stretches(List<BreakEvent> events, WorkingHours.Window window, Instant now) {
        var end = now.isBefore(window.end()) ? now : window.end();
        var marks = new ArrayList<Instant>();
        marks.add(window.start());
        events.stream()
                .filter(event -> event.kind().isBreak())
                .map(BreakEvent::happenedAt)
                .filter(at -> window.contains(at) && at.isBefore(end))
                .sorted()
                .forEach(marks::add);
        marks.add(end);
        var stretches = new ArrayList<Duration>();
        for (var i = 1; i < marks.size(); i++) {
            stretches.add(Duration.between(marks.get(i - 1), marks.get(i)));
        }
        return stretches;
    }

    private static Period sum(List<Period> days) {
        var longest = days.stream()
                .map(Period::longestStretchMinutes)
                .filter(minutes -> minutes != null)
                .max(Integer::compare)
                .orElse(null);
        return period(
                days.get(0).start(),
                days.get(days.size() - 1).end(),
                days.stream().mapToInt(Period::breaks).sum(),
                days.stream().mapToInt(Period::skipped).sum(),
                days.stream().mapToInt(Period::postponed).sum(),
                longest,
                days.stream().mapToInt(Period::workingMinutes).sum(),
                days.stream().mapToInt(Period::minutesInLongSpells).sum());
    }

    private static Period period(
            LocalDate start,
            LocalDate end,
            int breaks,
            int skipped,
            int postponed,
            @Nullable Integer longest,
            int working,
            int longSpells) {
        var percent = working == 0 ? null : (int) Math.round(100.0 * longSpells / working);
        return new Period(start, end, breaks, skipped, postponed, longest, working, longSpells, percent);
    }
}
