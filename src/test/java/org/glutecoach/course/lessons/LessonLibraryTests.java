package org.glutecoach.course.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.glutecoach.course.Lesson;
import org.glutecoach.shared.Readability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

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
        assertThat(lessons())
                .extracting(Lesson::title)
                .contains("How sitting keeps your glutes long", "Release your glutes");
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("lessons")
    void everyLessonIsPlainEnglishShortAndEndsWithATask(Lesson lesson) {
        var words = lesson.text().split("\\s+").length;
        assertThat(words)
                .as("readable in about 5 minutes at 200 words a minute")
                .isLessThanOrEqualTo(1000);
        assertThat(lesson.minutes()).isBetween(1, 5);
        assertThat(Readability.fleschReadingEase(lesson.text()))
                .as("Flesch Reading Ease of day " + lesson.day())
                .isGreaterThanOrEqualTo(LessonGates.MIN_READING_EASE);
        assertThat(lesson.text()).as("ends with the task of the day").contains("Your task for today");
        assertThat(lesson.task()).isNotBlank();
        assertThat(lesson.summary()).isNotBlank();
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("lessons")
    void noLessonDiagnoses(Lesson lesson) {
        assertThat(Readability.isDiagnostic(lesson.text() + " " + lesson.summary()))
                .as("diagnostic wording in day " + lesson.day())
                .isFalse();
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("lessons")
    void everyLessonPassesTheGatesAPracticesLessonsPass(Lesson lesson) {
        assertThat(LessonGates.problems(lesson)).as("day " + lesson.day()).isEmpty();
    }

    @Test
    void theReleaseLessonCarriesTheDosesAndWhenNotToRoll() {
        var release = lessons().get(3).text();
        assertThat(release).contains("60 seconds", "30 seconds", "6 out of 10", "broken", "blood clot");
    }

    @Test
    void rollingAndExerciseDaysSay999AndAAndEPlainlyInShortSafetySentences() {
        for (var lesson : List.of(lessons().get(3), lessons().get(4))) {
            var safety = LessonGates.safetySentences(lesson.text());
            assertThat(safety)
                    .as("day " + lesson.day())
                    .anySatisfy(sentence -> assertThat(sentence).contains("call 999", "A&E"));
            assertThat(safety)
                    .as("day " + lesson.day())
                    .allSatisfy(sentence -> assertThat(LessonGates.wordCount(sentence))
                            .as(sentence)
                            .isLessThanOrEqualTo(25));
        }
    }

    @Test
    void theWhenNotToRollListIsShortPlainAndSays999() throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/course.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = messages.stringPropertyNames().stream()
                .filter(k -> k.startsWith("course.safety."))
                .toList();
        assertThat(keys)
                .contains(
                        "course.safety.skin",
                        "course.safety.bone",
                        "course.safety.clot",
                        "course.safety.stop",
                        "course.safety.emergency");
        var all = new StringBuilder();
        for (var key : keys) {
            var sentence = messages.getProperty(key);
            assertThat(LessonGates.wordCount(sentence))
                    .as(key)
                    .isLessThanOrEqualTo(LessonGates.MAX_SAFETY_SENTENCE_WORDS);
            all.append(sentence).append(".\n");
        }
        assertThat(messages.getProperty("course.safety.emergency")).contains("call 999", "A&E");
        assertThat(messages.getProperty("course.safety.clot")
                        + messages.getProperty("course.safety.skin")
                        + messages.getProperty("course.safety.bone"))
                .contains("clot", "broken");
        assertThat(Readability.fleschReadingEase(all.toString())).isGreaterThanOrEqualTo(60);
        assertThat(Readability.isDiagnostic(all.toString())).isFalse();
    }

    @Test
    void theClinicalReviewsWordingAndDoseCorrectionsAreIn() {
        var text = new StringBuilder();
        lessons().forEach(lesson -> text.append(lesson.text()).append('\n'));
        assertThat(text.toString())
                .as("unsourced claims (review, section 2)")
                .doesNotContain("common patterns", "safe rule of thumb", "works well", "to one side for hours");
        assertThat(lessons().get(5).text()).contains("can tip you a little to one side while you sit");
        assertThat(lessons().get(3).text())
                .as("over 7 out of 10: stop (review, section 3)")
                .contains("If it goes above 7, stop.")
                .doesNotContain("ease off");
        assertThat(lessons().get(4).text())
                .as("standing squeeze as dosage.md: 10 x 5 s, 2 sets, daily")
                .contains("hold for 5 seconds", "Do this 10 times", "2 sets", "every day");
        assertThat(lessons().get(2).text())
                .as("the squeeze check holds 5 s")
                .contains("Hold for five seconds, then let go");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aPracticesLessonThatFailsAGateIsRefusedWithItsNameAndReasonAndOursIsUsed(
            @TempDir Path folder, CapturedOutput log) throws Exception {
        Files.writeString(
                folder.resolve("day-4.md"),
                "---\nday: 4\ntitle: Roll it out\nminutes: 3\n"
                        + "summary: Ours.\ntask: Roll.\n---\nIndividualised myofascial interventions necessitate "
                        + "comprehensive biopsychosocial evaluation of musculoskeletal dysfunction.\n");
        Files.writeString(
                folder.resolve("day-5.md"),
                "---\nday: 5\ntitle: Our fix\nminutes: 3\n"
                        + "summary: Ours.\ntask: Walk.\n---\nThis routine cures back pain. Walk a bit each day.\n");
        Files.writeString(
                folder.resolve("day-6.md"),
                "---\nday: 6\ntitle: Sit well\nminutes: 3\n"
                        + "summary: Ours.\ntask: Sit.\n---\nStop and call 999 or go to A&E if you feel numb in both legs or"
                        + " around your back passage or your genitals or your inner thighs or if you cannot pee at all now.\n");
        Files.writeString(
                folder.resolve("day-7.md"),
                "---\nday: 7\ntitle: Our own last day\nminutes: 3\n"
                        + "summary: Ours.\ntask: Plan.\n---\nMake a plan for the week. Keep it short.\n");
        var lessons = LessonLibrary.load(folder.toString());
        var bundled = lessons();
        assertThat(lessons.get(3)).isEqualTo(bundled.get(3));
        assertThat(lessons.get(4)).isEqualTo(bundled.get(4));
        assertThat(lessons.get(5)).isEqualTo(bundled.get(5));
        assertThat(lessons.get(6).title()).as("a file that passes is used").isEqualTo("Our own last day");
        assertThat(log.getOut())
                .contains("WARN", folder.resolve("day-4.md").toString(), "Flesch Reading Ease")
                .contains(folder.resolve("day-5.md").toString(), "diagnostic")
                .contains(folder.resolve("day-6.md").toString(), "safety sentence");
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
        Files.writeString(
                folder.resolve("day-2.md"),
                "---\nday: 2\ntitle: Our own day two\nminutes: 3\n" + "summary: Ours.\ntask: Walk.\n---\nOur words.\n");
        Files.writeString(
                folder.resolve("day-8.md"),
                "---\nday: 8\ntitle: A bonus day\nminutes: 3\n" + "summary: More.\ntask: Rest.\n---\nMore words.\n");
        var lessons = LessonLibrary.load(folder.toString());
        assertThat(lessons).hasSize(8);
        assertThat(lessons.get(1).title()).isEqualTo("Our own day two");
        assertThat(lessons.get(7).title()).isEqualTo("A bonus day");
    }

    @Test
    void aBrokenFileSaysWhatIsWrong() {
        assertThatThrownBy(() -> LessonFile.read("day-9.md", "---\nday: nine\n---\nText"))
                .hasMessageContaining("day-9.md");
        assertThatThrownBy(() -> LessonFile.read("day-9.md", "No front matter")).hasMessageContaining("front matter");
    }
}
