package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * When the daily reminder is due: at the chosen time of the person's own day, through both summer-time changes,
 * in any time zone, once a day, and not on a day already logged or already reminded.
 */
class ReminderTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final Predicate<LocalDate> NONE = day -> false;

    @Test
    void itIsDueAtTheChosenTimeOfTheDayAndNotAMinuteBefore() {
        var reminder = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-11-30T10:00:00Z"), LONDON);
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-11-30T20:00:00Z"));

        assertThat(reminder.remind(at("2026-11-30T19:59:00Z"), LONDON, NONE, NONE))
                .isEmpty();
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-11-30T20:00:00Z"));
        assertThat(reminder.remind(at("2026-11-30T20:00:00Z"), LONDON, NONE, NONE))
                .contains(LocalDate.of(2026, 11, 30));
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-12-01T20:00:00Z"));
    }

    @Test
    void switchedOnAfterTheTimeItFirstComesTomorrow() {
        var reminder = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(8, 0), at("2026-11-30T10:00:00Z"), LONDON);
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-12-01T08:00:00Z"));
    }

    @Test
    void itFollowsTheClocksIntoAndOutOfSummerTime() {
        var reminder = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-03-28T12:00:00Z"), LONDON);
        assertThat(reminder.remind(at("2026-03-28T20:00:00Z"), LONDON, NONE, NONE))
                .contains(LocalDate.of(2026, 3, 28));
        assertThat(reminder.nextDueAt())
                .as("20:00 British Summer Time on the day the clocks go forward")
                .isEqualTo(at("2026-03-29T19:00:00Z"));

        var autumn = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-10-24T12:00:00Z"), LONDON);
        assertThat(autumn.remind(at("2026-10-24T19:00:00Z"), LONDON, NONE, NONE))
                .contains(LocalDate.of(2026, 10, 24));
        assertThat(autumn.nextDueAt())
                .as("20:00 Greenwich Mean Time on the day the clocks go back")
                .isEqualTo(at("2026-10-25T20:00:00Z"));
    }

    @Test
    void aTimeTheClocksSkipComesAtTheSameTimeAfterTheJumpAndARepeatedHourOnlyOnce() {
        var skipped = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(1, 30), at("2026-03-28T12:00:00Z"), LONDON);
        assertThat(skipped.nextDueAt())
                .as("01:30 does not exist on 29 March: 02:30 BST")
                .isEqualTo(at("2026-03-29T01:30:00Z"));

        var repeated = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(1, 30), at("2026-10-24T12:00:00Z"), LONDON);
        assertThat(repeated.nextDueAt())
                .as("01:30 happens twice on 25 October: the first one")
                .isEqualTo(at("2026-10-25T00:30:00Z"));
        var sent = new java.util.HashSet<LocalDate>();
        for (var now : java.util.List.of(at("2026-10-25T00:31:00Z"), at("2026-10-25T01:31:00Z"))) {
            repeated.remind(now, LONDON, NONE, sent::contains).ifPresent(sent::add);
        }
        assertThat(sent).containsExactly(LocalDate.of(2026, 10, 25));
    }

    @Test
    void theDayIsThePersonsOwnDayInTheirTimeZone() {
        // 18:00 in London on 30 November is 07:00 on 1 December in Auckland.
        var now = at("2026-11-30T18:00:00Z");
        var reminder = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(7, 0), at("2026-11-30T17:00:00Z"), AUCKLAND);
        assertThat(reminder.nextDueAt()).isEqualTo(now);
        assertThat(reminder.remind(now, AUCKLAND, NONE, NONE)).contains(LocalDate.of(2026, 12, 1));
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-12-01T18:00:00Z"));
    }

    @Test
    void noReminderOnADayAlreadyLoggedOrAlreadyReminded() {
        var now = at("2026-11-30T20:05:00Z");
        var today = LocalDate.of(2026, 11, 30);
        Predicate<LocalDate> onlyToday = today::equals;
        var logged = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-11-30T10:00:00Z"), LONDON);
        assertThat(logged.remind(now, LONDON, onlyToday, NONE)).isEmpty();
        assertThat(logged.nextDueAt()).as("looks again tomorrow").isEqualTo(at("2026-12-01T20:00:00Z"));

        var reminded = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-11-30T10:00:00Z"), LONDON);
        assertThat(reminded.remind(now, LONDON, NONE, onlyToday)).isEmpty();

        var yesterdayLogged =
                Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-11-30T10:00:00Z"), LONDON);
        assertThat(yesterdayLogged.remind(now, LONDON, today.minusDays(1)::equals, today.minusDays(1)::equals))
                .as("only today counts")
                .contains(today);
    }

    @Test
    void afterDaysWithoutARunOnlyTodayIsReminded() {
        var reminder = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-11-20T10:00:00Z"), LONDON);
        assertThat(reminder.remind(at("2026-11-30T21:00:00Z"), LONDON, NONE, NONE))
                .contains(LocalDate.of(2026, 11, 30));
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-12-01T20:00:00Z"));
    }

    @Test
    void movingTheTimeMovesTheNextReminder() {
        var reminder = Reminder.switchOn(UUID.randomUUID(), LocalTime.of(20, 0), at("2026-11-30T10:00:00Z"), LONDON);
        reminder.moveTo(LocalTime.of(12, 15), at("2026-11-30T11:00:00Z"), LONDON);
        assertThat(reminder.time()).isEqualTo(LocalTime.of(12, 15));
        assertThat(reminder.nextDueAt()).isEqualTo(at("2026-11-30T12:15:00Z"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
