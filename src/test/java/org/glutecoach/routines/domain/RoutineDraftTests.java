package org.glutecoach.routines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.InvalidRoutine;
import org.glutecoach.routines.library.ExerciseLibrary;
import org.junit.jupiter.api.Test;

/** A person's own routine: a name that is there and not too long; 1-12 exercises from the library, paired. */
class RoutineDraftTests {

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.load(null);
    static final Function<String, Optional<Exercise>> EXERCISES = LIBRARY::exercise;

    @Test
    void aNameAndExercisesFromTheLibraryMakeADraftWithTheNameTrimmed() {
        var draft = RoutineDraft.of("  Morning  ", List.of("foam-roller-release", "glute-bridge"), EXERCISES);
        assertThat(draft.name()).isEqualTo("Morning");
        assertThat(draft.exercises()).containsExactly("foam-roller-release", "glute-bridge");
    }

    @Test
    void aBlankOrTooLongNameIsRefusedBesideTheName() {
        assertThat(problems(" ", List.of("glute-bridge")))
                .containsExactlyEntriesOf(java.util.Map.of("name", "routines.mine.name.blank"));
        assertThat(problems(null, List.of("glute-bridge"))).containsEntry("name", "routines.mine.name.blank");
        assertThat(problems("x".repeat(61), List.of("glute-bridge"))).containsEntry("name", "routines.mine.name.long");
        assertThat(RoutineDraft.of("x".repeat(60), List.of("glute-bridge"), EXERCISES)
                        .name())
                .hasSize(60);
    }

    @Test
    void anExerciseNotInTheLibraryIsRefusedBesideTheExercises() {
        assertThat(problems("Mine", List.of("glute-bridge", "no-such-exercise")))
                .containsExactlyEntriesOf(java.util.Map.of("exercises", "routines.mine.exercises.missing"));
        var withNull = new ArrayList<String>();
        withNull.add(null);
        assertThat(problems("Mine", withNull)).containsEntry("exercises", "routines.mine.exercises.missing");
    }

    @Test
    void noExercisesOrMoreThanTwelveAreRefused() {
        assertThat(problems("Mine", List.of())).containsEntry("exercises", "routines.mine.exercises.none");
        assertThat(problems("Mine", null)).containsEntry("exercises", "routines.mine.exercises.none");
        assertThat(problems("Mine", Collections.nCopies(13, "glute-bridge")))
                .containsEntry("exercises", "routines.mine.exercises.many");
        assertThat(RoutineDraft.of("Mine", Collections.nCopies(12, "glute-bridge"), EXERCISES)
                        .exercises())
                .hasSize(12);
    }

    @Test
    void aReleaseMustBeFollowedByAMoveThatSwitchesTheMuscleOn() {
        assertThat(problems("Mine", List.of("glute-bridge", "foam-roller-release")))
                .containsEntry("exercises", "routines.mine.exercises.pairing");
        assertThat(problems("Mine", List.of("foam-roller-release", "desk-hip-stretch")))
                .as("a desk break does not switch the muscle on")
                .containsEntry("exercises", "routines.mine.exercises.pairing");
        assertThat(RoutineDraft.of("Mine", List.of("foam-roller-release", "clamshell"), EXERCISES)
                        .exercises())
                .hasSize(2);
    }

    @Test
    void bothFieldsAreNamedAtOnce() {
        assertThat(problems("", List.of("no-such"))).containsOnlyKeys("name", "exercises");
    }

    private static java.util.Map<String, String> problems(String name, List<String> exercises) {
        var thrown = new java.util.concurrent.atomic.AtomicReference<InvalidRoutine>();
        assertThatThrownBy(() -> RoutineDraft.of(name, exercises, EXERCISES))
                .isInstanceOfSatisfying(InvalidRoutine.class, thrown::set);
        return thrown.get().messageKeysByField();
    }
}
