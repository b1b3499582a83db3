package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.glutecoach.tracker.ChartWeek;
import org.glutecoach.tracker.EntryView;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A long period's weeks for its charts: seven-day blocks counted back from the period's last day, each measure the
 * mean of the days that have it, gaps kept as gaps, a short first week, and days that are the person's own dates
 * (a week over a change of the clocks is still seven days).
 */
class WeeksTests {

    /** A Wednesday, so the weeks do not start on Mondays: they end on the period's last day. */
    private static final LocalDate TO = LocalDate.of(2026, 11, 25);

    @Test
    void weeksEndOnThePeriodsLastDayAndOnlyTheFirstIsShort() {
        var from = TO.minusDays(16);

        var weeks = Weeks.of(List.of(), from, TO);

        assertThat(weeks)
                .extracting(ChartWeek::first, ChartWeek::last)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(from, from.plusDays(2)),
                        org.assertj.core.groups.Tuple.tuple(TO.minusDays(13), TO.minusDays(7)),
                        org.assertj.core.groups.Tuple.tuple(TO.minusDays(6), TO));
        assertThat(weeks)
                .as("nothing filled in: every week is a gap, never a zero")
                .allSatisfy(week -> {
                    assertThat(week.daysLogged()).isZero();
                    assertThat(week.left()).isNull();
                    assertThat(week.hoursSitting()).isNull();
                    assertThat(week.routines()).isNull();
                });
    }

    @Test
    void eachMeasureIsTheMeanOfTheDaysThatHaveItAndAWeekWithoutEntriesIsAGap() {
        var from = TO.minusDays(20);
        var entries = List.of(
                // The first week (5-11 Nov): two days, the right side said on one of them.
                entry(from, 7.5, 2, null, 4, true),
                entry(from.plusDays(3), 6.0, 5, 3, 1, false),
                // The last week: one day, hours not said, left 0 (a rating, not a gap).
                entry(TO.minusDays(1), null, 0, null, null, false),
                // Outside the period: left out.
                entry(TO.plusDays(1), 10.0, 9, 9, 9, true),
                entry(from.minusDays(1), 10.0, 9, 9, 9, true));

        var weeks = Weeks.of(entries, from, TO);

        assertThat(weeks).hasSize(3);
        var first = weeks.get(0);
        assertThat(first.daysLogged()).isEqualTo(2);
        assertThat(first.left()).isEqualTo(new ChartWeek.Mean(3.5, 2));
        assertThat(first.right()).as("said on one of the two days").isEqualTo(new ChartWeek.Mean(3.0, 1));
        assertThat(first.middle()).isEqualTo(new ChartWeek.Mean(2.5, 2));
        assertThat(first.hoursSitting()).isEqualTo(new ChartWeek.Mean(6.75, 2));
        assertThat(first.routines()).as("one day of two had a routine").isEqualTo(new ChartWeek.Mean(0.5, 2));
        var middle = weeks.get(1);
        assertThat(middle.daysLogged()).isZero();
        assertThat(middle.left()).isNull();
        assertThat(middle.routines()).isNull();
        var last = weeks.get(2);
        assertThat(last.left()).isEqualTo(new ChartWeek.Mean(0.0, 1));
        assertThat(last.right()).isNull();
        assertThat(last.hoursSitting()).isNull();
        assertThat(last.routines()).isEqualTo(new ChartWeek.Mean(0.0, 1));
    }

    @Test
    void aWeekOverAChangeOfTheClocksIsSevenOfThePersonsDays() {
        // In London the clocks went forward on 29 March 2026 and back on 25 October 2026: days of 23 and 25 hours.
        var london = ZoneId.of("Europe/London");
        for (var change : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25))) {
            var hours = ChronoUnit.HOURS.between(
                    ZonedDateTime.of(change.atStartOfDay(), london),
                    ZonedDateTime.of(change.plusDays(1).atStartOfDay(), london));
            assertThat(hours).as("a day of %s is not 24 hours", change).isNotEqualTo(24);
            var to = change.plusDays(3);
            var entries = List.of(
                    entry(to.minusDays(6), 8.0, 2, null, null, false), entry(change, 8.0, 6, null, null, false));

            var weeks = Weeks.of(entries, to.minusDays(13), to);

            assertThat(weeks.get(1).first()).isEqualTo(to.minusDays(6));
            assertThat(weeks.get(1).left())
                    .as("both days in the week that holds the change")
                    .isEqualTo(new ChartWeek.Mean(4.0, 2));
            assertThat(weeks.get(0).daysLogged()).isZero();
        }
    }

    @Test
    void onlyPeriodsOverFourHundredDaysAreDrawnByWeek() {
        assertThat(Weeks.drawnByWeek(TO.minusDays(364), TO)).as("1 year").isFalse();
        assertThat(Weeks.drawnByWeek(TO.minusDays(399), TO)).as("400 days").isFalse();
        assertThat(Weeks.drawnByWeek(TO.minusDays(400), TO)).as("401 days").isTrue();
        assertThat(Weeks.drawnByWeek(TO.minusDays(5 * 365), TO))
                .as("five years")
                .isTrue();
    }

    @Test
    void everyDayFallsInExactlyOneWeekAndTheWeeksCoverThePeriod() {
        var random = new java.util.Random(15);
        for (int run = 0; run < 300; run++) {
            var from = TO.minusDays(random.nextInt(2000));
            var weeks = Weeks.of(List.of(), from, TO);
            assertThat(weeks.get(0).first()).isEqualTo(from);
            assertThat(weeks.get(weeks.size() - 1).last()).isEqualTo(TO);
            for (int i = 0; i < weeks.size(); i++) {
                var week = weeks.get(i);
                var length = ChronoUnit.DAYS.between(week.first(), week.last()) + 1;
                assertThat(length).isBetween(1L, 7L);
                if (i > 0) {
                    assertThat(length).as("only the first week may be short").isEqualTo(7);
                    assertThat(week.first()).isEqualTo(weeks.get(i - 1).last().plusDays(1));
                }
            }
        }
    }

    private static EntryView entry(
            LocalDate date,
            @Nullable Double hours,
            @Nullable Integer left,
            @Nullable Integer right,
            @Nullable Integer middle,
            boolean routine) {
        return new EntryView(
                date, hours, null, null, left, right, middle, false, List.of(), routine, false, null, null, null);
    }
}
