package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.glutecoach.tracker.InvalidEntry;
import org.junit.jupiter.api.Test;

/** A day is the person's own day, in their time zone, across the changes to and from summer time. */
class PersonalDayTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void todayIsTheDateOnThePersonsWallClock() {
        var now = Instant.parse("2026-11-30T23:30:00Z");
        assertThat(PersonalDay.at(now, LONDON).today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(PersonalDay.at(now, NEW_YORK).today())
                .as("18:30 the same day")
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(PersonalDay.at(now, AUCKLAND).today())
                .as("12:30 the next day")
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void summerTimeMovesMidnightButNotTheDay() {
        // 29 March 2026: London goes from GMT to BST at 01:00 GMT. 23:30 GMT on the 28th is still the 28th;
        // 23:30 GMT on the 29th is 00:30 BST on the 30th.
        assertThat(PersonalDay.at(Instant.parse("2026-03-28T23:30:00Z"), LONDON).today())
                .isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(PersonalDay.at(Instant.parse("2026-03-29T23:30:00Z"), LONDON).today())
                .isEqualTo(LocalDate.of(2026, 3, 30));
        // 25 October 2026: back to GMT at 01:00 GMT. 23:30 GMT on the 24th is 00:30 BST on the 25th; 23:30 GMT on
        // the 25th is still the 25th.
        assertThat(PersonalDay.at(Instant.parse("2026-10-24T23:30:00Z"), LONDON).today())
                .isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(PersonalDay.at(Instant.parse("2026-10-25T23:30:00Z"), LONDON).today())
                .isEqualTo(LocalDate.of(2026, 10, 25));
    }

    @Test
    void theLastFourteenDaysMayBeFilledInLateButNoDayAhead() {
        var day = new PersonalDay(LocalDate.of(2026, 11, 30));
        day.checkLoggable(LocalDate.of(2026, 11, 30));
        day.checkLoggable(LocalDate.of(2026, 11, 16));
        assertThatThrownBy(() -> day.checkLoggable(LocalDate.of(2026, 11, 15)))
                .isInstanceOfSatisfying(
                        InvalidEntry.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("date", "tracker.error.date.too-old"));
        assertThatThrownBy(() -> day.checkLoggable(LocalDate.of(2026, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidEntry.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("date", "tracker.error.date.future"));
        day.checkNotAhead(LocalDate.of(2020, 1, 1));
    }

    @Test
    void tomorrowInLondonIsStillAFutureDayForSomeoneInNewYork() {
        // 02:00 UTC on 1 December: London's 1 December, but still 30 November (21:00) in New York.
        var now = Instant.parse("2026-12-01T02:00:00Z");
        PersonalDay.at(now, LONDON).checkLoggable(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> PersonalDay.at(now, NEW_YORK).checkLoggable(LocalDate.of(2026, 12, 1)))
                .isInstanceOf(InvalidEntry.class);
    }
}
