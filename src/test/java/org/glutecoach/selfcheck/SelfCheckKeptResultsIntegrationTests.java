package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.selfcheck.SafetyNetAssertions.assertSafetyNet;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kept results keep what they were shown (HZ-12 of the clinical review 2026-11): never explained again with rules
 * they were not made with, never failing to load after a question changes, compared with the one before (versions
 * and squeeze tests too), told apart by time, and always with the safety net (red-flag set rule 7).
 */
@IntegrationTest
class SelfCheckKeptResultsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SelfCheckResults results;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void anOldResultWhoseAnswersNameARemovedQuestionAndARenamedOptionStillLoadsAndShows() throws Exception {
        var person = consenting();
        var answers = SelfCheckFixtures.with(
                SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "S_AGE_BAND", "OVER_50"),
                "CHAIR",
                "DESK_CHAIR");
        var id = insertOldRow(
                person,
                Instant.parse("2026-11-20T10:00:00Z"),
                "sc-2026-11-1",
                null,
                answers,
                "[{\"code\":\"P_SIT_LONG\",\"strength\":\"STRONG\"}]");

        var loaded = results.history(person.id());
        assertThat(loaded).singleElement().satisfies(result -> {
            assertThat(result.shown()).isNull();
            assertThat(result.patterns())
                    .extracting(SavedResult.PatternStrength::code)
                    .containsExactly("P_SIT_LONG");
        });
        var comparison = results.result(person.id(), id).orElseThrow();
        assertThat(comparison.shown()).isEqualTo(ResultComparison.Shown.OLDER_VERSION);
        assertThat(comparison.explanation())
                .as("never explained with rules it was not made with")
                .isNull();
        assertThat(comparison.safetyNet().signs()).hasSize(3);

        var visitor = signedIn(person);
        var page = visitor.get("/self-check/results/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "This result was made with an older version of the self-check",
                        "Long spells of sitting: fits closely");
        assertSafetyNet(page.body());
        assertThat(visitor.get("/self-check/history").statusCode()).isEqualTo(200);

        var bearer = AccountFixtures.bearer(identity, person);
        var api = json.readTree(get(bearer, "/api/v1/self-checks/" + id).body());
        assertThat(api.get("shown").asString()).isEqualTo("OLDER_VERSION");
        assertThat(api.get("safetyNet").get("signs")).hasSize(3);
    }

    @Test
    void aRowWhosePatternsNoLongerReadStillLoads() {
        var person = consenting();
        var id = insertOldRow(
                person,
                Instant.parse("2026-11-21T10:00:00Z"),
                "sc-2026-11-2",
                "rf-2026-11-1",
                SelfCheckFixtures.deskWorkerAnswers(),
                "[{\"code\":\"P_SIT_LONG\",\"strength\":\"HUGE\"}]");
        assertThat(results.history(person.id()))
                .singleElement()
                .satisfies(result -> assertThat(result.patterns()).isEmpty());
        assertThat(signedIn(person).get("/self-check/results/" + id).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anOldResultMadeWithTodaysVersionsIsShownFromItsAnswers() {
        var person = consenting();
        var id = jdbcInsert(
                person,
                Instant.parse("2026-11-22T10:00:00Z"),
                selfCheck.questionnaireVersion(),
                selfCheck.ruleVersion(),
                selfCheck.redFlagSetVersion(),
                "SELF_CARE",
                SelfCheckFixtures.deskWorkerAnswers(),
                "[]");
        var comparison = results.result(person.id(), id).orElseThrow();
        assertThat(comparison.shown()).isEqualTo(ResultComparison.Shown.EXPLAINED_AGAIN);
        assertThat(comparison.explanation().patterns())
                .flatExtracting(EvaluationView.PatternView::steps)
                .contains("You sit about 9 hours on a normal day.");
        assertThat(signedIn(person).get("/self-check/results/" + id).body())
                .contains("This result was kept before we stored its words");
    }

    @Test
    void aKeptResultsTextDoesNotChangeWhenTheRulesAndQuestionsChange() {
        var person = consenting();
        var kept = results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());
        assertThat(kept.shown()).isNotNull();
        assertThat(kept.redFlagSetVersion()).isEqualTo(selfCheck.redFlagSetVersion());
        // Later versions read its answers differently: one question gone, another answered otherwise.
        jdbc.sql("UPDATE selfcheck_results SET rule_version = ?, question_set_version = ?, answers = ? WHERE id = ?")
                .params(
                        "rules-2099-1-1",
                        "sc-2099-1-1",
                        json.writeValueAsString(SelfCheckFixtures.with(
                                SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "SIT_HOURS", 2),
                                "A_QUESTION_ADDED_LATER",
                                "YES")),
                        kept.id())
                .update();

        var comparison = results.result(person.id(), kept.id()).orElseThrow();
        assertThat(comparison.shown()).isEqualTo(ResultComparison.Shown.AS_SHOWN);
        var shown = comparison.explanation();
        assertThat(shown.title()).isEqualTo(kept.shown().title());
        assertThat(shown.patterns()).isEqualTo(kept.shown().patterns());
        assertThat(shown.advice()).isEqualTo(kept.shown().advice()).anyMatch(a -> a.contains("about 18 short breaks"));
        assertThat(shown.reassurance()).isEqualTo(kept.shown().reassurance()).isNotEmpty();

        var page = signedIn(person).get("/self-check/results/" + kept.id()).body();
        assertThat(page)
                .contains(
                        "This is your result as we showed it to you then.",
                        "You sit about 9 hours on a normal day.",
                        "What the research says",
                        HtmlUtils.htmlEscape(kept.shown().patterns().get(0).caveat()));
        assertSafetyNet(page);
    }

    @Test
    void theComparisonFlagsVersionChangesAndComparesTheSqueezeTests() {
        var person = consenting();
        var before = SelfCheckFixtures.with(
                SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "T1_SQUEEZE_LEFT", "CANNOT_FEEL"),
                "T2_ONE_SIDE_LEFT",
                "NO");
        // Made with today's rules, but an older questionnaire and an unknown red-flag set.
        jdbcInsert(
                person,
                Instant.parse("2026-11-01T10:00:00Z"),
                "sc-2026-11-1",
                selfCheck.ruleVersion(),
                null,
                "SELF_CARE",
                before,
                "[]");
        var now = results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());

        var comparison = results.result(person.id(), now.id()).orElseThrow();
        assertThat(comparison.versionsChanged()).containsExactly("questionnaire", "redFlagSet");
        assertThat(comparison.changes())
                .anySatisfy(change -> {
                    assertThat(change.what()).isEqualTo("Squeeze test, left side");
                    assertThat(change.before()).isEqualTo("I could not feel it");
                    assertThat(change.after()).isEqualTo("Weak");
                    assertThat(change.same()).isFalse();
                })
                .anySatisfy(change -> {
                    assertThat(change.what()).isEqualTo("Squeezing the left side alone");
                    assertThat(change.before()).isEqualTo("No");
                    assertThat(change.after()).isEqualTo("Partly");
                })
                .anySatisfy(change -> assertThat(change.what()).isEqualTo("Squeeze test, right side"));
        assertThat(signedIn(person).get("/self-check/results/" + now.id()).body())
                .contains(
                        "The questions have changed since your last result",
                        "The checks for signs that need a doctor have changed since your last result")
                .doesNotContain("The way we weigh your answers has changed");
    }

    @Test
    void twoResultsOfOneDayAreToldApartByTime() {
        var person = consenting();
        var answers = SelfCheckFixtures.deskWorkerAnswers();
        insertOldRow(person, Instant.parse("2026-12-01T09:15:00Z"), "sc-2026-11-2", "rf-2026-11-1", answers, "[]");
        var later = insertOldRow(
                person, Instant.parse("2026-12-01T16:40:00Z"), "sc-2026-11-2", "rf-2026-11-1", answers, "[]");
        var visitor = signedIn(person);
        assertThat(visitor.get("/self-check/history").body())
                .contains("Open the result of 1 Dec 2026, 09:15", "Open the result of 1 Dec 2026, 16:40");
        assertThat(visitor.get("/self-check/results/" + later).body())
                .contains("Your result of 1 December 2026, 16:40", "What changed since 1 December 2026, 09:15");
    }

    @Test
    void keptResultsCarryTheSafetyNetOnEveryPageAndInTheApi() throws Exception {
        var person = consenting();
        var bearer = AccountFixtures.bearer(identity, person);
        var created = post(bearer, json.writeValueAsString(Map.of("answers", SelfCheckFixtures.deskWorkerAnswers())));
        assertThat(created.statusCode()).isEqualTo(201);
        var body = json.readTree(created.body());
        assertThat(body.get("shown").get("safetyNet").get("signs")).hasSize(3);
        assertThat(body.get("shown").get("reassurance")).hasSize(3);
        var id = body.get("id").asString();
        var one = json.readTree(get(bearer, "/api/v1/self-checks/" + id).body());
        assertThat(one.get("safetyNet").get("heading").asString())
                .isEqualTo(SelfCheckFixtures.safetyNetWords().get(0));
        assertThat(one.get("explanation").get("safetyNet").get("signs")).hasSize(3);
        assertThat(one.get("shown").asString()).isEqualTo("AS_SHOWN");
        assertThat(get(bearer, "/api/v1/self-checks").body()).contains("\"safetyNet\"");

        var stopped = results.keep(person.id(), Map.of("AGE", 40, "E_SADDLE", "YES"));
        var visitor = signedIn(person);
        for (var path :
                new String[] {"/self-check/history", "/self-check/results/" + id, "/self-check/results/" + stopped.id()
                }) {
            var page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertSafetyNet(page.body());
        }
    }

    private UUID insertOldRow(
            AccountView person,
            Instant takenAt,
            String questionnaire,
            @Nullable String redFlags,
            Map<String, Object> answers,
            String patterns) {
        return jdbcInsert(person, takenAt, questionnaire, "rules-2026-11-1", redFlags, "SELF_CARE", answers, patterns);
    }

    /** A row as kept before results stored their words (no {@code shown}). */
    private UUID jdbcInsert(
            AccountView person,
            Instant takenAt,
            String questionnaire,
            String rules,
            @Nullable String redFlags,
            String outcome,
            Map<String, Object> answers,
            String patterns) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO selfcheck_results (id, account_id, taken_at, question_set_version, rule_version,
                    red_flag_set_version, outcome, patterns, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        person.id().value(),
                        Timestamp.from(takenAt),
                        questionnaire,
                        rules,
                        redFlags,
                        outcome,
                        patterns,
                        json.writeValueAsString(answers))
                .update();
        return id;
    }

    private AccountView consenting() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
    }

    private Visitor signedIn(AccountView person) {
        return AccountFixtures.signedIn(port, person);
    }

    private HttpResponse<String> post(String bearer, String body) {
        return ApiClient.at(port).accepting(null).send("POST", "/api/v1/self-checks", bearer, body);
    }

    private HttpResponse<String> get(String bearer, String path) {
        return ApiClient.at(port).sending(null).accepting(null).send("GET", path, bearer, null);
    }
}
