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

    /**
     * The client list's read for a page of people at once gives each person the same sides as reading them one
     * by one: people with seeded random logs (gaps, sides left unrated, rises and falls, old and recent days).
     */
    @Test
    void aPageOfPeopleReadAtOnceGetsTheSameAnswerAsOneByOne() {
        var random = new java.util.Random(18);
        var people = new java.util.ArrayList<AccountId>();
        for (int n = 0; n < 40; n++) {
            var person = AccountFixtures.aPerson(identity).id();
            people.add(person);
            var today = tracker.personalDay(person).today();
            var level = random.nextInt(8);
            var rise = random.nextInt(5);
            for (int back = random.nextInt(60); back >= 0; back--) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                var recent = back < 7 ? rise : 0;
                jdbc.sql("""
                        INSERT INTO tracker_entries (id, account_id, entry_date, soreness_left, soreness_right,
                            soreness_middle, spasms, sitting, release_done, activation_done, version, created_at,
                            updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, FALSE, '', FALSE, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                        .params(
                                java.util.UUID.randomUUID(),
                                person.value(),
                                today.minusDays(back),
                                score(random, level + recent),
                                score(random, level + recent - 1),
                                score(random, level))
                        .update();
            }
        }
        var oneByOne = new java.util.HashMap<AccountId, List<Side>>();
        people.forEach(person -> {
            var risen = tracker.sorenessRisen(person);
            if (!risen.isEmpty()) {
                oneByOne.put(person, risen);
            }
        });

        assertThat(oneByOne).as("the seed makes both answers").isNotEmpty().hasSizeLessThan(people.size());
        assertThat(tracker.sorenessRisen(people)).isEqualTo(oneByOne);
        assertThat(tracker.sorenessRisen(List.<AccountId>of())).isEmpty();
    }

    private static @org.jspecify.annotations.Nullable Integer score(java.util.Random random, int around) {
        return random.nextInt(4) == 0 ? null : Math.max(0, Math.min(10, around + random.nextInt(3) - 1));
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
