package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tracker on PostgreSQL, where a failed insert spoils its whole transaction: two first saves of the same day
 * at once still give one row and no failure (the loser is retried in a new transaction as a replacement).
 */
@PostgresIntegrationTest
class TrackerPostgresIntegrationTests {

    @Autowired
    TrackerService tracker;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Test
    void twoFirstSavesOfTheSameDayAtOnceGiveOneRow() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var today = tracker.personalDay(person.id()).today();
        var threads = Executors.newFixedThreadPool(2);
        try {
            for (var back = 0; back < 14; back++) {
                var day = today.minusDays(back);
                var together = new CyclicBarrier(2);
                var saves = List.<Future<SavedEntry>>of(
                        threads.submit(() -> {
                            together.await();
                            return tracker.log(person.id(), day, soreness("3"), false);
                        }),
                        threads.submit(() -> {
                            together.await();
                            return tracker.log(person.id(), day, soreness("4"), false);
                        }));
                assertThat(List.of(
                                saves.get(0).get().created(), saves.get(1).get().created()))
                        .as(day + ": one created it, the other replaced it")
                        .containsExactlyInAnyOrder(true, false);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(tracker.entries(person.id(), today.minusDays(13), today)).hasSize(14);
    }

    private static EntryInput soreness(String left) {
        return new EntryInput(null, null, null, left, null, null, false, List.of(), false, false, null);
    }
}
