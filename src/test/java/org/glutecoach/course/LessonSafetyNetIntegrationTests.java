package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.sending.MailRenderer;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The safety-net block (red-flag rule 7) on every lesson page and in both parts of every lesson mail, and the
 * rolling and exercise days opening with it and with when not to roll. A day's mail is still rendered once.
 */
@IntegrationTest
class LessonSafetyNetIntegrationTests {

    private static final List<String> SAFETY_NET = List.of(
            "safetyNet.heading",
            "safetyNet.intro",
            "safetyNet.sign.saddle",
            "safetyNet.sign.bladder",
            "safetyNet.sign.legs");
    private static final List<String> WHEN_NOT_TO_ROLL = List.of(
            "course.safety.heading",
            "course.safety.skin",
            "course.safety.bone",
            "course.safety.clot",
            "course.safety.stop",
            "course.safety.emergency");

    @LocalServerPort
    int port;

    @Autowired
    CourseService course;

    @Autowired
    MailRenderer renderer;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLessonPageCarriesTheSafetyNetAndTheRollingAndExerciseDaysOpenWithIt() {
        var email = AccountFixtures.uniqueEmail();
        course.enrol(email, LocalTime.of(7, 30), CourseService.DEFAULT_ZONE, null);
        var confirm = MailServer.link(MailServer.awaitMailTo(email, "Please confirm: start the free mini course"));
        var visitor = Visitor.at(port);
        assertThat(visitor.get(confirm.substring(confirm.indexOf("/course"))).statusCode())
                .isEqualTo(200);
        var id = jdbc.sql("SELECT id FROM course_enrolments WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
        var accessKey = jdbc.sql("SELECT access_key FROM course_enrolments WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
        var enrolment = course.byKey(id, accessKey).orElseThrow();
        course.change(enrolment.id(), CourseService.Control.ALL_AT_ONCE);

        for (var lesson : course.lessons()) {
            var page = visitor.get(
                    "/course/lessons/" + lesson.day() + "?e=" + enrolment.id() + "&k=" + enrolment.accessKey());
            assertThat(page.statusCode()).as("day " + lesson.day()).isEqualTo(200);
            var html = page.body();
            assertThat(html).contains("href=\"/practice/report-a-problem?about=lesson-" + lesson.day() + "\"");
            SAFETY_NET.forEach(key ->
                    assertThat(html).as("day " + lesson.day() + ": " + key).contains(html(key)));
            if (movesTheBody(lesson)) {
                var lessonStarts = html.indexOf("class=\"lesson\"");
                assertThat(html.indexOf("class=\"safety-net\""))
                        .as("day " + lesson.day() + " opens with it")
                        .isPositive()
                        .isLessThan(lessonStarts);
                WHEN_NOT_TO_ROLL.forEach(key ->
                        assertThat(html.indexOf(html(key))).as(key).isPositive().isLessThan(lessonStarts));
            }
        }
        assertThat(course.lessons())
                .filteredOn(this::movesTheBody)
                .extracting(Lesson::day)
                .contains(4, 5);
    }

    @Test
    void everyLessonMailCarriesTheSafetyNetInBothPartsAndIsStillRenderedOnce() throws Exception {
        for (var lesson : course.lessons()) {
            var shared = Map.<String, Object>of(
                    "lesson", lesson, "days", course.lessons().size());
            for (var person : List.of("e=1&k=a", "e=2&k=b")) {
                var personal = Map.of(
                        "link",
                        "/course/lessons/" + lesson.day() + "?" + person,
                        "manage",
                        "/course/my?" + person,
                        "unsubscribe",
                        "https://coach.example/course/unsubscribe?" + person);
                var once = renderer.render(Mail.of("a@example.com", "course/mail/lesson", shared)
                        .withPersonal(personal)
                        .withSubjectArgs(lesson.day(), lesson.title()));
                var all = new HashMap<String, Object>(shared);
                all.putAll(personal);
                var whole = renderer.render(Mail.of("a@example.com", "course/mail/lesson", all)
                        .withSubjectArgs(lesson.day(), lesson.title()));
                assertThat(once).isEqualTo(whole);
                SAFETY_NET.forEach(key -> {
                    assertThat(once.html())
                            .as("day " + lesson.day() + " HTML: " + key)
                            .contains(html(key));
                    assertThat(once.text())
                            .as("day " + lesson.day() + " text: " + key)
                            .contains(text(key));
                });
                if (movesTheBody(lesson)) {
                    WHEN_NOT_TO_ROLL.forEach(key -> {
                        assertThat(once.html())
                                .as("day " + lesson.day() + " HTML: " + key)
                                .contains(html(key));
                        assertThat(once.text())
                                .as("day " + lesson.day() + " text: " + key)
                                .contains(text(key));
                    });
                }
            }
        }
        assertThat(renderedOnce())
                .as("lesson mails rendered once per day, with placeholders")
                .anyMatch(Optional::isPresent);
    }

    private boolean movesTheBody(Lesson lesson) {
        return lesson.routine().equals("release") || lesson.routine().equals("activation");
    }

    /** What the renderer keeps of each kind of mail it rendered once (empty when it had to render it whole). */
    @SuppressWarnings("unchecked")
    private Collection<Optional<?>> renderedOnce() throws Exception {
        var field = MailRenderer.class.getDeclaredField("rendered");
        field.setAccessible(true);
        return ((Cache<Object, Optional<?>>) field.get(renderer)).asMap().values();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    private String html(String key) {
        return HtmlUtils.htmlEscape(text(key));
    }
}
