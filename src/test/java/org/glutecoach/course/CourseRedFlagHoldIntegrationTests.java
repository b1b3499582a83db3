package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.glutecoach.course.CourseService.Control;
import org.glutecoach.course.CourseService.EnrolmentRequest;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holes around a red-flag pause (HZ-23): a course not yet confirmed, lessons all at once, stopping and enrolling
 * again, and more than one enrolment of the same person. Each way round the pause must end at the self-check.
 */
@IntegrationTest
class CourseRedFlagHoldIntegrationTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String CONFIRM = "Please confirm: start the free mini course";

    @LocalServerPort
    int port;

    @Autowired
    CourseService course;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    SelfCheckResults results;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void aCourseConfirmedAfterARedFlagStaysPausedUntilTheSelfCheckIsPassedAgain() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        course.enrol(person.email(), LocalTime.of(7, 30), LONDON, person.id());
        var token = tokenMailedTo(person.email());
        redFlagShownTo(person);

        var confirmed = course.confirm(token).orElseThrow();
        assertThat(confirmed.status()).isEqualTo("PAUSED");
        assertThat(confirmed.pausedForRedFlag()).as("the page says why").isTrue();
        assertThatThrownBy(() -> course.change(confirmed.id(), Control.RESUME))
                .isInstanceOf(SelfCheckNeededFirst.class);

        passesTheSelfCheck(person);
        assertThat(course.change(confirmed.id(), Control.RESUME).status()).isEqualTo("ACTIVE");
    }

    @Test
    void lessonsAllAtOnceCloseTheRollingAndExerciseDaysOnTheWebAndTheApiWhilePaused() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var enrolment = confirmed(person, person.email());
        course.change(enrolment.id(), Control.ALL_AT_ONCE);
        var bearer = AccountFixtures.bearer(identity, person);
        var visitor = Visitor.at(port);
        assertThat(visitor.get("/api/v1/course/lessons/4", Map.of("Authorization", bearer))
                        .statusCode())
                .isEqualTo(200);

        redFlagShownTo(person);
        var paused = course.forAccount(person.id()).orElseThrow();
        for (var lesson : paused.lessons()) {
            var rollingOrExercise = course.lesson(lesson.day()).orElseThrow().rollingOrExercise();
            assertThat(lesson.unlocked()).as("day " + lesson.day()).isEqualTo(!rollingOrExercise);
        }
        assertThat(visitor.get("/api/v1/course/lessons/4", Map.of("Authorization", bearer))
                        .statusCode())
                .as("rolling, paused for a red flag")
                .isEqualTo(403);
        assertThat(visitor.get("/api/v1/course/lessons/1", Map.of("Authorization", bearer))
                        .statusCode())
                .as("reading only")
                .isEqualTo(200);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/course/lessons/4").statusCode()).isEqualTo(403);
        assertThat(course.recordProgress(enrolment.id(), 4, true)).isFalse();
    }

    @Test
    void stoppingAndEnrollingAgainLeadsToTheSelfCheckNotToTheLessons() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var enrolment = confirmed(person, person.email());
        redFlagShownTo(person);
        course.change(enrolment.id(), Control.UNSUBSCRIBE);

        var request = new EnrolmentRequest(person.email(), LocalTime.of(7, 30), LONDON, person.id(), null);
        assertThatThrownBy(() -> course.enrol(request)).isInstanceOf(SelfCheckNeededFirst.class);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/course");
        var page = visitor.post("/course/enrol", screened(person.email()));
        assertThat(page.headers().firstValue("Location"))
                .as("off to the self-check")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/self-check"));
        assertThat(course.forAccount(person.id())).as("nothing enrolled").isEmpty();

        // Not signed in, the answer is the same as for any address, but the course it confirms stays paused.
        course.enrol(person.email(), LocalTime.of(7, 30), LONDON, null);
        var again = course.confirm(tokenMailedTo(person.email(), 2)).orElseThrow();
        assertThat(again.status()).isEqualTo("PAUSED");
        assertThat(again.pausedForRedFlag()).isTrue();

        passesTheSelfCheck(person);
        assertThat(course.change(again.id(), Control.RESUME).status()).isEqualTo("ACTIVE");
    }

    @Test
    void aRedFlagPausesEveryRunningEnrolmentOfThePersonNotOnlyTheNewest() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var own = confirmed(person, person.email());
        var other = confirmed(person, AccountFixtures.uniqueEmail());

        redFlagShownTo(person);
        for (var enrolment : new EnrolmentView[] {own, other}) {
            var key = enrolment.accessKey();
            var now = course.byKey(enrolment.id(), key).orElseThrow();
            assertThat(now.status()).isEqualTo("PAUSED");
            assertThat(now.pausedForRedFlag()).isTrue();
        }
    }

    private EnrolmentView confirmed(AccountView person, String address) {
        course.enrol(address, LocalTime.of(7, 30), LONDON, person.id());
        return course.confirm(tokenMailedTo(address)).orElseThrow();
    }

    private void passesTheSelfCheck(AccountView person) {
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
    }

    private void redFlagShownTo(AccountView person) {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new RedFlagShownToAccount(person.id(), RedFlagTier.URGENT, clock.instant())));
    }

    private static String tokenMailedTo(String address) {
        return tokenMailedTo(address, 1);
    }

    /** The token in the {@code nth} confirmation mail to the address. */
    private static String tokenMailedTo(String address, int nth) {
        var confirm = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> MailServer.mailsTo(address).stream()
                                .filter(mail -> CONFIRM.equals(MailServer.subject(mail)))
                                .toList(),
                        mails -> mails.size() >= nth)
                .get(nth - 1);
        return MailServer.token(confirm);
    }

    private Map<String, String> screened(String email) {
        var form = new LinkedHashMap<String, String>();
        form.put("email", email);
        form.put("screened", "yes");
        selfCheck.shortScreenQuestions().forEach(q -> form.put(q.id(), q.id().equals("AGE") ? "40" : "NO"));
        return form;
    }
}
