package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A red-flag screen whose pause fails the first time (HZ-23, ADR 21): the course's listener runs after the screen's
 * transaction and can fail on its own (here it waits for an enrolment another transaction holds, until the lock
 * times out). The event stays in the registry and, handed again, pauses the course: a red flag is never lost.
 */
@IntegrationTest
class CourseRedFlagRetryIntegrationTests {

    private static final String CONFIRM = "Please confirm: start the free mini course";

    @Autowired
    CourseService course;

    @Autowired
    IdentityService identity;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    RecurringTask<Void> eventPublicationsRetryTask;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aPauseThatFailsIsMadeWhenTheEventIsHandedAgain() throws Exception {
        var person = AccountFixtures.aVerifiedPerson(identity);
        course.enrol(person.email(), LocalTime.of(7, 30), ZoneId.of("Europe/London"), person.id());
        var enrolment = course.confirm(tokenMailedTo(person.email())).orElseThrow();
        var shown = new RedFlagShownToAccount(person.id(), RedFlagTier.URGENT, clock.instant());

        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor();
        try {
            holder.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("SELECT id FROM course_enrolments WHERE id = ? FOR UPDATE")
                        .param(enrolment.id())
                        .query(Object.class)
                        .list();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            // The listener's failure is logged, not thrown: the screen's own transaction has committed.
            transaction.executeWithoutResult(status -> events.publishEvent(shown));
            assertThat(course.forAccount(person.id()).orElseThrow().status())
                    .as("the first try could not pause")
                    .isEqualTo("ACTIVE");
            assertThat(unhandledFor(person.id().value()))
                    .as("kept to try again")
                    .isOne();
        } finally {
            release.countDown();
            holder.shutdown();
            assertThat(holder.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(eventPublicationsRetryTask.getName())
                .as("the retry runs as a db-scheduler task")
                .isEqualTo("event-publications-retry");
        incomplete.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof RedFlagShownToAccount again
                        && again.accountId().equals(person.id()));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var now = course.forAccount(person.id()).orElseThrow();
            assertThat(now.status()).isEqualTo("PAUSED");
            assertThat(now.pausedForRedFlag()).isTrue();
        });
        assertThat(unhandledFor(person.id().value())).as("handled, so gone").isZero();
    }

    /** This test's person's unhandled screens (other tests share the database). */
    private long unhandledFor(UUID person) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE ? AND serialized_event LIKE ?")
                .params("%RedFlagShownToAccount", "%" + person + "%")
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tokenMailedTo(String address) {
        return MailServer.token(MailServer.awaitMailTo(address, CONFIRM));
    }
}
