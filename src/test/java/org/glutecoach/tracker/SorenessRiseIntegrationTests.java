package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TrackerService#sorenessRisen}: the re-screen rule, read for the practice without recording a prompt. */
@IntegrationTest
class SorenessRiseIntegrationTests {

    @Autowired
    TrackerService tracker;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRiseOfTwoOnOneSideIsFoundAndNoPromptIsRecorded() {
        var person = AccountFixtures.aPerson(identity).id();
        privacy.decide(person, Map.of(ConsentKind.HEALTH_DATA, true));
        var today = tracker.personalDay(person).today();
        for (int back = 13; back >= 11; back--) {
            log(person, back, "2", "3");
        }
        assertThat(tracker.sorenessRisen(person))
                .as("too few ratings to compare")
                .isEmpty();
        for (int back = 2; back >= 0; back--) {
            log(person, back, "5", "4");
        }

        assertThat(tracker.sorenessRisen(person)).containsExactly(Side.LEFT);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tracker_rescreen_prompts WHERE account_id = ?")
                        .param(person.value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(today).isNotNull();
    }

    private void log(AccountId person, int daysBack, String left, String right) {
        var day = tracker.personalDay(person).today().minusDays(daysBack);
        tracker.log(
                person,
                day,
                new EntryInput("6", "60", "2", left, right, null, false, List.of(), false, false, null),
                false);
    }
}
