package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SelfCheckResults#latestEndedOnRedFlag}: the client list's red marker, for a whole page of people in one
 * read, by the rule of the latest self-check (newest kept result, or a red-flag screen shown after it).
 */
@IntegrationTest
class LatestEndedOnRedFlagIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    SelfCheckResults results;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachPersonOfAPageIsJudgedByTheirOwnLatestSelfCheck() {
        var onlyAScreen = person();
        screen(onlyAScreen, NOW.minusSeconds(600));
        var screenAfterAGoodResult = person();
        kept(screenAfterAGoodResult, NOW.minusSeconds(900), "SELF_CARE", null);
        screen(screenAfterAGoodResult, NOW.minusSeconds(600));
        var goodResultAfterAScreen = person();
        screen(goodResultAfterAScreen, NOW.minusSeconds(900));
        kept(goodResultAfterAScreen, NOW.minusSeconds(600), "SELF_CARE", null);
        var redFlagResult = person();
        kept(redFlagResult, NOW.minusSeconds(600), "SOON", null);
        var redFlagResultThenAGoodOne = person();
        kept(redFlagResultThenAGoodOne, NOW.minusSeconds(900), "URGENT", null);
        kept(redFlagResultThenAGoodOne, NOW.minusSeconds(600), "SELF_CARE", null);
        var keptLaterThanEvaluated = person();
        screen(keptLaterThanEvaluated, NOW.minusSeconds(700));
        kept(keptLaterThanEvaluated, NOW.minusSeconds(600), "SELF_CARE", NOW.minusSeconds(800));
        var nothing = person();

        var page = List.of(
                onlyAScreen,
                screenAfterAGoodResult,
                goodResultAfterAScreen,
                redFlagResult,
                redFlagResultThenAGoodOne,
                keptLaterThanEvaluated,
                nothing);

        assertThat(results.latestEndedOnRedFlag(page))
                .containsExactlyInAnyOrder(onlyAScreen, screenAfterAGoodResult, redFlagResult, keptLaterThanEvaluated);
        assertThat(results.latestEndedOnRedFlag(List.of())).isEmpty();
    }

    @Test
    void recentScreensComeByPersonNewestFirst() {
        var twice = person();
        screen(twice, NOW.minusSeconds(3 * 86_400));
        screen(twice, NOW.minusSeconds(600));
        screen(twice, NOW.minusSeconds(60));
        var longAgo = person();
        screen(longAgo, NOW.minusSeconds(30 * 86_400));

        var since = selfCheck.redFlagEventsSince(List.of(twice, longAgo, person()), NOW.minusSeconds(86_400));

        assertThat(since).containsOnlyKeys(twice);
        assertThat(since.get(twice))
                .extracting(RedFlagEventView::shownAt)
                .containsExactly(NOW.minusSeconds(60), NOW.minusSeconds(600));
    }

    private AccountId person() {
        return AccountFixtures.aPerson(identity).id();
    }

    private void screen(AccountId person, Instant at) {
        jdbc.sql("""
                INSERT INTO selfcheck_red_flag_events (id, account_id, shown_at, question_set_version, tier,
                    triggered_ids, answers, action_shown, user_tapped_call, version, created_at, updated_at)
                VALUES (?, ?, ?, 'test', 'URGENT', 'X', '{}', 'call111', FALSE, 0, ?, ?)""")
                .params(UUID.randomUUID(), person.value(), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    private void kept(AccountId person, Instant takenAt, String outcome, @Nullable Instant evaluatedAt) {
        jdbc.sql("""
                INSERT INTO selfcheck_results (id, account_id, taken_at, evaluated_at, question_set_version,
                    rule_version, outcome, patterns, answers) VALUES (?, ?, ?, ?, 'test', 'test', ?, '[]', '{}')""")
                .params(
                        UUID.randomUUID(),
                        person.value(),
                        Timestamp.from(takenAt),
                        evaluatedAt == null ? Timestamp.from(takenAt) : Timestamp.from(evaluatedAt),
                        outcome)
                .update();
    }
}
