package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A self-check step posted after the session lapsed (the browser no longer has the form token's cookie): the form
 * token check still refuses it, but a "yes" to a red flag still shows its advice, recording nothing, and anything
 * else asks to start again instead of the general refusal. Over real HTTP.
 */
@IntegrationTest
class LapsedSessionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RedFlagEvents events;

    /** A step answered on a page read before the session lapsed: its token, but no cookie to match it. */
    private Map<String, String> lapsed(Map<String, String> answers) {
        var before = Visitor.at(port);
        var token = Visitor.csrfFieldOf(before.get("/self-check").body());
        var form = new LinkedHashMap<>(answers);
        form.put("_csrf", token);
        return form;
    }

    @Test
    void aYesToAnEmergencyRedFlagStillShowsThe999AdviceAndRecordsNothing() {
        long before = events.count();
        var form = lapsed(Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES"));

        var page = Visitor.at(port).post("/self-check", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Call 999 or go to A&amp;E now", "href=\"tel:999\"")
                .doesNotContain("ping=", "You cannot do that here");
        assertThat(events.count()).as("showing advice records nothing").isEqualTo(before);
    }

    @Test
    void withNoTokenAtAllAnUrgentRedFlagShowsThe111Advice() {
        long before = events.count();
        var form = new LinkedHashMap<>(Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES"));
        SelfCheckPagesIntegrationTests.noTo(form, "RED_FLAGS_EMERGENCY");

        var page = Visitor.at(port).post("/self-check", form, Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Get medical help today", "href=\"tel:111\"");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void htmxGetsTheAdviceAsThePanelToSwapIn() {
        var form = lapsed(Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES"));

        var panel = Visitor.at(port).post("/self-check", form, Map.of("HX-Request", "true"));

        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body())
                .contains("id=\"self-check\"", "href=\"tel:999\"")
                .doesNotContain("<main");
    }

    @Test
    void withoutARedFlagThePersonIsAskedToStartAgainWithTheSafetyNetInView() {
        long before = events.count();
        var form = new LinkedHashMap<>(lapsed(Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40")));
        SelfCheckPagesIntegrationTests.noTo(form, "RED_FLAGS_EMERGENCY");

        var page = Visitor.at(port).post("/self-check", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Your page had timed out, so please start again", "When to get help at once")
                .contains("Step 1 of 8", "name=\"section\" value=\"AGE\"")
                .doesNotContain("value=\"40\"", "You cannot do that here");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void otherFormsPostedWithoutAValidTokenAreStillRefused() {
        var visitor = Visitor.at(port);
        var refused = visitor.post("/sign-up", Map.of("email", "someone@example.com", "password", "long enough pass"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Your page had timed out");
    }
}
