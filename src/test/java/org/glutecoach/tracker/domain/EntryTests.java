package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.glutecoach.tracker.EntryInput;
import org.junit.jupiter.api.Test;

/** A day counts as logged (no reminder for it) only once the person answered it themselves. */
class EntryTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void aDayFilledInOnlyByTheTimerAndTheRoutinesIsNotAnsweredByThePerson() {
        var day = Entry.startDay(UUID.randomUUID(), DAY);
        day.countBreaks(4);
        day.markRoutine(true, true, 6, 5);

        assertThat(day.answeredByThePerson()).isFalse();
    }

    @Test
    void anyAnswerOfTheirOwnMakesItLogged() {
        var sat = Entry.startDay(UUID.randomUUID(), DAY);
        sat.answer(EntryValues.of(
                new EntryInput("6", null, null, null, null, null, false, List.of(), false, false, null)));
        var sore = Entry.startDay(UUID.randomUUID(), DAY);
        sore.answer(EntryValues.of(
                new EntryInput(null, null, null, "3", null, null, false, List.of(), false, false, null)));

        assertThat(sat.answeredByThePerson()).isTrue();
        assertThat(sore.answeredByThePerson()).isTrue();
    }
}
