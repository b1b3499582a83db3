package org.glutecoach.routines.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.glutecoach.routines.Exercise;
import org.glutecoach.routines.Routine;
import org.glutecoach.routines.RoutineView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exercises and routines: the bundled files ({@code routines/exercises/*.json} and
 * {@code routines/routines/*.json} in the jar), then a practice's own from the folder {@code GLUTECOACH_ROUTINES_DIR}
 * (its {@code exercises/} and {@code routines/}; the same id replaces ours). Read once at start. Every file passes
 * {@link LibraryChecks}: a bundled file that fails stops the start (a bug of ours); a practice's file that fails is
 * refused, and a warning names it and says why, like the course's lessons.
 */
public final class ExerciseLibrary {

    private static final Logger log = LoggerFactory.getLogger(ExerciseLibrary.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Map<String, Exercise> exercises;
    private final Map<String, RoutineView> routines;
    private final List<Refused> refused;

    /** A practice's file that was left out, and why. */
    public record Refused(String file, String reason) {}

    private ExerciseLibrary(Map<String, Exercise> exercises, Map<String, RoutineView> routines, List<Refused> refused) {
        this.exercises = exercises;
        this.routines = routines;
        this.refused = List.copyOf(refused);
    }

    public List<Exercise> exercises() {
        return List.copyOf(exercises.values());
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public List<RoutineView> routines() {
        return List.copyOf(routines.values());
    }

    public Optional<RoutineView> routine(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    /** A routine built from this library (a person's own, say), or the reasons it cannot be. */
    public RoutineView resolve(Routine routine, boolean bundled) {
        var problems = LibraryChecks.routine(routine, exercises);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        var steps = routine.steps().stream()
                .map(step -> {
                    var exercise = Objects.requireNonNull(exercises.get(step.exercise()), "checked above");
                    var dose = step.dose() == null ? exercise.dose() : step.dose();
                    return new RoutineView.StepView(exercise, dose, dose.totalSeconds(exercise.sides()));
                })
                .toList();
        var seconds = steps.stream().mapToInt(RoutineView.StepView::seconds).sum();
        return new RoutineView(
                routine.id(), routine.name(), routine.summary(), Math.max(1, (seconds + 59) / 60), bundled, steps);
    }

    /**
     * A person's own routine: the exercises named, each with its own dose. One the library no longer has (a
     * practice took it out) is left out, so the routine still plays.
     */
    public RoutineView personal(String id, String name, List<String> exerciseIds) {
        var steps = exerciseIds.stream()
                .map(exercises::get)
                .filter(Objects::nonNull)
                .map(exercise -> new RoutineView.StepView(
                        exercise, exercise.dose(), exercise.dose().totalSeconds(exercise.sides())))
                .toList();
        var seconds = steps.stream().mapToInt(RoutineView.StepView::seconds).sum();
        return new RoutineView(id, name, "", Math.max(1, (seconds + 59) / 60), false, steps);
    }

    public List<Refused> refused() {
        return refused;
    }

    /** The bundled files with the folder's laid over them; {@code folder} may be empty for none. */
    public static ExerciseLibrary load(@Nullable String folder) {
        var refused = new ArrayList<Refused>();
        var exercises = new LinkedHashMap<String, Exercise>();
        var routineFiles = new LinkedHashMap<String, Routine>();
        var bundled = new HashSet<String>();
        var bundledRoutines = new HashSet<String>();
        for (var file : bundled("exercises")) {
            var exercise = Objects.requireNonNull(
                    read(file, Exercise.class, (e, any) -> LibraryChecks.exercise(e), exercises, null),
                    "a bundled file that does not pass stops the start");
            exercises.put(exercise.id(), exercise);
            bundled.add(exercise.id());
        }
        for (var file : bundled("routines")) {
            var routine = Objects.requireNonNull(
                    read(file, Routine.class, (r, any) -> List.of(), exercises, null),
                    "a bundled file that does not pass stops the start");
            routineFiles.put(routine.id(), routine);
            bundledRoutines.add(routine.id());
        }
        if (StringUtils.hasText(folder)) {
            for (var file : inFolder(Path.of(folder, "exercises"))) {
                var exercise = read(file, Exercise.class, (e, any) -> LibraryChecks.exercise(e), exercises, refused);
                if (exercise != null) {
                    exercises.put(exercise.id(), exercise);
                    bundled.remove(exercise.id());
                    log.info("Exercise {} read from {}", exercise.id(), file.name());
                }
            }
        }
        for (var exercise : List.copyOf(exercises.values())) {
            var problems = LibraryChecks.links(exercise, exercises);
            if (!problems.isEmpty()) {
                refuse(new File("exercise " + exercise.id(), ""), problems, !bundled.contains(exercise.id()), refused);
                exercises.remove(exercise.id());
            }
        }
        if (StringUtils.hasText(folder)) {
            for (var file : inFolder(Path.of(folder, "routines"))) {
                var routine = read(file, Routine.class, LibraryChecks::routine, exercises, refused);
                if (routine != null) {
                    routineFiles.put(routine.id(), routine);
                    bundledRoutines.remove(routine.id());
                    log.info("Routine {} read from {}", routine.id(), file.name());
                }
            }
        }
        var library = new ExerciseLibrary(sorted(exercises), new LinkedHashMap<>(), refused);
        routineFiles.values().stream()
                .sorted(Comparator.comparing(Routine::name))
                .forEach(routine -> {
                    var problems = LibraryChecks.routine(routine, library.exercises);
                    if (problems.isEmpty()) {
                        library.routines.put(
                                routine.id(), library.resolve(routine, bundledRoutines.contains(routine.id())));
                    } else {
                        refuse(
                                new File("routine " + routine.id(), ""),
                                problems,
                                !bundledRoutines.contains(routine.id()),
                                refused);
                    }
                });
        return new ExerciseLibrary(library.exercises, library.routines, refused);
    }

    private static Map<String, Exercise> sorted(Map<String, Exercise> exercises) {
        var sorted = new LinkedHashMap<String, Exercise>();
        exercises.values().stream()
                .sorted(Comparator.comparing(Exercise::kind).thenComparing(Exercise::name))
                .forEach(exercise -> sorted.put(exercise.id(), exercise));
        return sorted;
    }

    /** A file's name (for messages) and text. */
    record File(String name, String text) {}

    private static <T> @Nullable T read(
            File file,
            Class<T> type,
            BiFunction<T, Map<String, Exercise>, List<String>> checks,
            Map<String, Exercise> exercises,
            @Nullable List<Refused> refused) {
        var problems = new ArrayList<String>();
        T value = null;
        try {
            value = JSON.readValue(file.text(), type);
        } catch (JacksonException unreadable) {
            problems.add("not valid for the schema: " + unreadable.getOriginalMessage());
        }
        if (value != null) {
            problems.addAll(LibraryChecks.schema(value));
            if (problems.isEmpty()) {
                problems.addAll(checks.apply(value, exercises));
                var id = type == Exercise.class ? ((Exercise) value).id() : ((Routine) value).id();
                if (!file.name().endsWith("/" + id + ".json")) {
                    problems.add("the file must be named after its id: " + id + ".json");
                }
            }
        }
        if (problems.isEmpty()) {
            return value;
        }
        refuse(file, problems, refused != null, refused == null ? new ArrayList<>() : refused);
        return null;
    }

    private static void refuse(File file, List<String> problems, boolean practices, List<Refused> refused) {
        var reason = String.join("; ", problems);
        if (!practices) {
            throw new IllegalStateException("Bundled routines file " + file.name() + " is invalid: " + reason);
        }
        // A practice's own text passes the same checks as ours (hazard HZ-10); the file is left out.
        log.warn("Routines file {} refused: {}", file.name(), reason);
        refused.add(new Refused(file.name(), reason));
    }

    private static List<File> bundled(String kind) {
        try {
            var files = new ArrayList<File>();
            for (var resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:routines/" + kind + "/*.json")) {
                files.add(new File(
                        "bundled routines/" + kind + "/" + resource.getFilename(),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(File::name));
            return files;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the bundled routines", unreadable);
        }
    }

    private static List<File> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            var files = new ArrayList<File>();
            for (var path :
                    paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(new File(path.toString(), Files.readString(path)));
            }
            return files;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the routines folder " + folder, unreadable);
        }
    }
}
