package org.glutecoach.routines;

import org.jspecify.annotations.Nullable;

/** What the library page narrows to; each part {@code null} for any. */
public record LibraryFilter(
        @Nullable ExerciseKind kind,
        @Nullable Equipment equipment,
        @Nullable Integer minutes) {

    public static final LibraryFilter ANY = new LibraryFilter(null, null, null);

    public boolean matches(Exercise exercise) {
        return (kind == null || exercise.kind() == kind)
                && (equipment == null || exercise.equipment().contains(equipment))
                && (minutes == null || exercise.minutes() <= minutes);
    }

    public boolean matches(RoutineView routine) {
        return (kind == null
                        || routine.steps().stream()
                                .anyMatch(step -> step.exercise().kind() == kind))
                && (equipment == null
                        || routine.steps().stream()
                                .allMatch(step -> step.exercise().equipment().contains(equipment)
                                        || step.exercise().equipment().contains(Equipment.NONE)))
                && (minutes == null || routine.minutes() <= minutes);
    }
}
