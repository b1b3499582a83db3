package org.glutecoach.course.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glutecoach.course.Lesson;
import org.glutecoach.support.Readability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled lessons: seven days, each readable in about five minutes, plain English (Flesch Reading Ease 60 or
 * more, docs/domain/readability.md) and never diagnostic; and the folder that overrides them.
 */
class LessonLibraryTests {

    static java.util.List<Lesson> lessons() {
        return LessonLibrary.load("");
    }

    @Test
    void thereAreSevenLessonsInDayOrder() {
        assertThat(lessons()).extracting(Lesson::day).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(lessons()).extracting(Lesson::title).contains("How sitting keeps your glutes long",
                "Release your glutes");
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("lessons")
    void everyLessonIsPlainEnglishShortAndEndsWithATask(Lesson lesson) {
        var words = lesson.text().split("\\s+").length;
        assertThat(words).as("readable in about 5 minutes at 200 words a minute").isLessThanOrEqualTo(1000);
        assertThat(lesson.minutes()).isBetween(1, 5);
        assertThat(Readability.fleschReadingEase(lesson.text())).as("Flesch Reading Ease of day " + lesson.day())
                .isGreaterThanOrEqualTo(60);
        assertThat(lesson.text()).as("ends with the task of the day").contains("Your task for today");
        assertThat(lesson.task()).isNotBlank();
        assertThat(lesson.summary()).isNotBlank();
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("lessons")
    void noLessonDiagnoses(Lesson lesson) {
        assertThat(Readability.isDiagnostic(lesson.text() + " " + lesson.summary()))
                .as("diagnostic wording in day " + lesson.day()).isFalse();
    }

    @Test
    void theReleaseLessonCarriesTheDosesAndWhenNotToRoll() {
        var release = lessons().get(3).text();
        assertThat(release).contains("60 seconds", "30 seconds", "6 out of 10", "broken", "blood clot");
    }

    @Test
    void markupInALessonIsEscapedNeverRun() {
        var lesson = LessonFile.read("test", """
                ---
                day: 1
                title: T
                minutes: 3
                summary: S
                task: Do it
                ---
                Hello <script>alert(1)</script> [x](javascript:alert(1))
                """);
        assertThat(lesson.html()).doesNotContain("<script>").doesNotContain("javascript:");
    }

    @Test
    void aPracticeFolderReplacesADayAndAddsOne(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("day-2.md"), "---\nday: 2\ntitle: Our own day two\nminutes: 3\n"
                + "summary: Ours.\ntask: Walk.\n---\nOur words.\n");
        Files.writeString(folder.resolve("day-8.md"), "---\nday: 8\ntitle: A bonus day\nminutes: 3\n"
                + "summary: More.\ntask: Rest.\n---\nMore words.\n");
        var lessons = LessonLibrary.load(folder.toString());
        assertThat(lessons).hasSize(8);
        assertThat(lessons.get(1).title()).isEqualTo("Our own day two");
        assertThat(lessons.get(7).title()).isEqualTo("A bonus day");
    }

    @Test
    void aBrokenFileSaysWhatIsWrong() {
        assertThatThrownBy(() -> LessonFile.read("day-9.md", "---\nday: nine\n---\nText"))
                .hasMessageContaining("day-9.md");
        assertThatThrownBy(() -> LessonFile.read("day-9.md", "No front matter"))
                .hasMessageContaining("front matter");
    }
}
