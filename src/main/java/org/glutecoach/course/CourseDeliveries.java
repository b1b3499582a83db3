package org.glutecoach.course;

import java.time.Clock;
import java.util.Map;
import org.glutecoach.course.domain.Enrolment;
import org.glutecoach.course.domain.Enrolments;
import org.glutecoach.course.domain.LessonRecords;
import org.glutecoach.course.lessons.LessonLibrary;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts due lessons in the mail outbox. Runs as a db-scheduler task (one instance at a time), and each lesson is
 * one transaction: the delivery row (unique per enrolment, round and day), the mail and the next due time
 * commit together or not at all. A lesson can therefore neither be lost (a crash rolls back, the next run takes
 * it) nor go twice (the unique row refuses a second one, even from another instance).
 */
@Component
public class CourseDeliveries {

    private static final int BATCH = 500;

    private final Enrolments enrolments;
    private final LessonRecords records;
    private final LessonLibrary lessons;
    private final MailOutbox mail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CourseDeliveries(
            Enrolments enrolments,
            LessonRecords records,
            LessonLibrary lessons,
            MailOutbox mail,
            TransactionTemplate transaction,
            Clock clock) {
        this.enrolments = enrolments;
        this.records = records;
        this.lessons = lessons;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Queues every lesson due now; returns how many. */
    public int sendDue() {
        var sent = 0;
        while (true) {
            var due = records.due(clock.instant(), BATCH);
            for (var candidate : due) {
                var queued = transaction.execute(status -> enrolments
                        .lockIfDue(candidate, clock.instant())
                        .map(this::deliver)
                        .orElse(false));
                if (Boolean.TRUE.equals(queued)) {
                    sent++;
                }
            }
            if (due.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean deliver(Enrolment e) {
        var day = e.nextDay();
        var lesson = lessons.day(day);
        var dueAt = e.nextDueAt();
        if (lesson.isEmpty() || dueAt == null) {
            e.finish();
            enrolments.save(e);
            return false;
        }
        var queued = records.recordDelivery(e.id(), e.round(), day, dueAt);
        if (queued) {
            var links = "e=" + e.id() + "&k=" + e.accessKey();
            var unsubscribe = mail.link("/course/unsubscribe?" + links);
            var shared = Map.<String, Object>of("lesson", lesson.get(), "days", lessons.days());
            mail.queue(Mail.of(e.email(), "course/mail/lesson", shared)
                    .withPersonal(
                            Map.of("link", "/course/lessons/" + day + "?" + links, "manage", "/course/my?" + links))
                    .withOneClickUnsubscribe(unsubscribe)
                    .withSubjectArgs(day, lesson.get().title()));
        }
        e.lessonSent(lessons.days());
        enrolments.save(e);
        return queued;
    }
}
