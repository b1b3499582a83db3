package org.glutecoach.routines.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.ExerciseKind;
import org.glutecoach.routines.InvalidRoutine;
import org.glutecoach.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A person's routine as they asked for it, checked: a name that is not blank, not too long and on one line of
 * characters a person can type ({@link PlainText}), and 1-12 exercises
 * that are all in the library, a release always followed by a move that switches the muscle on (dosage.md §1, as
 * for the ready-made routines). A draft that exists is valid.
 */
public record RoutineDraft(String name, List<String> exercises) {

    public static final int MAX_NAME = 60;
    public static final int MAX_EXERCISES = 12;

    public RoutineDraft {
        exercises = List.copyOf(exercises);
    }

    /**
     * @throws InvalidRoutine naming each field that is wrong ({@code name}, {@code exercises}) with a message key
     */
    public static RoutineDraft of(
            @Nullable String name, @Nullable List<String> exercises, Function<String, Optional<Exercise>> library) {
        var trimmed = name == null ? "" : name.strip();
        // A JSON body may hold a null in the list: it is an exercise that is not in the library.
        var ids = exercises == null
                ? List.<String>of()
                : exercises.stream().map(id -> id == null ? "" : id).toList();
        var problems = new LinkedHashMap<String, String>();
        if (trimmed.isEmpty()) {
            problems.put("name", "routines.mine.name.blank");
        } else if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            problems.put("name", "routines.mine.name.long");
        } else if (!PlainText.isTypeable(trimmed, false)) {
            problems.put("name", "routines.mine.name.characters");
        }
        exercisesProblem(ids, library).ifPresent(key -> problems.put("exercises", key));
        if (!problems.isEmpty()) {
            throw new InvalidRoutine(problems);
        }
        return new RoutineDraft(trimmed, ids);
    }

    private static Optional<String> exercisesProblem(List<String> ids, Function<String, Optional<Exercise>> library) {
        if (ids.isEmpty()) {
            return Optional.of("routines.mine.exercises.none");
        }
        if (ids.size() > MAX_EXERCISES) {
            return Optional.of("routines.mine.exercises.many");
        }
        var releasePending = false;
        for (var id : ids) {
            var exercise = library.apply(id);
            if (exercise.isEmpty()) {
                return Optional.of("routines.mine.exercises.missing");
            }
            var kind = exercise.get().kind();
            if (kind == ExerciseKind.RELEASE) {
                releasePending = true;
            } else if (kind.switchesOn()) {
                releasePending = false;
            }
        }
        return releasePending ? Optional.of("routines.mine.exercises.pairing") : Optional.empty();
    }
}
