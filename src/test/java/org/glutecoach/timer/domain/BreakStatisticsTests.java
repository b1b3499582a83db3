package org.glutecoach.timer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.glutecoach.timer.BreakKind;
import org.glutecoach.timer.TimerStatsView.Period;
import org.junit.jupiter.api.Test;

/** The timer's figures: counts per day, stretches within working hours, across midnight and the clock changes. */
class BreakStatisticsTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final UUID PERSON = UUID.randomUUID();
    static final WorkingHours OFFICE = new WorkingHours(
            LocalTime.of(9, 0), LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    static final WorkingHours NIGHTS =
            new WorkingHours(LocalTime.of(22, 0), LocalTime.of(2, 0), EnumSet.allOf(DayOfWeek.class));
    /** Monday 7 December 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static final Instant LATER = Instant.parse("2027-06-01T00:00:00Z");

    static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    static BreakEvent event(BreakKind kind, Instant at) {
        return BreakEvent.of(UUID.randomUUID(), PERSON, kind, at, at);
    }

    static Period day(List<BreakEvent> events, WorkingHours hours, LocalDate day, Instant now) {
        return BreakStatistics.of(events, hours, LONDON, day, day, now).days().get(0);
    }

    @Test
    void breaksSplitTheWorkingDayIntoStretchesAndOnlyTakenAndNaturalOnesDoSo() {
        var events = List.of(
                event(BreakKind.TAKEN, at(MONDAY, 9, 30)),
                event(BreakKind.NATURAL, at(MONDAY, 10, 0)),
                event(BreakKind.SKIPPED, at(MONDAY, 11, 0)),
                event(BreakKind.POSTPONED, at(MONDAY, 11, 30)),
                event(BreakKind.TAKEN, at(MONDAY, 12, 0)));
        var monday = day(events, OFFICE, MONDAY, LATER);
        assertThat(monday.breaks()).isEqualTo(3);
        assertThat(monday.skipped()).isEqualTo(1);
        assertThat(monday.postponed()).isEqualTo(1);
        // 09:00-09:30, 09:30-10:00, 10:00-12:00, 12:00-17:00: the last is the longest.
        assertThat(monday.longestStretchMinutes()).isEqualTo(300);
        assertThat(monday.workingMinutes()).isEqualTo(480);
        assertThat(monday.minutesInLongSpells())
                .as("only stretches over 30 minutes")
                .isEqualTo(420);
        assertThat(monday.longSpellsPercent()).isEqualTo(88);
    }

    @Test
    void aStretchOfExactlyThirtyMinutesIsNotALongSpell() {
        var hours = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(10, 0), EnumSet.of(DayOfWeek.MONDAY));
        var monday = day(List.of(event(BreakKind.TAKEN, at(MONDAY, 9, 30))), hours, MONDAY, LATER);
        assertThat(monday.longestStretchMinutes()).isEqualTo(30);
        assertThat(monday.minutesInLongSpells()).isZero();
        assertThat(monday.longSpellsPercent()).isZero();
    }

    @Test
    void aDayWithoutEventsSaysNothingAboutSittingAndCountsNothing() {
        var monday = day(List.of(), OFFICE, MONDAY, LATER);
        assertThat(monday.breaks()).isZero();
        assertThat(monday.skipped()).isZero();
        assertThat(monday.postponed()).isZero();
        assertThat(monday.longestStretchMinutes())
                .as("the timer was not in use")
                .isNull();
        assertThat(monday.workingMinutes()).isZero();
        assertThat(monday.longSpellsPercent()).isNull();
    }

    @Test
    void eventsOutsideWorkingHoursCountOnTheirDayButDoNotSplitTheWorkingDay() {
        var events = List.of(
                event(BreakKind.TAKEN, at(MONDAY, 8, 0)),
                event(BreakKind.SKIPPED, at(MONDAY, 10, 0)),
                event(BreakKind.NATURAL, at(MONDAY, 18, 0)));
        var monday = day(events, OFFICE, MONDAY, LATER);
        assertThat(monday.breaks()).isEqualTo(2);
        assertThat(monday.longestStretchMinutes()).isEqualTo(480);
        assertThat(monday.longSpellsPercent()).isEqualTo(100);

        var saturday = MONDAY.plusDays(5);
        var weekend = day(List.of(event(BreakKind.TAKEN, at(saturday, 10, 0))), OFFICE, saturday, LATER);
        assertThat(weekend.breaks()).as("a break on a day off still counts").isEqualTo(1);
        assertThat(weekend.longestStretchMinutes())
                .as("no working hours that day")
                .isNull();
        assertThat(weekend.workingMinutes()).isZero();
    }

    @Test
    void workingHoursPastMidnightBelongToTheDayTheyStartAndBreaksToTheDayTheyHappen() {
        var tuesday = MONDAY.plusDays(1);
        var events = List.of(event(BreakKind.NATURAL, at(tuesday, 0, 30)));
        var stats = BreakStatistics.of(events, NIGHTS, LONDON, MONDAY, tuesday, LATER);
        var monday = stats.days().get(0);
        // Monday 22:00 to Tuesday 02:00: 22:00-00:30 and 00:30-02:00.
        assertThat(monday.workingMinutes()).isEqualTo(240);
        assertThat(monday.longestStretchMinutes()).isEqualTo(150);
        assertThat(monday.breaks()).as("the break happened on Tuesday").isZero();
        assertThat(stats.days().get(1).breaks()).isEqualTo(1);
        assertThat(stats.days().get(1).longestStretchMinutes())
                .as("Tuesday night had no event")
                .isNull();
    }

    @Test
    void theNightTheClocksGoForwardIsAnHourShorterAndTheNightTheyGoBackAnHourLonger() {
        // In London the clocks go forward at 01:00 on 29 March 2026 and back at 02:00 on 25 October 2026.
        var springSaturday = LocalDate.of(2026, 3, 28);
        var spring = day(List.of(event(BreakKind.SKIPPED, at(springSaturday, 23, 0))), NIGHTS, springSaturday, LATER);
        assertThat(spring.workingMinutes()).isEqualTo(180);
        assertThat(spring.longestStretchMinutes()).isEqualTo(180);

        var autumnSaturday = LocalDate.of(2026, 10, 24);
        var autumn = day(List.of(event(BreakKind.TAKEN, at(autumnSaturday, 23, 0))), NIGHTS, autumnSaturday, LATER);
        assertThat(autumn.workingMinutes()).isEqualTo(300);
        // 22:00-23:00, then 23:00 to 02:00 with 01:00-02:00 twice: four real hours.
        assertThat(autumn.longestStretchMinutes()).isEqualTo(240);
    }

    @Test
    void hoursThatStartInTheSkippedHourStartWhenTheClocksHaveMoved() {
        var spring = LocalDate.of(2026, 3, 29);
        var hours = new WorkingHours(LocalTime.of(1, 30), LocalTime.of(4, 0), EnumSet.of(DayOfWeek.SUNDAY));
        var window = hours.startingOn(spring, LONDON).orElseThrow();
        assertThat(window.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 02:30 summer time
        assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void todayCountsUpToNowAndHoursNotYetStartedSayNothing() {
        var events = List.of(event(BreakKind.TAKEN, at(MONDAY, 10, 0)));
        var midday = day(events, OFFICE, MONDAY, at(MONDAY, 12, 0));
        assertThat(midday.workingMinutes()).isEqualTo(180);
        assertThat(midday.longestStretchMinutes()).isEqualTo(120);
        var early = day(List.of(event(BreakKind.TAKEN, at(MONDAY, 7, 0))), OFFICE, MONDAY, at(MONDAY, 8, 0));
        assertThat(early.breaks()).isEqualTo(1);
        assertThat(early.longestStretchMinutes()).isNull();
    }

    @Test
    void weeksRunMondayToSundayCutToTheRangeAndAddUpTheirDays() {
        var wednesday = MONDAY.plusDays(2);
        var nextTuesday = MONDAY.plusDays(8);
        var events = List.of(
                event(BreakKind.TAKEN, at(wednesday, 10, 0)),
                event(BreakKind.SKIPPED, at(wednesday, 11, 0)),
                event(BreakKind.TAKEN, at(nextTuesday, 16, 0)));
        var stats = BreakStatistics.of(events, OFFICE, LONDON, wednesday, nextTuesday, LATER);
        assertThat(stats.days()).hasSize(7);
        assertThat(stats.weeks()).hasSize(2);
        var first = stats.weeks().get(0);
        assertThat(first.start()).isEqualTo(wednesday);
        assertThat(first.end()).isEqualTo(MONDAY.plusDays(6));
        assertThat(first.breaks()).isEqualTo(1);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(first.longestStretchMinutes()).isEqualTo(420);
        var second = stats.weeks().get(1);
        assertThat(second.start()).isEqualTo(MONDAY.plusDays(7));
        assertThat(second.end()).isEqualTo(nextTuesday);
        assertThat(second.longestStretchMinutes()).isEqualTo(420);
        assertThat(second.workingMinutes())
                .as("only Tuesday had the timer in use")
                .isEqualTo(480);
    }

    @Test
    void anyEventsGiveFiguresThatAddUpWhateverTheHoursAndTheZone() {
        var random = new Random(17);
        var zones = List.of(LONDON, ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"), ZoneId.of("UTC"));
        for (var run = 0; run < 300; run++) {
            var zone = zones.get(random.nextInt(zones.size()));
            var start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
            var end = start.plusMinutes(15 + random.nextInt(20 * 60));
            var days = EnumSet.noneOf(DayOfWeek.class);
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
            var hours = new WorkingHours(start, end, days);
            var from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(360));
            var to = from.plusDays(random.nextInt(20));
            var first = from.atStartOfDay(zone).toInstant();
            var span = Duration.between(first, to.plusDays(2).atStartOfDay(zone).toInstant())
                    .toMinutes();
            var events = new ArrayList<BreakEvent>();
            for (var i = random.nextInt(40); i > 0; i--) {
                var kind = BreakKind.values()[random.nextInt(4)];
                events.add(event(kind, first.plus(Duration.ofMinutes(random.nextLong(span)))));
            }
            var stats = BreakStatistics.of(events, hours, zone, from, to, LATER);
            assertThat(stats.days()).hasSize((int) (to.toEpochDay() - from.toEpochDay() + 1));
            assertThat(stats.weeks().stream().mapToInt(Period::breaks).sum())
                    .isEqualTo(stats.days().stream().mapToInt(Period::breaks).sum());
            assertThat(stats.weeks().stream().mapToInt(Period::workingMinutes).sum())
                    .isEqualTo(stats.days().stream()
                            .mapToInt(Period::workingMinutes)
                            .sum());
            for (var day : stats.days()) {
                var window = hours.startingOn(day.start(), zone);
                if (day.longestStretchMinutes() == null) {
                    assertThat(day.workingMinutes()).isZero();
                } else {
                    var length = Duration.between(
                            window.orElseThrow().start(), window.orElseThrow().end());
                    assertThat(day.workingMinutes()).isEqualTo((int) length.toMinutes());
                    assertThat(day.longestStretchMinutes()).isBetween(0, day.workingMinutes());
                    assertThat(day.minutesInLongSpells()).isBetween(0, day.workingMinutes());
                }
            }
        }
    }
}
