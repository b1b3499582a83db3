package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.EvaluateAnswers;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * HZ-25: a red-flag screen is shown whatever happens to its record. Here the database really refuses every record
 * of a screen shown (a constraint no row meets, not a mock), and every way to the advice still shows it in full:
 * the self-check's pages with and without htmx, signed in or not, the course's short screen and the JSON API. The
 * failure is logged for the operator without the answers, and nothing of the record is kept. A database of its
 * own, so the refusing constraint never reaches the context other classes share.
 */
@IntegrationTest
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:red-flag-record-fails;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class RedFlagRecordFailsIntegrationTests {

    private static final String REFUSE = "hz25_refuse_every_record";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void refuseEveryRecordOfAScreenShown() {
        jdbc.sql("ALTER TABLE selfcheck_red_flag_events ADD CONSTRAINT " + REFUSE + " CHECK (shown_at IS NULL)")
                .update();
    }

    @AfterEach
    void acceptRecordsAgain() {
        jdbc.sql("ALTER TABLE selfcheck_red_flag_events DROP CONSTRAINT IF EXISTS " + REFUSE)
                .update();
    }

    @Test
    void theStopScreensAreShownWithAndWithoutJavaScriptWhenTheirRecordFails(CapturedOutput log) {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var emergency = Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_LEAK", "YES");
        var urgent = new LinkedHashMap<String, String>(
                Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES", "U_CANCER", "NO"));
        noTo(urgent, "RED_FLAGS_EMERGENCY");

        assertAdvice(visitor.post("/self-check", emergency), emergency, "999");
        assertAdvice(visitor.post("/self-check", emergency, Map.of("HX-Request", "true")), emergency, "999");
        assertAdvice(visitor.post("/self-check", urgent), urgent, "111");
        assertAdvice(visitor.post("/self-check", urgent, Map.of("HX-Request", "true")), urgent, "111");

        assertNothingRecorded();
        assertThat(log.getAll())
                .contains("HZ-25: a red-flag screen (EMERGENCY) shown to someone not signed in could not be recorded")
                .contains("HZ-25: a red-flag screen (URGENT) shown to someone not signed in could not be recorded")
                .contains("SQL state 23513")
                .doesNotContain("E_LEAK\":\"YES", "U_FEVER\":\"YES");
        assertThat(log.getAll().lines().filter(line -> line.contains("HZ-25:")))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("ERROR"));
    }

    @Test
    void aSignedInPersonSeesTheStopScreenAndStaysSignedInWhenItsRecordFails(CapturedOutput log) {
        var person = AccountFixtures.aPerson(identity);
        var visitor = AccountFixtures.signedIn(port, person);
        visitor.get("/self-check");
        var emergency = Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES");

        assertAdvice(visitor.post("/self-check", emergency, Map.of("HX-Request", "true")), emergency, "999");
        assertAdvice(visitor.post("/self-check", emergency), emergency, "999");

        assertNothingRecorded();
        assertThat(log.getAll()).contains("shown to account " + person.id().value() + " could not be recorded");
        assertThat(visitor.get("/dashboard").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void soonAdviceStaysInViewWhenItsRecordFails() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var soon = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_SOON", "AGE", "40"));
        noTo(soon, "RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT");
        soon.put("S_SCIATICA", "YES");

        var next = visitor.post("/self-check", soon);

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains(HtmlUtils.htmlEscape(shownFor(soon).title()));
        assertNothingRecorded();
    }

    @Test
    void theCoursesShortScreenShowsItsStopScreenWhenItsRecordFails() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = Visitor.at(port);
        visitor.get("/course");
        visitor.post("/course/enrol", Map.of("email", email));
        var form = new LinkedHashMap<String, String>(Map.of("email", email, "screened", "yes"));
        selfCheck
                .shortScreenQuestions()
                .forEach(q -> form.put(q.id(), q.id().equals("AGE") ? "40" : q.id().equals("E_LEAK") ? "YES" : "NO"));

        var stop = visitor.post("/course/enrol", form);

        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body())
                .contains(HtmlUtils.htmlEscape(selfCheck.shortScreen(form).title()), "href=\"tel:999\"");
        assertNothingRecorded();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .as("nobody enrolled")
                .isZero();
    }

    @Test
    void theApiAnswersWithTheRedFlagAndWhatToDoWhenItsRecordFails() {
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "E_BLADDER", "YES");
        var body = json.writeValueAsString(Map.of("answers", answers));
        var expected = selfCheck.evaluate(new EvaluateAnswers(answers));
        var person = AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
        var bearer = AccountFixtures.bearer(identity, person);

        for (var caller : java.util.Arrays.asList(null, bearer)) {
            var evaluated = ApiClient.at(port).send("POST", "/api/v1/self-check/evaluations", caller, body);
            assertThat(evaluated.statusCode()).isEqualTo(200);
            assertApiAdvice(evaluated, expected);
        }
        // Keeping the result goes on too: the failed record is its own transaction and spoils nothing of the keep.
        var kept = ApiClient.at(port).send("POST", "/api/v1/self-checks", bearer, body);
        assertThat(kept.statusCode()).isEqualTo(201);
        assertThat(json.readTree(kept.body()).get("outcome").asString()).isEqualTo("EMERGENCY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM selfcheck_results WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Long.class)
                        .single())
                .isOne();
        assertNothingRecorded();
    }

    private void assertApiAdvice(HttpResponse<String> response, EvaluationView expected) {
        var result = json.readTree(response.body());
        assertThat(result.get("outcome").asString())
                .isEqualTo(expected.outcome().name());
        assertThat(result.get("callNumber").asString()).isEqualTo("999");
        assertThat(result.get("title").asString()).isEqualTo(expected.title());
        assertThat(result.get("redFlags").toString()).contains("E_BLADDER");
        assertThat(result.get("actions").toString()).contains(expected.actions().get(0));
    }

    private void assertAdvice(HttpResponse<String> page, Map<String, String> answers, String number) {
        var shown = shownFor(answers);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(HtmlUtils.htmlEscape(shown.title()), HtmlUtils.htmlEscape(shown.message()))
                .contains("href=\"tel:" + number + "\"")
                .doesNotContain("/call-tapped");
        shown.actions().forEach(action -> assertThat(page.body()).contains(HtmlUtils.htmlEscape(action)));
    }

    private EvaluationView shownFor(Map<String, String> form) {
        var answers = new LinkedHashMap<String, Object>(form);
        answers.remove("section");
        return selfCheck.screen(new EvaluateAnswers(answers));
    }

    private void assertNothingRecorded() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM selfcheck_red_flag_events")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static void noTo(Map<String, String> form, String... sections) {
        var wanted = List.of(sections);
        SelfCheckFixtures.questionnaire().redFlags().stream()
                .filter(q -> wanted.contains(q.sectionId()) && q.options().contains("NOT_SURE"))
                .forEach(q -> form.put(q.id(), "NO"));
    }
}
