package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
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
            try {
                transaction.executeWithoutResult(status -> events.publishEvent(shown));
            } catch (RuntimeException listenerFailed) {
                // The screen's own transaction has committed; only the listener after it failed.
            }
            assertThat(course.forAccount(person.id()).orElseThrow().status())
                    .as("the first try could not pause")
                    .isEqualTo("ACTIVE");
            assertThat(unhandled()).as("kept to try again").isPositive();
        } finally {
            release.countDown();
            holder.shutdown();
            assertThat(holder.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var now = course.forAccount(person.id()).orElseThrow();
            assertThat(now.status()).isEqualTo("PAUSED");
            assertThat(now.pausedForRedFlag()).isTrue();
        });
        assertThat(unhandled()).as("handled, so gone").isZero();
    }

    private long unhandled() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE ? AND completion_date IS NULL")
                .param("%RedFlagShownToAccount")
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
        var confirm = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> MailServer.mailsTo(address).stream()
                                .filter(mail -> CONFIRM.equals(MailServer.subject(mail)))
                                .toList(),
                        mails -> !mails.isEmpty())
                .get(0);
        var link = MailServer.link(confirm);
        return link.substring(link.indexOf("token=") + 6);
    }
}
