package org.glutecoach.routines.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glutecoach.routines.Dose;
import org.glutecoach.routines.Equipment;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.ExerciseKind;
import org.glutecoach.routines.Routine;
import org.glutecoach.routines.RoutineView;
import org.glutecoach.routines.Sides;
import org.glutecoach.shared.Readability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled exercise and routine files: valid for the schema, doses within docs/domain/dosage.md, plain English
 * without diagnostic wording, routines that name real exercises; and a practice's folder checked the same way.
 */
class ExerciseLibraryTests {

    static final ExerciseLibrary BUNDLED = ExerciseLibrary.load("");

    static List<Exercise> exercises() {
        return BUNDLED.exercises();
    }

    static List<RoutineView> routines() {
        return BUNDLED.routines();
    }

    @Test
    void theLibraryHoldsEveryExerciseTheIssueAsksFor() {
        assertThat(BUNDLED.exercises())
                .extracting(Exercise::id)
                .containsExactlyInAnyOrder(
                        "foam-roller-release",
                        "ball-release-wall",
                        "ball-release-floor",
                        "standing-squeeze",
                        "standing-squeeze-each-side",
                        "glute-bridge",
                        "single-leg-bridge",
                        "clamshell",
                        "prone-hip-extension",
                        "seated-find-your-glute",
                        "desk-stand-and-squeeze",
                        "desk-short-walk",
                        "desk-hip-stretch");
        assertThat(BUNDLED.exercises())
                .filteredOn(e -> e.kind() == ExerciseKind.DESK_BREAK)
                .hasSize(3);
        assertThat(BUNDLED.exercise("ball-release-wall").orElseThrow().equipment())
                .containsExactly(Equipment.MASSAGE_BALL, Equipment.WALL);
        assertThat(BUNDLED.refused()).isEmpty();
    }

