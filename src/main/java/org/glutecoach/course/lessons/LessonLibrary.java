package org.glutecoach.course.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glutecoach.course.CourseSettings;
import org.glutecoach.course.Lesson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The lessons: the bundled ones ({@code course/lessons/*.md} in the jar), with any in the folder
 * {@code glutecoach.course.lessons-dir} laid over them by day (same day replaces, a new day adds). Read at start;
 * a practice edits the folder and restarts, no rebuild needed. A file of the folder that fails {@link LessonGates}
 * is refused (a warning names it and says why) and the bundled lesson of its day stays.
 */
@Component
public class LessonLibrary {

    private static final Logger log = LoggerFactory.getLogger(LessonLibrary.class);

    private final List<Lesson> lessons;

    LessonLibrary(CourseSettings settings) {
        this.lessons = load(settings.lessonsDir());
    }

    public List<Lesson> all() {
        return lessons;
    }

    public Optional<Lesson> day(int day) {
        return lessons.stream().filter(lesson -> lesson.day() == day).findFirst();
    }

    public int days() {
        return lessons.size();
    }

    static List<Lesson> load(String folder) {
        var byDay = new TreeMap<Integer, Lesson>();
        try {
            var bundled = new PathMatchingResourcePatternResolver().getResources("classpath:course/lessons/*.md");
            for (var resource : bundled) {
                var lesson = LessonFile.read(
                        "bundled " + resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
                byDay.put(lesson.day(), lesson);
            }
            if (StringUtils.hasText(folder)) {
                try (Stream<Path> files = Files.list(Path.of(folder))) {
                    for (var file : files.filter(f -> f.toString().endsWith(".md"))
                            .sorted()
                            .toList()) {
                        var lesson = LessonFile.read(file.toString(), Files.readString(file));
                        var problems = LessonGates.problems(lesson);
                        if (!problems.isEmpty()) {
                            // A practice's own text passes the same gates as ours (hazard HZ-10); the day keeps ours.
                            log.warn(
                                    "Course lesson {} refused, so day {} uses the bundled lesson{}: {}",
                                    file,
                                    lesson.day(),
                                    byDay.containsKey(lesson.day()) ? "" : " (there is none)",
                                    String.join("; ", problems));
                            continue;
                        }
                        byDay.put(lesson.day(), lesson);
                        log.info("Course lesson for day {} read from {}", lesson.day(), file);
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the course lessons", unreadable);
        }
        var days = List.copyOf(byDay.values());
        for (var i = 0; i < days.size(); i++) {
            if (days.get(i).day() != i + 1) {
                throw new IllegalStateException("Course lessons must be days 1 to " + days.size() + " without gaps; "
                        + "day " + (i + 1) + " is missing");
            }
        }
        return days;
    }
}
