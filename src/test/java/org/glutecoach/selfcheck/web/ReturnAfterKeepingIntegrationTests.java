package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.selfcheck.web.SelfCheckForms.formOf;
import static org.glutecoach.selfcheck.web.SelfCheckForms.location;

import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A routine's gate sends the person to the self-check with the routine as {@code returnTo}: it travels through the
 * steps (plain and htmx) to the keep step, which goes back there after a passed screen. A red flag or any other
 * outcome keeps today's way (the kept results), and an address that is not a plain path here is never used.
 */
@IntegrationTest
class ReturnAfterKeepingIntegrationTests {

    private static final String ROUTINE = "/routines/five-minute-release/play";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Test
    void theRoutinesGateLinksToTheSelfCheckWithTheWayBack() {
        var visitor = AccountFixtures.signedIn(port, AccountFixtures.aVerifiedPerson(identity));
        var gate = visitor.get(ROUTINE).body();
        assertThat(gate).contains("href=\"/self-check?returnTo=/routines/five-minute-release/play\"");
        assertThat(visitor.get("/self-check?returnTo=%2Froutines%2Ffive-minute-release%2Fplay")
                        .body())
                .contains(hidden(ROUTINE));
    }

    @Test
    void keepingAPassedScreenGoesBackToTheRoutineItCameFrom() {
        var someone = aPersonWhoKeepsResults();
        var person = someone.person();
        var visitor = someone.visitor();
        var step = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40", "returnTo", ROUTINE));
        assertThat(step.body()).as("the next step carries it on").contains(hidden(ROUTINE));
        var swapped = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40", "returnTo", ROUTINE), htmx());
        assertThat(swapped.body()).doesNotContain("<html").contains(hidden(ROUTINE));

        var result = finish(visitor, SelfCheckFixtures.clearAnswers(), ROUTINE);
        assertThat(result).as("the keep form carries it on").contains(hidden(ROUTINE));
        var kept = visitor.post("/self-check/keep", keepForm(result, SelfCheckFixtures.clearAnswers(), ROUTINE));

        assertThat(location(kept)).endsWith(ROUTINE);
        assertThat(results.history(person.id())).hasSize(1);
        assertThat(visitor.get(ROUTINE).body())
                .as("the gate now asks only to confirm")
                .contains("Yes, nothing has changed");
    }

    @Test
    void aRedFlagResultNeverForwardsAnywhere() {
        var visitor = aPersonWhoKeepsResults().visitor();
        var emergency = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "E_SADDLE", "YES");
        var form = formOf(emergency);
        form.put("section", "RED_FLAGS_EMERGENCY");
        form.put("returnTo", ROUTINE);

        var screen = visitor.post("/self-check", form);

        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.headers().firstValue("Location")).isEmpty();
        assertThat(screen.body())
                .contains("Call 999 or go to A&amp;E now")
                .doesNotContain("action=\"/self-check/keep\"", ROUTINE);

        var soon = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "S_SCIATICA", "YES");
        var soonResult = finish(visitor, soon, ROUTINE);
        assertThat(location(visitor.post("/self-check/keep", keepForm(soonResult, soon, ROUTINE))))
                .as("a GP-within-2-weeks result is kept, and shown among the kept ones, not the routine")
                .endsWith("/self-check/history?kept");
        var forged = formOf(emergency);
        forged.put("returnTo", ROUTINE);
        assertThat(location(visitor.post("/self-check/keep", forged))).endsWith("/self-check/history?kept");
    }

    @Test
    void aReturnAddressThatIsNotAPlainPathHereIsNeverUsedOrCarried() {
        var visitor = aPersonWhoKeepsResults().visitor();
        for (var hostile : List.of(
                "//evil.example/routines/x/play",
                "https://evil.example/",
                "/\\evil.example",
                "/routines/../account",
                "/routines/x/play?next=//evil.example")) {
            assertThat(visitor.get("/self-check?returnTo="
                                    + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8))
                            .body())
                    .as(hostile)
                    .doesNotContain("name=\"returnTo\"");
            var result = finish(visitor, SelfCheckFixtures.clearAnswers(), hostile);
            assertThat(result).as(hostile).doesNotContain("name=\"returnTo\"");
            assertThat(location(visitor.post(
                            "/self-check/keep", keepForm(result, SelfCheckFixtures.clearAnswers(), hostile))))
                    .as(hostile)
                    .endsWith("/self-check/history?kept");
        }
    }

    /** A person who agreed to keep health answers, and a visitor signed in as them with the self-check open. */
    private SignedIn aPersonWhoKeepsResults() {
        var person = AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
        var visitor = AccountFixtures.signedIn(port, person);
        visitor.get("/self-check");
        return new SignedIn(person, visitor);
    }

    private record SignedIn(AccountView person, Visitor visitor) {}

    /** The result page, reached by posting every answer as the last step's form. */
    private static String finish(Visitor visitor, Map<String, Object> answers, String returnTo) {
        var form = formOf(answers);
        form.put("section", "SELF_TESTS");
        form.put("returnTo", returnTo);
        var response = visitor.post("/self-check", form);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> keepForm(String resultPage, Map<String, Object> answers, String returnTo) {
        var form = formOf(answers);
        form.put("shown", SelfCheckForms.stampOf(resultPage));
        form.put("returnTo", returnTo);
        return form;
    }

    private static String hidden(String path) {
        return "name=\"returnTo\" value=\"" + path + "\"";
    }

    private static Map<String, String> htmx() {
        return Map.of("HX-Request", "true");
    }
}
