package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ClockedIntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.MutableClock;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seven lessons over seven simulated days at the chosen local time, across the end of British Summer Time
 * (25 October 2026), with mail through a real SMTP server: double opt-in first, exactly one lesson a day, none
 * early, none twice, and a one-click unsubscribe that stops them. The clock is the test's.
 */
@ClockedIntegrationTest(properties = {"glutecoach.course.send-interval=1h", "glutecoach.test.database=course-days"})
class CourseDeliveryIntegrationTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    @Autowired
    CourseService course;

    @Autowired
    CourseDeliveries deliveries;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sevenLessonsComeOneADayAt0730LondonTimeAcrossTheClockChange() throws Exception {
        var email = AccountFixtures.uniqueEmail();
        clock.set(Instant.parse("2026-10-22T10:00:00Z"));
        course.enrol(email, LocalTime.of(7, 30), LONDON, null);
        assertThat(deliveries.sendDue())
                .as("nothing before the address is confirmed")
                .isZero();
        var confirm = MailServer.awaitMailTo(email, "Please confirm: start the free mini course");
        var confirmPath = path(MailServer.link(confirm));
        var confirmed = Visitor.at(port).get(confirmPath);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("You are in");
        assertThat(Visitor.at(port).get(confirmPath).statusCode())
                .as("the link works once")
                .isEqualTo(400);

        assertThat(deliveries.sendDue()).as("day 1 at once").isEqualTo(1);
        assertThat(deliveries.sendDue()).as("not twice").isZero();
        var day1 = MailServer.awaitMailTo(email, "Day 1: How sitting keeps your glutes long");
        assertThat(day1.getHeader("List-Unsubscribe")[0])
                .startsWith("<http://localhost:" + port + "/course/unsubscribe?e=");
        assertThat(day1.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(MailServer.text(day1))
                .contains("Read today's lesson: http://localhost:" + port + "/course/lessons/1?e=");
        // Each person's own links, in both parts (the mail is rendered once per day and the links put in).
        var personal = day1.getHeader("List-Unsubscribe")[0].replaceAll(".*\\?(e=[^&]+)&(k=[^>]+)>", "$1&$2");
        assertThat(MailServer.text(day1)).contains("/course/lessons/1?" + personal, "/course/my?" + personal);
        assertThat(MailServer.text(day1))
                .as("one colon after the task's heading")
                .contains("Your task for today: ")
                .doesNotContain("::");
        assertThat(MailServer.html(day1))
                .contains("href=\"http://localhost:" + port + "/course/lessons/1?" + personal.replace("&", "&amp;")
                        + "\"");

        for (var day = 2; day <= 7; day++) {
            var date = LocalDate.of(2026, 10, 22).plusDays(day - 1);
            var due = ZonedDateTime.of(date, LocalTime.of(7, 30), LONDON).toInstant();
            clock.set(due.minusSeconds(60));
            assertThat(deliveries.sendDue())
                    .as("day " + day + " not before 07:30")
                    .isZero();
            clock.set(due.plusSeconds(1));
            assertThat(deliveries.sendDue()).as("day " + day + " at 07:30").isEqualTo(1);
            assertThat(deliveries.sendDue()).as("day " + day + " once").isZero();
        }
        assertThat(jdbc.sql("""
                SELECT due_at FROM course_deliveries d JOIN course_enrolments e ON e.id = d.enrolment_id
                WHERE e.email = ? AND d.lesson_day IN (3, 4) ORDER BY d.lesson_day""").param(email).query(Instant.class).list())
                .as("07:30 in summer time (06:30Z), then 07:30 in winter time (07:30Z)")
                .containsExactly(Instant.parse("2026-10-24T06:30:00Z"), Instant.parse("2026-10-25T07:30:00Z"));

        clock.set(Instant.parse("2026-11-05T09:00:00Z"));
        assertThat(deliveries.sendDue()).as("nothing after day 7").isZero();
        MailServer.awaitMailsTo(email, 8);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(MailServer.mailsTo(email))
                        .as("the confirmation and seven lessons")
                        .hasSize(8)
                        .extracting(MailServer::subject)
                        .contains("Day 7: Putting it all together")
                        .doesNotHaveDuplicates());
    }

    @Test
    void theOneClickUnsubscribeStopsTheLessonsAtOnce() throws Exception {
        var email = AccountFixtures.uniqueEmail();
        clock.set(Instant.parse("2026-11-10T09:00:00Z"));
        course.enrol(email, LocalTime.of(8, 0), LONDON, null);
        var confirmPath =
                path(MailServer.link(MailServer.awaitMailTo(email, "Please confirm: start the free mini course")));
        Visitor.at(port).get(confirmPath);
        deliveries.sendDue();
        var day1 = MailServer.awaitMailTo(email, "Day 1: How sitting keeps your glutes long");
        var unsubscribe = day1.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");

        // What a mail client sends for RFC 8058: a POST with this body and no cookies or CSRF token.
        var oneClick = MailServer.unsubscribeInOneClick(unsubscribe);
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("We will not send you any more course emails");

        clock.set(Instant.parse("2026-11-11T09:00:00Z"));
        assertThat(deliveries.sendDue()).isZero();
        var wrongKey = unsubscribe.replaceAll("k=[^&]+", "k=not-the-key");
        assertThat(Visitor.at(port)
                        .get(wrongKey.substring(wrongKey.indexOf("/course")))
                        .statusCode())
                .isEqualTo(404);
        assertThat(Visitor.at(port).get("/course/unsubscribe?e=not-an-id&k=x").statusCode())
                .isEqualTo(400);
    }

    @Test
    void pausingHoldsTheNextLessonAndCarryingOnSendsItAtTheNextChosenTime() {
        var email = AccountFixtures.uniqueEmail();
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        course.enrol(email, LocalTime.of(7, 30), LONDON, null);
        var token = MailServer.link(MailServer.awaitMailTo(email, "Please confirm: start the free mini course"));
        var view = course.confirm(token.substring(token.indexOf("token=") + 6)).orElseThrow();
        deliveries.sendDue();

        course.change(view.id(), CourseService.Control.PAUSE);
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(deliveries.sendDue()).as("paused").isZero();
        var paused = course.byKey(view.id(), view.accessKey()).orElseThrow();
        assertThat(paused.lessons().get(1).unlocked()).isFalse();
        assertThat(paused.lessons().get(1).opensAt()).isNull();

        var resumed = course.change(view.id(), CourseService.Control.RESUME);
        assertThat(resumed.lessons().get(1).opensAt()).isEqualTo(ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, LONDON));
        clock.set(Instant.parse("2026-11-24T07:31:00Z"));
        assertThat(deliveries.sendDue()).isEqualTo(1);

        var later = course.changeTime(view.id(), LocalTime.of(18, 0), LONDON);
        assertThat(later.lessons().get(2).opensAt())
                .as("the same day, the new time")
                .isEqualTo(ZonedDateTime.of(2026, 11, 25, 18, 0, 0, 0, LONDON));
        clock.set(Instant.parse("2026-11-25T07:31:00Z"));
        assertThat(deliveries.sendDue()).as("not at the old time").isZero();

        var all = course.change(view.id(), CourseService.Control.ALL_AT_ONCE);
        assertThat(all.lessons()).allMatch(EnrolmentView.LessonState::unlocked);
        clock.set(Instant.parse("2026-11-25T18:01:00Z"));
        assertThat(deliveries.sendDue())
                .as("no more lesson mails once all are open")
                .isZero();

        var restarted = course.change(view.id(), CourseService.Control.RESTART);
        assertThat(restarted.lessons().get(0).unlocked())
                .as("day 1 again at once")
                .isTrue();
        assertThat(restarted.lessons().get(1).unlocked()).isFalse();
        assertThat(deliveries.sendDue()).as("day 1 again, in a new round").isEqualTo(1);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/course"));
    }
}
