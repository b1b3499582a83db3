package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own routines through the API and the pages: built, renamed, reordered, deleted; a missing exercise or
 * a bad name refused beside its field; another person's routine "not found"; playable like the ready-made ones; in
 * the export and gone with the account.
 */
@IntegrationTest
class MyRoutinesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RoutinesService routines;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiBuildsListsChangesAndDeletesAPersonsOwnRoutine() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var created = api(bearer, "POST", "/api/v1/routines/mine", """
                {"name": "Morning", "exercises": ["foam-roller-release", "glute-bridge", "clamshell"]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        var id = json.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/routines/mine/" + id);
        assertThat(json.readTree(created.body()).get("minutes").asInt()).isPositive();

        var changed = api(bearer, "PUT", "/api/v1/routines/mine/" + id, """
                {"name": "Evening", "exercises": ["clamshell", "foam-roller-release", "glute-bridge"]}""");
        assertThat(changed.statusCode()).isEqualTo(200);
        var listed =
                json.readTree(api(bearer, "GET", "/api/v1/routines/mine", null).body());
        assertThat(listed.size()).isOne();
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Evening");
        assertThat(listed.get(0).get("steps").get(0).get("exercise").get("id").asString())
                .isEqualTo("clamshell");

        assertThat(api(bearer, "DELETE", "/api/v1/routines/mine/" + id, null).statusCode())
                .isEqualTo(204);
        assertThat(api(bearer, "GET", "/api/v1/routines/mine/" + id, null).statusCode())
                .isEqualTo(404);
        assertThat(routines.myRoutines(person.id())).isEmpty();
    }

    @Test
    void theApiRefusesAMissingExerciseAndABadNameWithAnErrorForEachFieldAndKeepsNothing() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var refused = api(bearer, "POST", "/api/v1/routines/mine", """
                {"name": "  ", "exercises": ["glute-bridge", "no-such-exercise"]}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(refused.body())
                .contains("\"field\":\"name\"", "Give your routine a name.")
                .contains("\"field\":\"exercises\"", "That exercise is not in the library.");
        assertThat(routines.myRoutines(person.id())).isEmpty();

        var id = routines.createRoutine(person.id(), new SaveRoutine("Mine", List.of("glute-bridge")))
                .id();
        var tooLong = api(bearer, "PUT", "/api/v1/routines/mine/" + id, """
                {"name": "%s", "exercises": ["glute-bridge"]}""".formatted("x".repeat(61)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(routines.myRoutine(person.id(), UUID.fromString(id))
                        .orElseThrow()
                        .name())
                .isEqualTo("Mine");
    }

    @Test
    void anotherPersonsRoutineIsNotFoundAndStaysAsItWas() {
        var owner = AccountFixtures.aVerifiedPerson(identity);
        var other = AccountFixtures.aVerifiedPerson(identity);
        var id = routines.createRoutine(owner.id(), new SaveRoutine("Mine", List.of("glute-bridge")))
                .id();
        var bearer = AccountFixtures.bearer(identity, other);
        assertThat(api(bearer, "GET", "/api/v1/routines/mine/" + id, null).statusCode())
                .isEqualTo(404);
        assertThat(api(bearer, "PUT", "/api/v1/routines/mine/" + id, """
                        {"name": "Taken", "exercises": ["clamshell"]}""").statusCode())
                .isEqualTo(404);
        assertThat(api(bearer, "DELETE", "/api/v1/routines/mine/" + id, null).statusCode())
                .isEqualTo(404);
        assertThat(api(bearer, "GET", "/api/v1/routines/mine", null).body()).isEqualTo("[]");

        var visitor = Visitor.at(port);
        visitor.signIn(other.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/routines/mine/" + id).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/routines/" + id + "/play").statusCode()).isEqualTo(404);
        visitor.get("/routines/mine");
        assertThat(visitor.post("/routines/mine/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(visitor.post("/routines/mine/" + id + "/name", Map.of("name", "Taken"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(routines.myRoutine(owner.id(), UUID.fromString(id))
                        .orElseThrow()
                        .name())
                .isEqualTo("Mine");
    }

    @Test
    void thePagesBuildRenameReorderAndDeleteWithoutScript() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var list = visitor.get("/routines/mine");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Build a routine", "id=\"exercise-glute-bridge\"");

        var built = form(visitor, "/routines/mine", "name=Lunch&exercises=foam-roller-release&exercises=clamshell");
        assertThat(built.statusCode()).isEqualTo(302);
        var id = built.headers().firstValue("Location").orElseThrow().replaceAll(".*/routines/mine/", "");
        assertThat(routines.myRoutine(person.id(), UUID.fromString(id))
                        .orElseThrow()
                        .steps())
                .extracting(step -> step.exercise().id())
                .containsExactly("foam-roller-release", "clamshell");

        visitor.get("/routines/mine/" + id);
        assertThat(visitor.post("/routines/mine/" + id + "/exercises", Map.of("exercise", "glute-bridge"))
                        .statusCode())
                .isEqualTo(302);
        visitor.get("/routines/mine/" + id);
        assertThat(visitor.post("/routines/mine/" + id + "/up", Map.of("position", "2"))
                        .statusCode())
                .isEqualTo(302);
        visitor.get("/routines/mine/" + id);
        assertThat(visitor.post("/routines/mine/" + id + "/name", Map.of("name", "Lunch break"))
                        .statusCode())
                .isEqualTo(302);
        var page = visitor.get("/routines/mine/" + id).body();
        assertThat(page).contains("<h1>Lunch break</h1>");
        assertThat(page.indexOf("Glute bridge")).isLessThan(page.indexOf("Side-lying clamshell"));
        assertThat(routines.myRoutine(person.id(), UUID.fromString(id))
                        .orElseThrow()
                        .steps())
                .extracting(step -> step.exercise().id())
                .containsExactly("foam-roller-release", "glute-bridge", "clamshell");

        assertThat(visitor.post("/routines/mine/" + id + "/delete", Map.of())
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/routines/mine"));
        assertThat(routines.myRoutines(person.id())).isEmpty();
    }

    @Test
    void thePagesShowEachRefusalBesideItsFieldWith422AndChangeNothing() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/routines/mine");
        var refused = form(visitor, "/routines/mine", "name=&exercises=no-such-exercise");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"name-error\"", "Give your routine a name.")
                .contains("id=\"exercises-error\"", "That exercise is not in the library.")
                .contains("aria-describedby=\"exercises-hint exercises-error\"")
                .contains("class=\"error-summary\"");
        assertThat(routines.myRoutines(person.id())).isEmpty();

        var id = routines.createRoutine(person.id(), new SaveRoutine("Mine", List.of("glute-bridge")))
                .id();
        visitor.get("/routines/mine/" + id);
        var blank = visitor.post("/routines/mine/" + id + "/name", Map.of("name", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"name-error\"", "aria-describedby=\"name-hint name-error\"");
        var alone = visitor.post("/routines/mine/" + id + "/remove", Map.of("position", "0"));
        assertThat(alone.statusCode()).isEqualTo(422);
        assertThat(alone.body()).contains("Choose at least one exercise.");
        var missing = visitor.post("/routines/mine/" + id + "/exercises", Map.of("exercise", "no-such"));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("id=\"exercise-error\"", "aria-invalid=\"true\"");
        var view = routines.myRoutine(person.id(), UUID.fromString(id)).orElseThrow();
        assertThat(view.name()).isEqualTo("Mine");
        assertThat(view.steps()).hasSize(1);
    }

    @Test
    void aPersonsOwnRoutineIsPlayedThroughTheSamePagesAndSafetyRulesAsTheReadyMadeOnes() {
        var person = RoutineSessionsIntegrationTests.aConsentingPerson(identity, privacy);
        var id = routines.createRoutine(
                        person.id(),
                        new SaveRoutine("Mine", List.of("ball-release-floor", "standing-squeeze-each-side")))
                .id();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var ready = visitor.get("/routines/" + id + "/play").body();
        assertThat(ready).as("first the red-flag screen").contains("Before your first routine", "safety-net");

        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        visitor.get("/routines/" + id + "/play");
        assertThat(visitor.post("/routines/" + id + "/ready", Map.of()).statusCode())
                .isEqualTo(302);
        var play = visitor.get("/routines/" + id + "/play").body();
        assertThat(play).contains("id=\"player\"", "id=\"player-caution\"", "broken skin");

        var finished = visitor.post("/routines/" + id + "/sessions", Map.of("exercises", "ball-release-floor"));
        assertThat(finished.statusCode()).isEqualTo(302);
        assertThat(routines.sessions(person.id()))
                .singleElement()
                .satisfies(session -> assertThat(session.routineId()).isEqualTo(id));
        var done = java.net
                .URI
                .create(finished.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(visitor.get(done).body()).contains("Session saved", "/routines/mine/" + id);
    }

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        var visitor = Visitor.at(port);
        var response = visitor.get("/routines/mine");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/sign-in"));
        assertThat(api(null, "GET", "/api/v1/routines/mine", null).statusCode()).isEqualTo(401);
    }

    @Test
    void ownRoutinesAreInTheExportAndGoWithTheAccount() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        routines.createRoutine(person.id(), new SaveRoutine("Exported", List.of("clamshell")));
        assertThat(privacy.export(person.id()).toString()).contains("ownRoutines", "Exported", "clamshell");
        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM routines_personal WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpResponse<String> api(String bearer, String method, String path, String body) {
        return ApiClient.at(port).accepting(null).send(method, path, bearer, body);
    }

    /** A form with repeated fields, with the CSRF token of the page last read. */
    private static HttpResponse<String> form(Visitor visitor, String path, String fields) {
        var csrf = Visitor.csrfFieldOf(visitor.get("/routines/mine").body());
        return visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf="
                        + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8))));
    }
}
