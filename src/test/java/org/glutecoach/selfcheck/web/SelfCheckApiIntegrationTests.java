package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The self-check API for anyone, without an account: the questionnaire and evaluations that store nothing. */
@IntegrationTest
class SelfCheckApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    RedFlagEvents redFlagEvents;

    @Test
    void theQuestionnaireStartsWithAgeThenEveryRedFlag() {
        var response = Visitor.at(port).get("/api/v1/self-check/questionnaire");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("version").asString()).isEqualTo("sc-2026-12-1");
        var sections = body.get("sections");
        assertThat(sections.get(0).get("questions").get(0).get("id").asString()).isEqualTo("AGE");
        // The red-flag screen, one section per tier, most urgent first: 9 + 11 + 7 questions.
        assertThat(List.of(
                        sections.get(1).get("id").asString(),
                        sections.get(2).get("id").asString(),
                        sections.get(3).get("id").asString()))
                .containsExactly("RED_FLAGS_EMERGENCY", "RED_FLAGS_URGENT", "RED_FLAGS_SOON");
        assertThat(sections.get(1).get("questions")).hasSize(9);
        assertThat(sections.get(2).get("questions")).hasSize(11);
        assertThat(sections.get(3).get("questions")).hasSize(7);
        var saddle = sections.get(1).get("questions").get(0);
        assertThat(saddle.get("id").asString()).isEqualTo("E_SADDLE");
        assertThat(saddle.get("type").asString()).isEqualTo("YES_NO_NOT_SURE");
        assertThat(saddle.get("redFlagTier").asString()).isEqualTo("EMERGENCY");
        assertThat(saddle.get("options").toString()).contains("{\"value\":\"NOT_SURE\",\"label\":\"Not sure\"}");
        var hours = find(sections, "SIT_HOURS");
        assertThat(hours.get("type").asString()).isEqualTo("NUMBER");
        assertThat(hours.get("min").asInt()).isZero();
        assertThat(hours.get("max").asInt()).isEqualTo(18);
        assertThat(hours.get("redFlagTier").isNull()).isTrue();
    }

    @Test
    void aRedFlagNeedsNothingAfterIt() {
        var response = evaluate("{\"answers\":{\"AGE\":52,\"E_LEAK\":\"YES\"}}");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("outcome").asString()).isEqualTo("EMERGENCY");
        assertThat(body.get("callNumber").asString()).isEqualTo("999");
        assertThat(body.get("redFlags").toString()).isEqualTo("[\"E_LEAK\"]");
        assertThat(body.get("patterns")).isEmpty();
        assertThat(body.get("advice")).isEmpty();
    }

    @Test
    void theEvaluationCarriesTheStopScreensTexts() {
        var body = json.readTree(evaluate("{\"answers\":{\"AGE\":52,\"E_SADDLE\":\"YES\",\"E_CHEST\":\"NOT_SURE\"}}")
                .body());
        assertThat(body.get("title").asString()).isEqualTo("Call 999 or go to A&E now");
        assertThat(body.get("actions").get(0).asString())
                .isEqualTo("Call 999 or go to A&E now. Do not drive yourself.");
        assertThat(body.get("actions").toString())
                .as("a definite yes: 999 / A&E only")
                .doesNotContain("111");
        assertThat(body.get("raisedBy").toString())
                .contains("around your back passage", "Chest pain as well as back pain (you were not sure)");

        var unsure = json.readTree(
                evaluate("{\"answers\":{\"AGE\":52,\"E_CHEST\":\"NOT_SURE\"}}").body());
        assertThat(unsure.get("actions").toString()).contains("still call 111 now");

        var cancer = json.readTree(evaluate("{\"answers\":{\"AGE\":70,\"U_CANCER\":\"YES\",\"U_ONE_LEG\":\"YES\"}}")
                .body());
        assertThat(cancer.get("outcome").asString()).isEqualTo("EMERGENCY");
        assertThat(cancer.get("redFlags").toString()).contains("E_CANCER_NERVES");
        assertThat(cancer.get("callNumber").asString()).isEqualTo("999");
        assertThat(cancer.get("actions").get(0).asString()).contains("cancer team", "call 999");

        var child = json.readTree(
                evaluate("{\"answers\":{\"AGE\":15,\"E_SADDLE\":\"YES\"}}").body());
        assertThat(child.get("outcome").asString())
                .as("an under-16's red flag is kept")
                .isEqualTo("EMERGENCY");
        assertThat(child.get("actions").toString()).contains("Tell a parent, carer or teacher now.");
        var under16 = json.readTree(evaluate("{\"answers\":{\"AGE\":14}}").body());
        assertThat(under16.get("outcome").asString()).isEqualTo("NOT_FOR_UNDER_16");
        assertThat(under16.get("actions").toString()).contains("Tell a parent, carer or teacher", "school nurse");
        assertThat(under16.get("safetyNet").get("callNumber").asString())
                .as("the under-16 page's safety net")
                .isEqualTo("999");
    }

    @Test
    void aVeryLongAnswerOrListIsA400NeverA500() {
        var tooLong = evaluate("{\"answers\":{\"AGE\":40,\"E_SADDLE\":\"" + "Y".repeat(2001) + "\"}}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("answers.E_SADDLE");
        var list = "\"FAMILY\",".repeat(5000);
        var many = evaluate("{\"answers\":{\"AGE\":40,\"S_INFLAM\":\"YES\",\"S_INFLAM_FEATURES\":["
                + list.substring(0, list.length() - 1) + "]}}");
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body()).contains("answers.S_INFLAM_FEATURES");
        var noneAndOthers = evaluate(
                "{\"answers\":{\"AGE\":40,\"S_INFLAM\":\"YES\",\"S_INFLAM_FEATURES\":" + "[\"NONE\",\"FAMILY\"]}}");
        assertThat(noneAndOthers.body()).contains("Tick None of these on its own");
    }

    @Test
    void aFullSelfCheckExplainsWithThePersonsOwnNumbers() throws Exception {
        int sessionsBefore = Visitor.sessionRows(jdbc);
        var response = evaluate(json.writeValueAsString(Map.of("answers", SelfCheckFixtures.deskWorkerAnswers())));
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("outcome").asString()).isEqualTo("SELF_CARE");
        assertThat(body.get("ruleVersion").asString()).isEqualTo("rules-2026-12-1");
        assertThat(body.get("patterns").findValuesAsString("code")).contains("P_SIT_LONG", "P_ONE_SIDE");
        assertThat(body.get("patterns").get(0).get("strength").asString()).isIn("STRONG", "SOME", "LITTLE");
        assertThat(body.toString())
                .contains(
                        "You sit about 9 hours on a normal day.",
                        "aim for about 18 short breaks",
                        "This is not a diagnosis.");
        assertThat(Visitor.sessionRows(jdbc))
                .as("evaluating stores nothing, not even a session")
                .isEqualTo(sessionsBefore);
    }

    @Test
    void selfCareAndSoonCarryTheSafetyNetAndSelfCareTheReassuranceAsData() throws Exception {
        var selfCare = json.readTree(
                evaluate(json.writeValueAsString(Map.of("answers", SelfCheckFixtures.deskWorkerAnswers())))
                        .body());
        var words = SelfCheckFixtures.safetyNetWords();
        assertThat(selfCare.get("safetyNet").get("heading").asString()).isEqualTo(words.get(0));
        assertThat(selfCare.get("safetyNet").get("intro").asString()).startsWith("Call 999 or go to A&E");
        assertThat(selfCare.get("safetyNet")
                        .get("signs")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .isEqualTo(words.subList(1, 4));
        assertThat(selfCare.get("reassurance").toString())
                .contains(
                        "Most back pain is not serious.",
                        "normal activities and your work",
                        "A pharmacist can advise you on pain relief.");

        var soon = json.readTree(evaluate(json.writeValueAsString(Map.of(
                        "answers", SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "S_SCIATICA", "YES"))))
                .body());
        assertThat(soon.get("outcome").asString()).isEqualTo("SOON");
        assertThat(soon.get("safetyNet").get("signs")).hasSize(3);
        assertThat(soon.get("reassurance")).isEmpty();

        var stop = json.readTree(
                evaluate("{\"answers\":{\"AGE\":52,\"E_LEAK\":\"YES\"}}").body());
        assertThat(stop.get("safetyNet").isNull()).isTrue();
    }

    @Test
    void missingAndInvalidAnswersAreNamedOneByOne() {
        var response = evaluate("{\"answers\":{\"AGE\":30,\"E_SADDLE\":\"MAYBE\",\"SHOE_SIZE\":9}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var body = json.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("/problems/validation");
        var errors = body.get("errors").toString();
        assertThat(errors)
                .contains(
                        "{\"field\":\"answers.E_SADDLE\",\"message\":\"Choose one of the answers given.\"}",
                        "{\"field\":\"answers.SHOE_SIZE\",\"message\":\"This is not one of our questions.\"}",
                        "{\"field\":\"answers.E_CHEST\",\"message\":\"Please answer this question.\"}");
    }

    @Test
    void aBodyWithoutAnswersIsRefused() {
        assertThat(evaluate("{}").statusCode()).isEqualTo(400);
        assertThat(evaluate("{\"answers\":[1,2]}").statusCode()).isEqualTo(400);
        assertThat(evaluate("{\"answers\":{\"AGE\":{\"years\":30}}}").body()).contains("answers.AGE");
        assertThat(evaluate("{\"answers\":{\"AGE\":\"NaN\"}}").body()).contains("Enter a number from 1 to 120.");
    }

    @Test
    void aStopScreenShownThroughTheApiIsRecordedWithTheCallersAccountAndKnownAnswersOnly() {
        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var body = "{\"answers\":{\"AGE\":52,\"E_LEAK\":\"YES\"}}";
        var signedIn = Visitor.at(port)
                .send(HttpRequest.newBuilder(Visitor.at(port).uri("/api/v1/self-check/evaluations"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", bearer)
                        .POST(BodyPublishers.ofString(body)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(redFlagEvents.findByAccountIdOrderByShownAt(person.id().value()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.tier()).isEqualTo(RedFlagTier.EMERGENCY);
                    assertThat(event.triggeredIds()).containsExactly("E_LEAK");
                    assertThat(event.answers()).contains("\"E_LEAK\":\"YES\"").doesNotContain("AGE");
                });

        long anonymousBefore = anonymousEvents();
        assertThat(evaluate("{\"answers\":{\"AGE\":52,\"E_SADDLE\":\"YES\"}}").statusCode())
                .isEqualTo(200);
        assertThat(anonymousEvents())
                .as("someone not signed in: recorded without an account")
                .isEqualTo(anonymousBefore + 1);
        evaluate(json.writeValueAsString(Map.of("answers", SelfCheckFixtures.deskWorkerAnswers())));
        assertThat(anonymousEvents()).as("no red flag: nothing recorded").isEqualTo(anonymousBefore + 1);
    }

    private long anonymousEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM selfcheck_red_flag_events WHERE account_id IS NULL")
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> evaluate(String body) {
        return Visitor.at(port)
                .send(HttpRequest.newBuilder(Visitor.at(port).uri("/api/v1/self-check/evaluations"))
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(body)));
    }

    private static JsonNode find(JsonNode sections, String id) {
        for (var section : sections) {
            for (var question : section.get("questions")) {
                if (question.get("id").asString().equals(id)) {
                    return question;
                }
            }
        }
        throw new AssertionError("no question " + id);
    }
}
