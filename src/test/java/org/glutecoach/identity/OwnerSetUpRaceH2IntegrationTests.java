package org.glutecoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.glutecoach.practice.staff.StaffService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The owner's set-up link under load, on H2 (the PostgreSQL side is in
 * {@code web.OwnerSetUpIntegrationTests}): four submissions at once, two of one link and two of a second link,
 * make one owner, and the database is what says no to the rest. A database of its own: the shared test context's
 * practice has its owner already ({@code support.PracticeOwner}), and this test must make the first.
 */
@IntegrationTest
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:owner-race;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class OwnerSetUpRaceH2IntegrationTests {

    @Autowired
    IdentityService identity;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fourSimultaneousSubmissionsMakeOneOwner() throws Exception {
        var first = staff.issueOwnerSetUpLink().orElseThrow();
        var second = staff.issueOwnerSetUpLink().orElseThrow();
        var secrets = List.of(first, first, second, second);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(secrets.size());
        var submissions = new ArrayList<java.util.concurrent.Future<String>>();
        for (var secret : secrets) {
            Callable<String> submit = () -> {
                start.await();
                try {
                    staff.setUpOwner(
                            secret,
                            new RegisterAccount(AccountFixtures.uniqueEmail(), AccountFixtures.PASSWORD),
                            "Owner");
                    return "owner";
                } catch (InvalidToken refused) {
                    return "refused";
                }
            };
            submissions.add(pool.submit(submit));
        }
        start.countDown();
        var outcomes = new ArrayList<String>();
        for (var submission : submissions) {
            outcomes.add(submission.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("owner").containsOnly("owner", "refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_accounts WHERE practice_owner", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM practice_staff_links WHERE purpose = 'SET_UP_OWNER' "
                                + "AND used_at IS NOT NULL",
                        Long.class))
                .isEqualTo(1);
    }
}
