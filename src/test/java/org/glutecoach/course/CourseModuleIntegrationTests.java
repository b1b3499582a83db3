package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.CourseStartRequested;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ContextBeans;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The course module with the modules it depends on, and nothing else: the events it takes in (a start asked for on
 * the consent page, a red-flag screen shown to a signed-in person) and the one it sends out (its course paused for
 * a red flag), checked with Spring Modulith's {@link Scenario}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({MailServer.Running.class, ContextBeans.class})
class CourseModuleIntegrationTests {

    @Autowired
    CourseService course;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    Clock clock;

    @Test
    void aStartAskedForOnTheConsentPageEnrolsSomeoneWhoPassedTheScreenLately(Scenario scenario) {
        var person = passedTheSelfCheck(AccountFixtures.aVerifiedPerson(identity));
        scenario.publish(new CourseStartRequested(person.id()))
                .andWaitForStateChange(() -> course.forAccount(person.id()), Optional::isPresent)
                .andVerify(enrolment -> {
                    assertThat(enrolment.orElseThrow().status()).isEqualTo("ACTIVE");
                    assertThat(enrolment.orElseThrow().lessons().get(0).unlocked())
                            .as("day 1 at once")
                            .isTrue();
                });
    }

    @Test
    void aStartAskedForBySomeoneWhoDidNotPassTheScreenEnrolsNoOne(Scenario scenario) {
        var person = AccountFixtures.aVerifiedPerson(identity);
        scenario.publish(new CourseStartRequested(person.id()))
                .andWaitAtMost(Duration.ofSeconds(1))
                .forStateChange(() -> course.forAccount(person.id()), any -> true)
                .andVerify(enrolment ->
                        assertThat(enrolment).as("the short screen comes first").isEmpty());
    }

    @Test
    void anEmergencyOrUrgentScreenPausesTheCourseAndSaysSoUntilTheSelfCheckIsPassedAgain(Scenario scenario) {
        for (var tier : new RedFlagTier[] {RedFlagTier.EMERGENCY, RedFlagTier.URGENT}) {
            var person = started(scenario);
            var shownAt = clock.instant();
            scenario.publish(new RedFlagShownToAccount(person.id(), tier, shownAt))
                    .andWaitForEventOfType(CoursePausedForRedFlag.class)
                    .matching(paused -> paused.accountId().equals(person.id()))
                    .toArriveAndVerify(paused -> {
                        assertThat(paused.tier()).isEqualTo(tier);
                        assertThat(paused.pausedAt()).isEqualTo(shownAt);
                        var enrolment = course.forAccount(person.id()).orElseThrow();
                        assertThat(enrolment.status()).as(tier.name()).isEqualTo("PAUSED");
                        assertThat(enrolment.pausedForRedFlag()).isTrue();
                    });
            var id = course.forAccount(person.id()).orElseThrow().id();
            assertThatThrownBy(() -> course.change(id, CourseService.Control.RESUME))
                    .as("a result kept before the screen does not count")
                    .isInstanceOf(SelfCheckNeededFirst.class);
            assertThatThrownBy(() -> course.change(id, CourseService.Control.ALL_AT_ONCE))
                    .isInstanceOf(SelfCheckNeededFirst.class);

            results.keep(person.id(), SelfCheckFixtures.clearAnswers());
            var carriedOn = course.change(id, CourseService.Control.RESUME);
            assertThat(carriedOn.status()).isEqualTo("ACTIVE");
            assertThat(carriedOn.pausedForRedFlag()).isFalse();
        }
    }

    @Test
    void aSoonScreenDoesNotPauseTheCourse(Scenario scenario) {
        var person = started(scenario);
        scenario.publish(new RedFlagShownToAccount(person.id(), RedFlagTier.SOON, clock.instant()))
                .andWaitAtMost(Duration.ofSeconds(1))
                .forStateChange(() -> course.forAccount(person.id()).orElseThrow(), any -> true)
                .andVerify(enrolment -> {
                    assertThat(enrolment.status()).isEqualTo("ACTIVE");
                    assertThat(enrolment.pausedForRedFlag()).isFalse();
                });
    }

    @Test
    void aRedFlagForSomeoneWithoutACourseChangesNothingAndSaysNothing(Scenario scenario) {
        var person = AccountFixtures.aVerifiedPerson(identity);
        scenario.publish(new RedFlagShownToAccount(person.id(), RedFlagTier.EMERGENCY, clock.instant()))
                .andWaitAtMost(Duration.ofSeconds(1))
                .forStateChange(() -> course.forAccount(person.id()), any -> true)
                .andVerifyEvents(events ->
                        assertThat(events.ofType(CoursePausedForRedFlag.class)).isEmpty());
        assertThat(course.forAccount(person.id())).isEmpty();
    }

    private AccountView started(Scenario scenario) {
        var person = passedTheSelfCheck(AccountFixtures.aVerifiedPerson(identity));
        scenario.publish(new CourseStartRequested(person.id()))
                .andWaitForStateChange(() -> course.forAccount(person.id()), Optional::isPresent)
                .andVerify(enrolment ->
                        assertThat(enrolment.orElseThrow().status()).isEqualTo("ACTIVE"));
        return person;
    }

    private AccountView passedTheSelfCheck(AccountView person) {
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true, ConsentKind.COURSE_EMAILS, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        return person;
    }
}
