package org.glutecoach.routines.library;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.ExerciseKind;
import org.glutecoach.routines.Routine;
import org.glutecoach.shared.Readability;

/**
 * What every exercise and routine file passes, bundled or a practice's own: the schema (the records'
 * constraints), doses within the dosage sheet, plain English (Flesch Reading Ease 60 or more) without diagnostic
 * wording (docs/domain/readability.md), links to exercises that exist, and release always followed by a move that
 * switches the muscle on (NICE NG59 via docs/domain/dosage.md §1: release alone is never the treatment).
 */
public final class LibraryChecks {

    public static final double MIN_READING_EASE = 60;

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private LibraryChecks() {}

    /** The schema's complaints, as "field: message", sorted. */
    public static List<String> schema(Object file) {
        return VALIDATOR.validate(file).stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .sorted()
                .toList();
    }

    /** An exercise on its own (its links to other exercises are checked by {@link #links}). */
    public static List<String> exercise(Exercise exercise) {
        var problems = new ArrayList<>(DoseLimits.problems(exercise.kind(), exercise.sides(), exercise.dose()));
        readable(problems, exercise.text());
        if (Readability.isDiagnostic(exercise.name() + "\n" + exercise.text() + "\n" + exercise.picture())) {
            problems.add("diagnostic or over-claiming wording (such as 'you have', 'cures' or 'caused by')");
        }
        if (exercise.kind() == ExerciseKind.RELEASE && exercise.doNotIf().isEmpty()) {
            problems.add("a release exercise must say when not to do it (docs/domain/dosage.md §1)");
        }
        return problems;
    }

    /** The easier and harder versions exist and are other exercises. */
    public static List<String> links(Exercise exercise, Map<String, Exercise> library) {
        var problems = new ArrayList<String>();
        for (var link : new String[] {exercise.easier(), exercise.harder()}) {
            if (link != null && (!library.containsKey(link) || link.equals(exercise.id()))) {
                problems.add("names an easier or harder version that is not in the library: " + link);
            }
        }
        return problems;
    }

    /** A routine against the exercises it names. */
    public static List<String> routine(Routine routine, Map<String, Exercise> library) {
        var problems = new ArrayList<String>();
        var releasePending = false;
        for (var step : routine.steps()) {
            var exercise = library.get(step.exercise());
            if (exercise == null) {
                problems.add("names an exercise that is not in the library: " + step.exercise());
                continue;
            }
            if (step.dose() != null) {
                problems.addAll(DoseLimits.problems(exercise.kind(), exercise.sides(), step.dose()).stream()
                        .map(problem -> step.exercise() + ": " + problem)
                        .toList());
            }
            if (exercise.kind() == ExerciseKind.RELEASE) {
                releasePending = true;
            } else if (exercise.kind().switchesOn()) {
                releasePending = false;
            }
        }
        if (releasePending) {
            problems.add("a release must be followed by an activation or strength exercise");
        }
        readable(problems, routine.summary());
        if (Readability.isDiagnostic(routine.name() + "\n" + routine.summary())) {
            problems.add("diagnostic or over-claiming wording (such as 'you have', 'cures' or 'caused by')");
        }
        return problems;
    }

    private static void readable(List<String> problems, String text) {
        var ease = Readability.fleschReadingEase(text);
        if (ease < MIN_READING_EASE) {
            problems.add(String.format(Locale.ROOT, "Flesch Reading Ease %.0f, below %.0f", ease, MIN_READING_EASE));
        }
    }
}
