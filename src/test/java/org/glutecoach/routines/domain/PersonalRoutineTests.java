package org.glutecoach.routines.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reordering, adding and removing give the new order; a move past either end changes nothing. */
class PersonalRoutineTests {

    final UUID owner = UUID.randomUUID();
    final PersonalRoutine routine = PersonalRoutine.create(
            owner, new RoutineDraft("Mine", List.of("a", "b", "c")), Instant.parse("2026-12-01T07:00:00Z"));

    @Test
    void anExerciseMovesUpOrDownOnePlace() {
        assertThat(routine.moved(1, -1)).containsExactly("b", "a", "c");
        assertThat(routine.moved(1, 1)).containsExactly("a", "c", "b");
        assertThat(routine.exercises()).as("unchanged until saved").containsExactly("a", "b", "c");
    }

    @Test
    void aMovePastEitherEndOrOfAPositionNotThereLeavesTheOrder() {
        assertThat(routine.moved(0, -1)).containsExactly("a", "b", "c");
        assertThat(routine.moved(2, 1)).containsExactly("a", "b", "c");
        assertThat(routine.moved(7, -1)).containsExactly("a", "b", "c");
        assertThat(routine.moved(-1, 1)).containsExactly("a", "b", "c");
    }

    @Test
    void addingGoesAtTheEndAndRemovingTakesOnlyThatPosition() {
        assertThat(routine.with("d")).containsExactly("a", "b", "c", "d");
        assertThat(routine.without(1)).containsExactly("a", "c");
        assertThat(routine.without(5)).containsExactly("a", "b", "c");
    }

    @Test
    void aChangeRenamesAndReplacesTheExercisesAndOwnershipIsByAccount() {
        routine.change(new RoutineDraft("Evening", List.of("c", "a")));
        assertThat(routine.name()).isEqualTo("Evening");
        assertThat(routine.exercises()).containsExactly("c", "a");
        assertThat(routine.ownedBy(owner)).isTrue();
        assertThat(routine.ownedBy(UUID.randomUUID())).isFalse();
    }
}
