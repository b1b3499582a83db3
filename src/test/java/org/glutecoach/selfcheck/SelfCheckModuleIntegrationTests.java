package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The self-check as a module, with only the modules it builds on: answers are evaluated, a red-flag screen shown
 * is recorded, and a signed-in person's screen is announced to the rest of the application as
 * {@link RedFlagShownToAccount} (every tier, with the account and the time shown), never someone's who is not
 * signed in.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class SelfCheckModuleIntegrationTests {

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    RedFlagEvents redFlagEvents;

    @Test
    void anEmergencyScreenShownToASignedInPersonIsPublishedWithTheirAccount(Scenario scenario) {
        var account = UUID.randomUUID();
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "E_BLADDER", "YES");
        var shown = selfCheck.screen(new EvaluateAnswers(answers));
        assertThat(shown.outcome()).isEqualTo(Outcome.EMERGENCY);

        scenario.stimulate(() -> selfCheck.recordRedFlagShown(shown, answers, account))
                .andWaitForEventOfType(RedFlagShownToAccount.class)
                .matching(event -> event.accountId().equals(new AccountId(account)))
                .toArriveAndVerify((event, recorded) -> {
                    assertThat(event.tier()).isEqualTo(RedFlagTier.EMERGENCY);
                    var stored = redFlagEvents.findById(recorded).orElseThrow();
                    assertThat(stored.accountId()).isEqualTo(account);
                    assertThat(event.shownAt()).isEqualTo(stored.shownAt());
                });
    }

    @Test
    void everyTierIsPublishedForTheCourseToDecide(Scenario scenario) {
        for (var tier : Map.of("U_FEVER", RedFlagTier.URGENT, "S_SCIATICA", RedFlagTier.SOON)
                .entrySet()) {
            var account = new AccountId(UUID.randomUUID());
            var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), tier.getKey(), "YES");
            scenario.stimulate(() -> selfCheck.recordIfRedFlagShown(answers, account.value()))
                    .andWaitForEventOfType(RedFlagShownToAccount.class)
                    .matching(event -> event.accountId().equals(account))
                    .toArriveAndVerify(event -> assertThat(event.tier()).isEqualTo(tier.getValue()));
        }
    }

    @Test
    void theStepFormsStopScreenIsPublishedToo(Scenario scenario) {
        var account = new AccountId(UUID.randomUUID());
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "E_BLADDER", "YES");
        scenario.stimulate(() -> selfCheck.afterSection("RED_FLAGS_SOON", answers, account.value()))
                .andWaitForEventOfType(RedFlagShownToAccount.class)
                .matching(event -> event.accountId().equals(account))
                .toArriveAndVerify((event, next) -> {
                    assertThat(next.stop()).isNotNull();
                    assertThat(event.tier()).isEqualTo(RedFlagTier.EMERGENCY);
                });
    }

    @Test
    void nothingIsPublishedForSomeoneNotSignedIn(AssertablePublishedEvents events) {
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "E_BLADDER", "YES");
        var recorded = selfCheck.recordIfRedFlagShown(answers, null);

        assertThat(recorded).as("the screen is still recorded").isPresent();
        assertThat(redFlagEvents.findById(recorded.get()).orElseThrow().accountId())
                .isNull();
        assertThat(events.ofType(RedFlagShownToAccount.class)).isEmpty();
    }

    @Test
    void answersWithoutARedFlagPublishNothing(AssertablePublishedEvents events) {
        assertThat(selfCheck.recordIfRedFlagShown(SelfCheckFixtures.clearAnswers(), UUID.randomUUID()))
                .isEmpty();
        assertThat(events.ofType(RedFlagShownToAccount.class)).isEmpty();
    }
}
