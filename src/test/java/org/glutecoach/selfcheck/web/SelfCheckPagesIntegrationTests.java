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
import org.glutecoach.identity.IdentityService;
import org.glutecoach.selfcheck.SafetyNetAssertions;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.support.AccountFixtures;
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

    @Autowired
    IdentityService identity;

    @Test
    void aStopScreenIsRecordedWithTheRedFlagAnswersOnly() {
        long before = events.count();
        var earlier = events.findAll().stream().map(e -> e.id()).toList();
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(
                Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES", "U_CANCER", "NO"));
        noTo(form, "RED_FLAGS_EMERGENCY");
        var stop = visitor.post("/self-check", form);
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body()).contains("Get medical help today", "href=\"tel:111\"");
        assertThat(events.count()).isEqualTo(before + 1);
        // This test's event: other tests of the shared context record U_FEVER screens too, some with an account.
        var event = events.findAll().stream()
                .filter(e -> !earlier.contains(e.id()))
                .filter(e -> e.triggeredIds().equals(List.of("U_FEVER")))
                .findFirst()
                .orElseThrow();
        assertThat(event.actionShown()).isEqualTo("call111");
        assertThat(event.answers()).contains("\"U_FEVER\":\"YES\"").doesNotContain("AGE", "61");
        assertThat(event.accountId()).isNull();
    }

    /** Under "Call 999" or "Call 111" the footer gives no second, weaker instruction; other pages keep it. */
    @Test
    void theFootersSpeakToAGpLineIsLeftOffThe999And111ScreensOnly() {
        var footerLine = "If you are worried about your back, speak to a GP";
        var visitor = Visitor.at(port);
        var step = visitor.get("/self-check");
        assertThat(step.body()).contains(footerLine);
        var emergency =
                visitor.post("/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES"));
        assertThat(emergency.body()).contains("href=\"tel:999\"").doesNotContain(footerLine);
        var urgent = new LinkedHashMap<String, String>(
                Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES", "U_CANCER", "NO"));
        noTo(urgent, "RED_FLAGS_EMERGENCY");
        var urgentPage = visitor.post("/self-check", urgent);
        assertThat(urgentPage.body()).contains("href=\"tel:111\"").doesNotContain(footerLine);
        var selfCare = finish(SelfCheckFixtures.deskWorkerAnswers());
        assertThat(selfCare.body()).contains(footerLine);
    }

    /** Pages reached by posting the self-check are public too: the Nu HTML Checker finds no error in them. */
    @Test
    void pagesReachedByPostingTheSelfCheckAreValidHtml() {
        var urgent = new LinkedHashMap<String, String>(
                Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES", "U_CANCER", "NO"));
        noTo(urgent, "RED_FLAGS_EMERGENCY");
        var soon = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_SOON", "AGE", "40"));
        noTo(soon, "RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT", "RED_FLAGS_SOON");
        soon.put("S_STIFF", "YES");
        var posted = new LinkedHashMap<String, Map<String, String>>();
        posted.put("the 999 screen", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES"));
        posted.put("the 111 screen", urgent);
        posted.put("after a SOON answer", soon);
        // A number out of range, as a browser can send it (a number field sends no letters).
        posted.put("a step with an error", Map.of("section", "AGE", "AGE", "200"));
        posted.put("the under-16 page", Map.of("section", "AGE", "AGE", "15"));
        posted.forEach((name, form) -> {
            var visitor = Visitor.at(port);
            visitor.get("/self-check");
            var page = visitor.post("/self-check", form);
            assertThat(page.body()).as(name).contains("<main");
            assertThat(org.glutecoach.support.HtmlChecker.errors(page.body()))
                    .as(name)
                    .isEmpty();
        });
    }

    @Test
    void theCallButtonPingsBackWhenTappedWithoutATokenAndOnlyOnce() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var stop =
                visitor.post("/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES"));
        var ping = Pattern.compile("href=\"tel:999\"[^>]*ping=\"([^\"]+)\"").matcher(stop.body());
        assertThat(ping.find()).as("a ping on the call link in %s", stop.body()).isTrue();
        assertThat(ping.group(1))
                .as("ping takes an absolute address")
                .startsWith("http://localhost:" + port + "/self-check/red-flag-events/");
        var eventId = UUID.fromString(ping.group(1).replaceAll(".*/red-flag-events/([^/]+)/.*", "$1"));
        assertThat(events.findById(eventId).orElseThrow().userTappedCall()).isFalse();

        // What a browser sends for ping: a POST with "PING" as text/ping, no CSRF token, from any visitor.
        var tapped = Visitor.at(port)
                .send(HttpRequest.newBuilder(java.net.URI.create(ping.group(1)))
                        .header("Content-Type", "text/ping")
                        .header("Ping-To", "tel:999")
                        .POST(HttpRequest.BodyPublishers.ofString("PING")));
        assertThat(tapped.statusCode()).isEqualTo(204);
        var event = events.findById(eventId).orElseThrow();
        assertThat(event.userTappedCall()).isTrue();
        assertThat(event.exported()).containsEntry("userTappedCall", true);

        long version = jdbc.sql("SELECT version FROM selfcheck_red_flag_events WHERE id = ?")
                .param(eventId)
                .query(Long.class)
                .single();
        Visitor.at(port)
                .send(HttpRequest.newBuilder(java.net.URI.create(ping.group(1)))
                        .POST(HttpRequest.BodyPublishers.ofString("PING")));
        assertThat(jdbc.sql("SELECT version FROM selfcheck_red_flag_events WHERE id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .as("a second tap changes nothing")
                .isEqualTo(version);
    }

    @Test
    void onlyAScreenWithACallButtonCanBeMarkedAndUnknownIdsChangeNothing() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_SOON", "AGE", "40"));
        noTo(form, "RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT", "RED_FLAGS_SOON");
        form.put("S_STIFF", "YES");
        var soonPage = visitor.post("/self-check", form);
        assertThat(soonPage.body()).doesNotContain("ping=");
        var soon = events.findAll().stream()
                .filter(e -> e.actionShown().equals("bookGp2w"))
                .findFirst()
                .orElseThrow();

        for (var id : List.of(soon.id(), UUID.randomUUID())) {
            var response = Visitor.at(port)
                    .send(HttpRequest.newBuilder(visitor.uri("/self-check/red-flag-events/" + id + "/call-tapped"))
                            .POST(HttpRequest.BodyPublishers.ofString("PING")));
            assertThat(response.statusCode()).isEqualTo(204);
        }
        assertThat(events.findById(soon.id()).orElseThrow().userTappedCall()).isFalse();
        var notAnId = Visitor.at(port)
                .send(HttpRequest.newBuilder(visitor.uri("/self-check/red-flag-events/not-an-id/call-tapped"))
                        .POST(HttpRequest.BodyPublishers.ofString("PING")));
        assertThat(notAnId.statusCode()).isEqualTo(400);
    }

    @Test
    void theSelfTestsHaveADrawingForEachTestWithATextAlternative() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>();
        SelfCheckFixtures.clearAnswers()
                .forEach((id, value) -> form.put(
                        id, value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value)));
        form.put("section", "ACTIVITY");
        var tests = visitor.post("/self-check", form);
        assertThat(tests.statusCode()).isEqualTo(200);
        assertThat(tests.body()).contains("Quick self-tests");
        var drawings = Pattern.compile(
                        "<img class=\"test-drawing\" src=\"(/assets/img/selfcheck/[^\"]+)\"\\s+" + "alt=\"([^\"]+)\"")
                .matcher(tests.body());
        var found = new ArrayList<String>();
        while (drawings.find()) {
            found.add(drawings.group(1));
            assertThat(drawings.group(2)).isNotBlank();
            assertThat(visitor.get(drawings.group(1)).statusCode())
                    .as(drawings.group(1))
                    .isEqualTo(200);
        }
        assertThat(found).hasSize(3).allSatisfy(src -> assertThat(src).matches(".*/T[124]_[A-Z_]+-[0-9a-f]+\\.svg"));
    }

    @Test
    void aStepWithMissingAnswersIs422WithMessagesBesideThem() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var page = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "two hundred"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains(
                        "id=\"AGE-error\"",
                        "Enter a number from 1 to 120.",
                        "aria-describedby=\"AGE-error\"",
                        "href=\"#q-AGE\"");
    }

    @Test
    void aBadAgeIsNotEchoedIntoTheNumberField() {
        // <input type="number" value="forty"> is invalid HTML: the error says what went wrong, the field is empty.
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var page = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "forty"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"AGE-error\"", "Enter a number from 1 to 120.");
        var field =
                Pattern.compile("<input type=\"number\"[^>]*id=\"AGE\"[^>]*>").matcher(page.body());
        assertThat(field.find()).isTrue();
        assertThat(field.group()).doesNotContain("forty").doesNotContainPattern("value=\"[^\"]+\"");

        var fine = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "200"));
        assertThat(fine.statusCode()).isEqualTo(422);
        var kept =
                Pattern.compile("<input type=\"number\"[^>]*id=\"AGE\"[^>]*>").matcher(fine.body());
        assertThat(kept.find()).isTrue();
        assertThat(kept.group())
                .as("a number out of range is valid in the field, and kept")
                .contains("value=\"200\"");
    }

    @Test
    void htmxGetsThePanelOnly() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var panel = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40"), Map.of("HX-Request", "true"));
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body())
                .startsWith("<section id=\"self-check\"")
                .doesNotContain("<html")
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
        noTo(form, "RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT");
        form.put("S_SCIATICA", "NOT_SURE");
        var pain = visitor.post("/self-check", form);
        assertThat(pain.statusCode()).isEqualTo(200);
        assertThat(pain.body()).contains("<h1>Your pain</h1>", "Book a GP or physio in the next 2 weeks");
    }

    @Test
    void aSignedInPersonsRedFlagEventCarriesTheirAccount() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/self-check");
        var stop = visitor.post("/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_LEAK", "YES"));
        assertThat(stop.body()).contains("href=\"tel:999\"");
        assertThat(events.findByAccountIdOrderByShownAt(person.id().value()))
                .singleElement()
                .satisfies(event -> assertThat(event.triggeredIds()).containsExactly("E_LEAK"));
    }

    @Test
    void freeTextSentAlongIsNeverStoredOnlyKnownAnswers() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of(
                "section",
                "RED_FLAGS_URGENT",
                "AGE",
                "61",
                "U_FEVER",
                "YES",
                "U_CANCER",
                "NO",
                "notes",
                "Alice Smith, 1 High Street"));
        noTo(form, "RED_FLAGS_EMERGENCY");
        form.put("E_CHEST", "my name is Alice Smith"); // an edited form: text where an answer should be
        var stop = visitor.post("/self-check", form);
        assertThat(stop.statusCode()).isEqualTo(200);
        var ids = Pattern.compile("red-flag-events/([0-9a-f-]{36})/").matcher(stop.body());
        assertThat(ids.find()).isTrue();
        var event = events.findById(UUID.fromString(ids.group(1))).orElseThrow();
        assertThat(event.answers())
                .contains("\"U_FEVER\":\"YES\"", "\"E_SADDLE\":\"NO\"")
                .doesNotContain("Alice", "notes", "E_CHEST");
    }

    @Test
    void aVeryLongAnswerOrListIsACleanRefusalNeverAnError() {
        var visitor = Visitor.at(port);
        var start = visitor.get("/self-check");
        var tooLong = visitor.post(
                "/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "Y".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Choose one of the answers given.");
        var body = new StringBuilder(
                "section=RED_FLAGS_SOON&AGE=40&S_INFLAM=YES&_csrf=" + Visitor.csrfFieldOf(start.body()));
        for (int i = 0; i < 500; i++) {
            body.append("&S_INFLAM_FEATURES=FAMILY");
        }
        var list = visitor.send(HttpRequest.newBuilder(visitor.uri("/self-check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(list.statusCode()).isBetween(400, 499);
        // Refused for its length, beside the field: other unanswered questions of the step are a 422 on their own.
        assertThat(list.body()).contains("id=\"S_INFLAM_FEATURES-error\"");
    }

    @Test
    void aLongTextInARedFlagAnswerBesideAStopScreenIsNeverStoredNorAnError() {
        // The probe's 500: a stop screen whose form also carried over 2,000 characters where a red-flag answer
        // goes; the text went into the red-flag record, whose answers column holds 2,000 characters.
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(
                Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES", "U_CANCER", "NO"));
        noTo(form, "RED_FLAGS_EMERGENCY");
        form.put("E_CHEST", "Alice Smith ".repeat(200));
        var stop = visitor.post("/self-check", form);
        assertThat(stop.statusCode()).isEqualTo(200);
        var ids = Pattern.compile("red-flag-events/([0-9a-f-]{36})/").matcher(stop.body());
        assertThat(ids.find()).isTrue();
        assertThat(events.findById(UUID.fromString(ids.group(1))).orElseThrow().answers())
                .contains("\"U_FEVER\":\"YES\"")
                .doesNotContain("Alice");
    }

    @Test
    void theErrorSummaryNamesEachUnansweredQuestion() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var page = visitor.post("/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "NO"));
        assertThat(page.statusCode()).isEqualTo(422);
        var summary = page.body()
                .substring(page.body().indexOf("error-summary"), page.body().indexOf("<form"));
        assertThat(summary)
                .contains(
                        "href=\"#q-E_CHEST\">Do you have chest pain as well as back pain?</a>",
                        "href=\"#q-E_NUMB_WORSE\">Is numbness or pins and needles")
                .doesNotContain("#q-E_SADDLE");
        assertThat(Pattern.compile(">Please answer this question.</a>")
                        .matcher(summary)
                        .find())
                .isFalse();
    }

    @Test
    void theEmergencyScreenNamesTheAnswersAndOnly999WhenOneIsADefiniteYes() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        // The panel alone: the page's footer names NHS 111 for general worries.
        var stop = visitor.post(
                "/self-check",
                Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES", "E_CHEST", "NOT_SURE"),
                Map.of("HX-Request", "true"));
        assertThat(stop.body())
                .contains(
                        "Call 999 or go to A&amp;E now",
                        "Your answers to tell them about",
                        "Numbness, tingling or a strange feeling around your back passage",
                        "Chest pain as well as back pain (you were not sure)")
                .doesNotContain("111");
        var unsure = visitor.post(
                "/self-check", Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_CHEST", "NOT_SURE"));
        assertThat(unsure.body()).contains("href=\"tel:999\"", "still call 111 now");
    }

    @Test
    void aPastCancerAsksAboutLegPainBeforeStoppingThenSendsToTheCancerTeam() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_URGENT", "AGE", "70"));
        noTo(form, "RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT");
        form.put("U_CANCER", "YES");
        var next = visitor.post("/self-check", form);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body())
                .contains("name=\"section\" value=\"RED_FLAGS_SOON\"", "Does pain shoot down one leg")
                .doesNotContain("tel:111");
        form.put("section", "RED_FLAGS_SOON");
        form.put("S_SCIATICA", "YES");
        var stop = visitor.post("/self-check", form, Map.of("HX-Request", "true"));
        assertThat(stop.body())
                .contains(
                        "Call your cancer team now",
                        "24-hour helpline",
                        "href=\"tel:999\"",
                        "Cancer at some time in the past",
                        "Pain that shoots down one leg below the knee")
                .doesNotContain("tel:111");
    }

    @Test
    void underSixteensGetTheSafetyNetAnAdultToTellAndWhoToSee() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var page = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "15"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "This self-check is for adults",
                        "class=\"safety-net\"",
                        "href=\"tel:999\"",
                        "Tell a parent, carer or teacher",
                        "a school nurse or a pharmacist");
    }

    @Test
    void noneOfTheseLetsSomeoneWithoutAFeatureGoOn() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_SOON", "AGE", "30"));
        noTo(form, "RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT", "RED_FLAGS_SOON");
        form.put("S_INFLAM", "YES");
        var missing = visitor.post("/self-check", form);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("value=\"NONE\"", "None of these");
        form.put("S_INFLAM_FEATURES", "NONE");
        var pain = visitor.post("/self-check", form);
        assertThat(pain.statusCode()).isEqualTo(200);
        assertThat(pain.body()).contains("<h1>Your pain</h1>").doesNotContain("Book a GP or physio");
    }

    /** Answers No to every yes / no / not sure question of these red-flag steps. */
    static void noTo(Map<String, String> form, String... sections) {
        var wanted = List.of(sections);
        SelfCheckFixtures.questionnaire().redFlags().stream()
                .filter(q -> wanted.contains(q.sectionId()) && q.options().contains("NOT_SURE"))
                .forEach(q -> form.put(q.id(), "NO"));
    }

    @Test
    void selfCareAndSoonResultPagesCarryTheSafetyNetAndSelfCareReassures() {
        var selfCare = finish(SelfCheckFixtures.deskWorkerAnswers());
        assertThat(selfCare.statusCode()).isEqualTo(200);
        assertThat(selfCare.body())
                .contains(
                        "Why your back may ache",
                        "Most back pain is not serious.",
                        "A pharmacist can advise you on pain relief.",
                        "href=\"/course\"");
        SafetyNetAssertions.assertSafetyNet(selfCare.body());

        var soon = finish(SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "S_SCIATICA", "YES"));
        assertThat(soon.statusCode()).isEqualTo(200);
        assertThat(soon.body())
                .contains("Book a GP or physio in the next 2 weeks")
                .doesNotContain("Most back pain is not serious.", "href=\"/course\"", "hold each squeeze for 10");
        SafetyNetAssertions.assertSafetyNet(soon.body());
    }

    @Test
    void aPatternThatFitsOnlyALittleGetsOneLineNotTheChain() {
        var page = finish(SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "SIT_HOURS", 7))
                .body();
        assertThat(page)
                .contains(
                        "None of these patterns stands out",
                        "Your answers also fit these a little",
                        "Long spells of sitting",
                        "A few of your answers fit this, but not enough to say more.")
                .doesNotContain(
                        "class=\"chain\"", "You sit about 7 hours on a normal day.", "Your answers fit this closely");
    }

    @Test
    void afterASoonScreenTheSelfTestsAreTheTwoSqueezeTestsOnly() {
        var soon = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "S_SCIATICA", "YES");
        var tests = step("ACTIVITY", soon);
        assertThat(tests.body())
                .contains("Quick self-tests", "name=\"T1_SQUEEZE_LEFT\"", "name=\"T2_ONE_SIDE_RIGHT\"")
                .doesNotContain("name=\"T4_BRIDGE_LEFT\"", "T4_BRIDGE_RIGHT");
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
        assertThat(Visitor.sessionRows(jdbc)).isEqualTo(before);
    }
}
