package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.SittingHabit;
import org.junit.jupiter.api.Test;

/** The checks on a day's answers, each on both sides of its limit. */
class EntryValuesTests {

    @Test
    void aTypicalDayIsKeptExactlyInHalfHours() {
        var values = EntryValues.of(day("7.5", "90", "4", "3", "0", null, List.of("SLUMPED", "LEGS_CROSSED"), null));

        assertThat(values.halfHoursSitting()).isEqualTo(15);
        assertThat(values.longestSpellMinutes()).isEqualTo(90);
        assertThat(values.sorenessLeft()).isEqualTo(3);
        assertThat(values.sorenessRight()).as("no soreness on the right").isZero();
        assertThat(values.sorenessMiddle()).as("did not say").isNull();
        assertThat(values.sitting()).containsExactlyInAnyOrder(SittingHabit.SLUMPED, SittingHabit.LEGS_CROSSED);
    }

    @Test
    void hoursRunFromZeroToTwentyFourInHalfHours() {
        assertThat(EntryValues.of(day("0", null, null, null, null, null, List.of(), null))
                        .halfHoursSitting())
                .isZero();
        assertThat(EntryValues.of(day("24", null, null, null, null, null, List.of(), null))
                        .halfHoursSitting())
                .isEqualTo(48);
        assertThat(EntryValues.of(day("8.0", null, null, null, null, null, List.of(), null))
                        .halfHoursSitting())
                .isEqualTo(16);
        assertProblem(
                day("24.5", null, null, null, null, null, List.of(), null),
                "hoursSitting",
                "tracker.error.hours.range");
        assertProblem(
                day("-0.5", null, null, null, null, null, List.of(), null),
                "hoursSitting",
                "tracker.error.hours.range");
        assertProblem(
                day("7.25", null, null, null, null, null, List.of(), null), "hoursSitting", "tracker.error.hours.half");
        assertProblem(
                day("seven", null, null, null, null, null, List.of(), null), "hoursSitting", "tracker.error.number");
    }

    @Test
    void theLongestSpellFitsWithinTheHoursSat() {
        assertThat(EntryValues.of(day("2", "120", null, null, null, null, List.of(), null))
                        .longestSpellMinutes())
                .isEqualTo(120);
        assertProblem(
                day("2", "121", null, null, null, null, List.of(), null),
                "longestSpellMinutes",
                "tracker.error.spell.over-hours");
        assertThat(EntryValues.of(day(null, "121", null, null, null, null, List.of(), null))
                        .longestSpellMinutes())
                .as("no hours given: nothing to compare with")
                .isEqualTo(121);
    }

    @Test
    void sorenessIsAWholeNumberFromZeroToTen() {
        assertThat(EntryValues.of(day(null, null, null, "10", null, null, List.of(), null))
                        .sorenessLeft())
                .isEqualTo(10);
        assertProblem(
                day(null, null, null, "11", null, null, List.of(), null),
                "sorenessLeft",
                "tracker.error.sorenessLeft.range");
        assertProblem(
                day(null, null, null, null, "3.5", null, List.of(), null),
                "sorenessRight",
                "tracker.error.sorenessRight.range");
        assertProblem(
                day(null, null, null, null, null, "-1", List.of(), null),
                "sorenessMiddle",
                "tracker.error.sorenessMiddle.range");
    }

    @Test
    void theNoteIsAtMostFiveHundredCharacters() {
        assertThat(EntryValues.of(day(null, null, null, null, null, null, List.of(), "a".repeat(500)))
                        .note())
                .hasSize(500);
        assertThat(EntryValues.of(day(null, null, null, null, null, null, List.of(), "   "))
                        .note())
                .isNull();
        assertProblem(
                day(null, null, null, null, null, null, List.of(), "a".repeat(501)), "note", "tracker.error.note.long");
    }

    @Test
    void onlyTheListedWaysOfSittingAreTaken() {
        assertProblem(
                day(null, null, null, null, null, null, List.of("STANDING_ON_HEAD"), null),
                "sitting",
                "tracker.error.sitting.unknown");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertThatThrownBy(() -> EntryValues.of(day("30", "x", "-1", "12", null, null, List.of(), null)))
                .isInstanceOfSatisfying(
                        InvalidEntry.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsOnlyKeys("hoursSitting", "longestSpellMinutes", "breaks", "sorenessLeft"));
    }

    static EntryInput day(
            String hours,
            String spell,
            String breaks,
            String left,
            String right,
            String middle,
            List<String> sitting,
            String note) {
        return new EntryInput(hours, spell, breaks, left, right, middle, false, sitting, false, false, note);
    }

    private static void assertProblem(EntryInput input, String field, String key) {
        assertThatThrownBy(() -> EntryValues.of(input))
                .isInstanceOfSatisfying(
                        InvalidEntry.class,
                        invalid -> assertThat(invalid.messageKeysByField()).containsEntry(field, key));
    }
}