    @Test
    void theReadyMadeRoutinesAreThereAndReleaseIsAlwaysPairedWithActivation() {
        assertThat(BUNDLED.routines())
                .extracting(RoutineView::name)
                .containsExactly(
                        "5-minute release", "Desk reset", "Strength, week 1", "Switch on your glutes, left and right");
        var release = BUNDLED.routine("five-minute-release").orElseThrow();
        assertThat(release.hasRelease()).isTrue();
        assertThat(release.hasActivation()).isTrue();
        assertThat(release.minutes()).isBetween(4, 6);
        assertThat(BUNDLED.routine("desk-reset").orElseThrow().minutes()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyExerciseHasEveryFieldAndADoseWithinTheDosageSheet(Exercise exercise) {
        assertThat(LibraryChecks.schema(exercise)).isEmpty();
        assertThat(DoseLimits.problems(exercise.kind(), exercise.sides(), exercise.dose()))
                .isEmpty();
        assertThat(exercise.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(List.of(exercise.feel(), exercise.notFeel(), exercise.evidence(), exercise.picture()))
                .allSatisfy(text -> assertThat(text).isNotBlank());
        if (exercise.kind() == ExerciseKind.RELEASE) {
            // dosage.md §1: broken skin, a broken bone and a clot rule rolling out; tingling stops it.
            assertThat(String.join(" ", exercise.doNotIf())).contains("broken skin", "broken bone", "clot");
            assertThat(String.join(" ", exercise.cautions()))
                    .contains("pins and needles", "blood thinners", "pregnant", "tailbone");
        }
        if (exercise.sides() == Sides.EACH) {
            assertThat(exercise.steps().get(exercise.steps().size() - 1))
                    .containsAnyOf("other side", "change sides", "change legs");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyExerciseIsPlainEnglishAndNeverDiagnoses(Exercise exercise) {
        assertThat(Readability.fleschReadingEase(exercise.text()))
                .as(exercise.id())
                .isGreaterThanOrEqualTo(LibraryChecks.MIN_READING_EASE);
        assertThat(Readability.isDiagnostic(exercise.name() + " " + exercise.text() + " " + exercise.picture()))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void everyRoutineNamesRealExercisesWithDosesWithinTheSheet(RoutineView routine) {
        assertThat(routine.steps()).allSatisfy(step -> {
            assertThat(BUNDLED.exercise(step.exercise().id())).isPresent();
            assertThat(DoseLimits.problems(
                            step.exercise().kind(), step.exercise().sides(), step.dose()))
                    .isEmpty();
        });
        assertThat(!routine.hasRelease() || routine.hasActivation()).isTrue();
        assertThat(Readability.fleschReadingEase(routine.summary())).isGreaterThanOrEqualTo(60);
        assertThat(Readability.isDiagnostic(routine.summary())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyExerciseHasItsOwnSmallDrawingWithItsTextAlternative(Exercise exercise) throws IOException {
        var svg = Files.readString(Path.of("src/main/resources/static/img/routines/" + exercise.id() + ".svg"));
        // The self-check's drawings set the style: 320 by 160, the same three colours, a title read aloud.
        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 160\"")
                .contains("role=\"img\"")
                .contains("<title>" + exercise.picture() + "</title>", "#5b4a36", "#b5473a")
                .doesNotContain("<script", "href=");
        assertThat(svg.length()).as("small").isLessThan(1500);
    }

    @Test
    void dosesOutsideTheSheetAreRefused() {
        assertThat(DoseLimits.problems(ExerciseKind.RELEASE, Sides.EACH, new Dose(2, null, null, 150, 30)))
                .singleElement()
                .asString()
                .contains("secondsPerSide 150 is outside 30-120");
        assertThat(DoseLimits.problems(ExerciseKind.RELEASE, Sides.EACH, new Dose(4, null, null, 60, 10)))
                .hasSize(2);
        assertThat(DoseLimits.problems(ExerciseKind.ACTIVATION, Sides.EACH, new Dose(2, 30, 12, null, 30)))
                .hasSize(2);
        assertThat(DoseLimits.problems(ExerciseKind.DESK_BREAK, Sides.BOTH, new Dose(1, null, null, 300, 0)))
                .singleElement()
                .asString()
                .contains("the whole break");
        assertThat(LibraryChecks.schema(new Dose(2, 10, 2, 60, 30)))
                .singleElement()
                .asString()
                .contains("either timed");
    }

    @Test
    void aRoutineNamingAMissingExerciseIsRefused() {
        var routine = new Routine(
                "mine",
                "Mine",
                "A short one for me.",
                List.of(new Routine.Step("no-such-move", null), new Routine.Step("glute-bridge", null)));
        assertThatThrownBy(() -> BUNDLED.resolve(routine, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the library: no-such-move");
        var releaseOnly = new Routine(
                "mine", "Mine", "A short one for me.", List.of(new Routine.Step("foam-roller-release", null)));
        assertThatThrownBy(() -> BUNDLED.resolve(releaseOnly, false))
                .hasMessageContaining("release must be followed by an activation");
    }

    @Test
    void aPracticesFolderAddsItsOwnAndRefusesABadFileByNameAndReason(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("exercises"));
        Files.createDirectories(folder.resolve("routines"));
        var bridge = Files.readString(Path.of("src/main/resources/routines/exercises/glute-bridge.json"));
        Files.writeString(
                folder.resolve("exercises/wall-bridge.json"),
                bridge.replace("\"glute-bridge\"", "\"wall-bridge\"")
                        .replace("Glute bridge", "Bridge with feet on the wall"));
        Files.writeString(
                folder.resolve("exercises/long-roll.json"),
                Files.readString(Path.of("src/main/resources/routines/exercises/foam-roller-release.json"))
                        .replace("\"foam-roller-release\"", "\"long-roll\"")
                        .replace("\"secondsPerSide\": 60", "\"secondsPerSide\": 300"));
        Files.writeString(
                folder.resolve("exercises/odd.json"),
                bridge.replace("\"glute-bridge\"", "\"odd\"").replace("\"kind\"", "\"colour\": \"red\", \"kind\""));
        Files.writeString(
                folder.resolve("exercises/cure.json"),
                bridge.replace("\"glute-bridge\"", "\"cure\"")
                        .replace("Work in the buttocks.", "This cures a sore back."));
        Files.writeString(folder.resolve("routines/bridges.json"), """
                {"id": "bridges", "name": "Bridges", "summary": "Two kinds of bridge, one after the other.",
                 "steps": [{"exercise": "glute-bridge"}, {"exercise": "wall-bridge"}]}""");
        Files.writeString(folder.resolve("routines/lost.json"), """
                {"id": "lost", "name": "Lost", "summary": "A bridge and a move we do not have.",
                 "steps": [{"exercise": "glute-bridge"}, {"exercise": "long-roll"}]}""");

        var library = ExerciseLibrary.load(folder.toString());

        assertThat(library.exercise("wall-bridge")).isPresent();
        assertThat(library.routine("bridges").orElseThrow().bundled()).isFalse();
        assertThat(library.routine("five-minute-release").orElseThrow().bundled())
                .isTrue();
        assertThat(library.exercise("long-roll")).isEmpty();
        assertThat(library.routine("lost")).isEmpty();
        assertThat(library.refused())
                .extracting(r -> Path.of(r.file()).getFileName().toString() + ": " + r.reason())
                .anySatisfy(line -> assertThat(line).startsWith("cure.json: ").contains("diagnostic"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("long-roll.json: ")
                        .contains("secondsPerSide 300 is outside 30-120"))
                .anySatisfy(line -> assertThat(line).startsWith("odd.json: ").contains("colour"))
                .anySatisfy(
                        line -> assertThat(line).startsWith("lost.json: ").contains("not in the library: long-roll"))
                .hasSize(4);
    }

    @Test
    void aFolderThatIsNotThereAddsNothing() {
        assertThat(ExerciseLibrary.load("/no/such/folder").exercises()).hasSameSizeAs(BUNDLED.exercises());
    }

    /** "5-minute", "5 minutes", "two minutes": the minutes a routine's name or summary promises, if any. */
    static java.util.OptionalInt statedMinutes(RoutineView routine) {
        var words = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        var matcher = java.util.regex.Pattern.compile("(?i)\\b(\\d+|" + String.join("|", words) + ")[- ]minutes?\\b")
                .matcher(routine.name() + "\n" + routine.summary());
        if (!matcher.find()) {
            return java.util.OptionalInt.empty();
        }
        var number = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
        return java.util.OptionalInt.of(
                number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : words.indexOf(number) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void whatARoutineSaysItTakesIsWhatItTakesWithinHalfAMinute(RoutineView routine) {
        var seconds =
                routine.steps().stream().mapToInt(RoutineView.StepView::seconds).sum();
        statedMinutes(routine)
                .ifPresent(minutes -> assertThat(seconds)
                        .as("%s says %d minutes", routine.name(), minutes)
                        .isBetween(minutes * 60 - 30, minutes * 60 + 30));
    }

    @Test
    void theRoutinesThatNameTheirTimeAreFound() {
        assertThat(statedMinutes(BUNDLED.routine("five-minute-release").orElseThrow()))
                .hasValue(5);
        assertThat(statedMinutes(BUNDLED.routine("desk-reset").orElseThrow())).hasValue(2);
    }
}
