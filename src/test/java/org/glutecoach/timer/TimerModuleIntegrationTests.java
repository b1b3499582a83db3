package org.glutecoach.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
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
 * The timer as a module, with only the modules it builds on: new breaks are announced as {@link BreaksCounted}
 * with the whole count of their day in the person's zone; skips and postpones are not breaks.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({MailServer.Running.class, ContextBeans.class})
class TimerModuleIntegrationTests {

    @Autowired
    TimerService timer;

    @Autowired
    IdentityService identity;

    @Test
    void newBreaksArePublishedWithTheirDaysWholeCount(Scenario scenario) {
        var person = AccountFixtures.aPerson(identity);
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
                    assertThat(counted.breaks())
                            .as("taken and natural, not skipped")
                            .isEqualTo(2);
                });
    }
}
