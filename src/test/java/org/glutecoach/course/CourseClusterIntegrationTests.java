package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.glutecoach.shared.SealedSecrets;
import org.glutecoach.support.ClusterInstance;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lessons with two app instances on one PostgreSQL database, and across a restart: each lesson goes to the
 * outbox exactly once, even when both instances try to send at the same moment.
 */
class CourseClusterIntegrationTests {

    private static final int PEOPLE = 30;

    @Test
    void twoInstancesSendingAtOnceQueueEachLessonOnce() throws Exception {
        MailServer.ensureStarted();
        var database = PostgresServer.newDatabase();
        try (var first = instance(database);
                var second = instance(database)) {
            var batch = confirmedPeople(first, PEOPLE);
            var pool = Executors.newFixedThreadPool(4);
            try {
                var tries = new ArrayList<Callable<Integer>>();
                for (var i = 0; i < 4; i++) {
                    var app = i % 2 == 0 ? first : second;
                    tries.add(() -> app.getBean(CourseDeliveries.class).sendDue());
                }
                var sent = 0;
                for (var result : pool.invokeAll(tries)) {
                    sent += result.get();
                }
                assertThat(sent).as("queued across both instances").isEqualTo(PEOPLE);
            } finally {
                pool.shutdownNow();
            }
            assertThat(deliveries(first, batch)).isEqualTo(PEOPLE);
            assertThat(lessonMails(first, batch)).isEqualTo(PEOPLE);
        }
    }

    @Test
    void afterARestartDueLessonsGoOutOnceAndNeverAgain() {
        MailServer.ensureStarted();
        var database = PostgresServer.newDatabase();
        String batch;
        try (var beforeRestart = instance(database)) {
            batch = confirmedPeople(beforeRestart, 5);
        }
        try (var afterRestart = instance(database)) {
            assertThat(afterRestart.getBean(CourseDeliveries.class).sendDue()).isEqualTo(5);
        }
        try (var again = instance(database)) {
            assertThat(again.getBean(CourseDeliveries.class).sendDue()).isZero();
            assertThat(deliveries(again, batch)).isEqualTo(5);
            assertThat(lessonMails(again, batch)).isEqualTo(5);
        }
    }

    /** People who enrolled and confirmed, so that day 1 is due now; returns their shared address prefix. */
    private static String confirmedPeople(ConfigurableApplicationContext app, int count) {
        var course = app.getBean(CourseService.class);
        var jdbc = app.getBean(JdbcClient.class);
        var batch = "course-" + UUID.randomUUID();
        for (var i = 0; i < count; i++) {
            var email = batch + "-" + i + "@example.com";
            course.enrol(email, LocalTime.of(7, 30), ZoneId.of("Europe/London"), null);
            // Bodies are sealed in the table (ADR 8): open it as the relay would.
            var mail = app.getBean(SealedSecrets.class)
                    .open(jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ?")
                            .param(email)
                            .query(String.class)
                            .single());
            var token = mail.substring(mail.indexOf("token=") + 6).split("\\s")[0];
            assertThat(course.confirm(token)).isPresent();
        }
        return batch;
    }

    private static int deliveries(ConfigurableApplicationContext app, String batch) {
        return app.getBean(JdbcClient.class)
                .sql("""
                SELECT COUNT(*) FROM course_deliveries d JOIN course_enrolments e ON e.id = d.enrolment_id
                WHERE e.email LIKE ?""")
                .param(batch + "%")
                .query(Integer.class)
                .single();
    }

    private static int lessonMails(ConfigurableApplicationContext app, String batch) {
        return app.getBean(JdbcClient.class)
                .sql("""
                SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ? AND subject LIKE 'Day 1:%'""")
                .param(batch + "%")
                .query(Integer.class)
                .single();
    }

    private static ConfigurableApplicationContext instance(String database) {
        return ClusterInstance.start(database, "--glutecoach.course.send-interval=1h");
    }
}
