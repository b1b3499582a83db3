package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.glutecoach.selfcheck.SafetyNetAssertions;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The self-check pages over plain HTTP: steps, 422 with messages, htmx fragments, red-flag events, no session. */
@IntegrationTest
class SelfCheckPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RedFlagEvents events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStopScreenIsRecordedWithTheRedFlagAnswersOnly() {
        long before = events.count();
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES"));
        for (var id : new String[] {"E_SADDLE", "E_BLADDER", "E_LEAK", "E_SEX", "E_BOTH_LEGS", "E_WEAK_WORSE",
            "E_TRAUMA", "E_CHEST"}) {
            form.put(id, "NO");
        }
        var stop = visitor.post("/self-check", form);
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body()).contains("Get medical help today", "href=\"tel:111\"");
        assertThat(events.count()).isEqualTo(before + 1);
        var event = events.findAll().stream().filter(e -> e.triggeredIds().equals(List.of("U_FEVER")))
                .findFirst().orElseThrow();
        assertThat(event.actionShown()).isEqualTo("call111");
        assertThat(event.answers()).contains("\"U_FEVER\":\"YES\"").doesNotContain("AGE", "61");
        assertThat(event.accountId()).isNull();
    }

    @Test
    void theCallButtonPingsBackWhenTappedWithoutATokenAndOnlyOnce() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var stop = visitor.post("/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40",
                "E_SADDLE", "YES"));
        var ping = Pattern.compile("href=\"tel:999\"[^>]*ping=\"([^\"]+)\"").matcher(stop.body());
        assertThat(ping.find()).as("a ping on the call link in %s", stop.body()).isTrue();
        var eventId = UUID.fromString(ping.group(1).replaceAll(".*/red-flag-events/([^/]+)/.*", "$1"));
        assertThat(events.findById(eventId).orElseThrow().userTappedCall()).isFalse();

        // What a browser sends for ping: a POST with "PING" as text/ping, no CSRF token, from any visitor.
        var tapped = Visitor.at(port).send(HttpRequest.newBuilder(visitor.uri(ping.group(1)))
                .header("Content-Type", "text/ping").header("Ping-To", "tel:999")
                .POST(HttpRequest.BodyPublishers.ofString("PING")));
        assertThat(tapped.statusCode()).isEqualTo(204);
        var event = events.findById(eventId).orElseThrow();
        assertThat(event.userTappedCall()).isTrue();
        assertThat(event.exported()).containsEntry("userTappedCall", true);

        long version = jdbc.sql("SELECT version FROM selfcheck_red_flag_events WHERE id = ?").param(eventId)
                .query(Long.class).single();
        Visitor.at(port).send(HttpRequest.newBuilder(visitor.uri(ping.group(1)))
                .POST(HttpRequest.BodyPublishers.ofString("PING")));
        assertThat(jdbc.sql("SELECT version FROM selfcheck_red_flag_events WHERE id = ?").param(eventId)
                .query(Long.class).single()).as("a second tap changes nothing").isEqualTo(version);
    }

    @Test
    void onlyAScreenWithACallButtonCanBeMarkedAndUnknownIdsChangeNothing() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_SOON", "AGE", "40",
                "S_STIFF", "YES"));
        for (var id : new String[] {"E_SADDLE", "E_BLADDER", "E_LEAK", "E_SEX", "E_BOTH_LEGS", "E_WEAK_WORSE",
            "E_TRAUMA", "E_CHEST", "U_FEVER", "U_WEIGHT", "U_LUMP", "U_NIGHT", "U_STRAIN", "U_UPPER", "U_CANCER",
            "U_BONES", "U_INFECT_RISK", "U_ONE_LEG", "S_INFLAM", "S_NOT_BETTER", "S_DAILY", "S_SCIATICA", "S_AGE"}) {
            form.put(id, "NO");
        }
        var soonPage = visitor.post("/self-check", form);
        assertThat(soonPage.body()).doesNotContain("ping=");
        var soon = events.findAll().stream().filter(e -> e.actionShown().equals("bookGp2w")).findFirst()
                .orElseThrow();

        for (var id : List.of(soon.id(), UUID.randomUUID())) {
            var response = Visitor.at(port).send(HttpRequest.newBuilder(
                    visitor.uri("/self-check/red-flag-events/" + id + "/call-tapped"))
                    .POST(HttpRequest.BodyPublishers.ofString("PING")));
            assertThat(response.statusCode()).isEqualTo(204);
        }
        assertThat(events.findById(soon.id()).orElseThrow().userTappedCall()).isFalse();
        var notAnId = Visitor.at(port).send(HttpRequest.newBuilder(
                visitor.uri("/self-check/red-flag-events/not-an-id/call-tapped"))
                .POST(HttpRequest.BodyPublishers.ofString("PING")));
        assertThat(notAnId.statusCode()).isEqualTo(400);
    }

    @Test
    void theSelfTestsHaveADrawingForEachTestWithATextAlternative() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>();
        SelfCheckFixtures.clearAnswers().forEach((id, value) ->
                form.put(id, value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value)));
        form.put("section", "ACTIVITY");
        var tests = visitor.post("/self-check", form);
        assertThat(tests.statusCode()).isEqualTo(200);
        assertThat(tests.body()).contains("Quick self-tests");
        var drawings = Pattern.compile("<img class=\"test-drawing\" src=\"(/assets/img/selfcheck/[^\"]+)\"\\s+"
                + "alt=\"([^\"]+)\"").matcher(tests.body());
        var found = new ArrayList<String>();
        while (drawings.find()) {
            found.add(drawings.group(1));
            assertThat(drawings.group(2)).isNotBlank();
            assertThat(visitor.get(drawings.group(1)).statusCode()).as(drawings.group(1)).isEqualTo(200);
        }
        assertThat(found).hasSize(3).allSatisfy(src -> assertThat(src).matches(".*/T[124]_[A-Z_]+-[0-9a-f]+\\.svg"));
    }

    @Test
    void aStepWithMissingAnswersIs422WithMessagesBesideThem() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var page = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "two hundred"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"AGE-error\"", "Enter a number from 1 to 120.",
                "aria-describedby=\"AGE-error\"", "href=\"#q-AGE\"");
    }

    @Test
    void htmxGetsThePanelOnly() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var panel = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40"), Map.of("HX-Request", "true"));
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).startsWith("<section id=\"self-check\"").doesNotContain("<html")
                .contains("Signs that need a doctor first", "name=\"AGE\" value=\"40\"")
                .doesNotContain("U_FEVER");
    }

    @Test
    void soonAdviceStaysInViewOnEveryLaterStep() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>();
        form.put("section", "RED_FLAGS_SOON");
        form.put("AGE", "40");
        for (var id : new String[] {"E_SADDLE", "E_BLADDER", "E_LEAK", "E_SEX", "E_BOTH_LEGS", "E_WEAK_WORSE",
            "E_TRAUMA", "E_CHEST", "U_FEVER", "U_WEIGHT", "U_LUMP", "U_NIGHT", "U_STRAIN", "U_UPPER", "U_CANCER",
            "U_BONES", "U_INFECT_RISK", "U_ONE_LEG"}) {
            form.put(id, "NO");
        }
        form.put("S_SCIATICA", "NOT_SURE");
        var pain = visitor.post("/self-check", form);
        assertThat(pain.statusCode()).isEqualTo(200);
        assertThat(pain.body()).contains("<h1>Your pain</h1>", "Book a GP or physio in the next 2 weeks");
    }

    @Test
    void selfCareAndSoonResultPagesCarryTheSafetyNetAndSelfCareReassures() {
        var selfCare = finish(SelfCheckFixtures.deskWorkerAnswers());
        assertThat(selfCare.statusCode()).isEqualTo(200);
        assertThat(selfCare.body()).contains("Why your back may ache", "Most back pain is not serious.",
                "A pharmacist can advise you on pain relief.", "href=\"/course\"");
        SafetyNetAssertions.assertSafetyNet(selfCare.body());

        var soon = finish(SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "S_SCIATICA", "YES"));
        assertThat(soon.statusCode()).isEqualTo(200);
        assertThat(soon.body()).contains("Book a GP or physio in the next 2 weeks")
                .doesNotContain("Most back pain is not serious.", "href=\"/course\"", "hold each squeeze for 10");
        SafetyNetAssertions.assertSafetyNet(soon.body());
    }

    @Test
    void aPatternThatFitsOnlyALittleGetsOneLineNotTheChain() {
        var page = finish(SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "SIT_HOURS", 7)).body();
        assertThat(page).contains("None of these patterns stands out", "Your answers also fit these a little",
                "Long spells of sitting", "A few of your answers fit this, but not enough to say more.")
                .doesNotContain("class=\"chain\"", "You sit about 7 hours on a normal day.",
                        "Your answers fit this closely");
    }

    @Test
    void afterASoonScreenTheSelfTestsAreTheTwoSqueezeTestsOnly() {
        var soon = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "S_SCIATICA", "YES");
        var tests = step("ACTIVITY", soon);
        assertThat(tests.body()).contains("Quick self-tests", "name=\"T1_SQUEEZE_LEFT\"",
                "name=\"T2_ONE_SIDE_RIGHT\"").doesNotContain("name=\"T4_BRIDGE_LEFT\"", "T4_BRIDGE_RIGHT");
        assertThat(step("ACTIVITY", SelfCheckFixtures.clearAnswers()).body()).contains("name=\"T4_BRIDGE_LEFT\"");
    }

    /** Posts every answer as the form of one step, so the flow moves on from it. */
    private HttpResponse<String> step(String section, Map<String, Object> answers) {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>();
        answers.forEach((id, value) ->
                form.put(id, value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value)));
        form.put("section", section);
        return visitor.post("/self-check", form);
    }

    private HttpResponse<String> finish(Map<String, Object> answers) {
        return step("SELF_TESTS", answers);
    }

    @Test
    void takingTheSelfCheckCreatesNoSession() {
        int before = Visitor.sessionRows(jdbc);
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40"));
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(Visitor.sessionRows(jdbc))
                .isEqualTo(before);
    }
}
