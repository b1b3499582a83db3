package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ContextBeans;
import org.glutecoach.support.MailServer;
import org.glutecoach.timer.BreaksCounted;
import org.glutecoach.timer.RecordBreak;
import org.glutecoach.timer.TimerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tracker with the modules it depends on, the timer among them: a day's count of breaks from the timer goes
 * into that day's entry when it is higher, and only with the consent to keep health answers.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({MailServer.Running.class, ContextBeans.class})
class TrackerTimerModuleIntegrationTests {

    @Autowired
    TrackerService tracker;

    @Autowired
    TimerService timer;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Test
    void theTimersCountStartsTheDayAndOnlyEverRaisesItsBreaks(Scenario scenario) {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var day = tracker.personalDay(person.id()).today().minusDays(1);
        scenario.publish(new BreaksCounted(person.id(), day, 4))
                .andWaitForStateChange(() -> tracker.entry(person.id(), day), Optional::isPresent)
                .andVerify(entry -> assertThat(entry.orElseThrow().breaks()).isEqualTo(4));
        scenario.publish(new BreaksCounted(person.id(), day, 2))
                .andWaitAtMost(Duration.ofSeconds(1))
                .forStateChange(() -> tracker.entry(person.id(), day), any -> true)
                .andVerify(entry -> assertThat(entry.orElseThrow().breaks())
                        .as("never lowered")
                        .isEqualTo(4));
        scenario.publish(new BreaksCounted(person.id(), day, 250))
                .andWaitForStateChange(
                        () -> tracker.entry(person.id(), day).orElseThrow().breaks(), breaks -> breaks != 4)
                .andVerify(
                        breaks -> assertThat(breaks).as("the log's own limit").isEqualTo(200));
    }

    @Test
    void withoutTheHealthDataConsentNothingIsKept(Scenario scenario) {
        var person = AccountFixtures.aPerson(identity);
        var day = LocalDate.of(2026, 11, 30);
        scenario.publish(new BreaksCounted(person.id(), day, 3))
                .andWaitAtMost(Duration.ofSeconds(1))
                .forStateChange(() -> tracker.entry(person.id(), day), any -> true)
                .andVerify(entry -> assertThat(entry).isEmpty());
    }

    @Test
    void breaksTheTimerRecordsArePublishedAndCountedIntoTheirDay(Scenario scenario) {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var at = Instant.now().minusSeconds(60);
        var day = LocalDate.ofInstant(at, person.timeZone());
        scenario.stimulate(() -> timer.recordBreaks(
                        person.id(),
                        List.of(
                                new RecordBreak(UUID.randomUUID(), "taken", at),
                                new RecordBreak(UUID.randomUUID(), "natural", at.minusSeconds(1)),
                                new RecordBreak(UUID.randomUUID(), "skipped", at.minusSeconds(2)))))
                .andWaitForEventOfType(BreaksCounted.class)
                .matching(counted -> counted.accountId().equals(person.id()))
                .toArriveAndVerify(counted -> {
                    assertThat(counted.day()).isEqualTo(day);
                    assertThat(counted.breaks()).isEqualTo(2);
                    assertThat(tracker.entry(person.id(), day).orElseThrow().breaks())
                            .isEqualTo(2);
                });
    }
}
