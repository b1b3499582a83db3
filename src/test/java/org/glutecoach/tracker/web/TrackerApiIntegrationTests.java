package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The tracker API with personal access tokens: create or replace a day, read, list, delete; problems per field. */
@IntegrationTest
class TrackerApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TrackerService tracker;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void putCreatesThenReplacesADayAndTheOwnerReadsListsAndDeletesIt() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var path = "/api/v1/tracker/entries/" + today;

        var created = send("PUT", path, bearer, """
                {"hoursSitting": 7.5, "longestSpellMinutes": 80, "breaks": 3, "sorenessLeft": 4,
                 "sorenessRight": 0, "spasms": true, "sitting": ["WALLET_IN_BACK_POCKET"], "note": "desk day"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(path);
        var body = json.readTree(created.body());
        assertThat(body.get("date").asString()).isEqualTo(today.toString());
        assertThat(body.get("hoursSitting").asDouble()).isEqualTo(7.5);
        assertThat(body.get("sorenessRight").asInt()).isZero();
        assertThat(body.get("sorenessMiddle").isNull()).as("not said").isTrue();
        assertThat(body.get("sitting").get(0).asString()).isEqualTo("WALLET_IN_BACK_POCKET");

        var replaced = send("PUT", path, bearer, "{\"date\": \"" + today + "\", \"sorenessLeft\": 2}");
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(json.readTree(send("GET", path, bearer, null).body())
                        .get("hoursSitting")
                        .isNull())
                .isTrue();

        var list = json.readTree(
                send("GET", "/api/v1/tracker/entries?from=" + today.minusDays(3) + "&to=" + today, bearer, null)
                        .body());
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("sorenessLeft").asInt()).isEqualTo(2);

        var stranger = AccountFixtures.bearer(identity, AccountFixtures.aPerson(identity));
        assertThat(send("GET", path, stranger, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", path, stranger, null).statusCode()).isEqualTo(404);

        assertThat(send("DELETE", path, bearer, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", path, bearer, null).statusCode()).isEqualTo(404);
    }

    @Test
    void twoFirstSavesOfTheSameDayAtOnceGiveOneRowAndNoServerError() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        // Every day that may be filled in, each by two PUTs at once (a phone on a bad connection sending twice).
        for (var back = 0; back < 14; back++) {
            var path = "/api/v1/tracker/entries/" + today.minusDays(back);
            var first = sendAsync(path, bearer, "{\"sorenessLeft\": 3}");
            var second = sendAsync(path, bearer, "{\"sorenessLeft\": 4}");
            var statuses =
                    java.util.List.of(first.join().statusCode(), second.join().statusCode());
            assertThat(statuses)
                    .as("day " + today.minusDays(back) + ": one creates, the other replaces")
                    .containsExactlyInAnyOrder(201, 200);
        }
        var list = json.readTree(
                send("GET", "/api/v1/tracker/entries?from=" + today.minusDays(13) + "&to=" + today, bearer, null)
                        .body());
        assertThat(list.size()).as("one row per day").isEqualTo(14);
    }

    private java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(
            String path, String bearer, String body) {
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", bearer)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyBadValueIsAFieldErrorAndNothingIsStored() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();

        var invalid = send("PUT", "/api/v1/tracker/entries/" + today, bearer, """
                {"hoursSitting": 3, "longestSpellMinutes": 200, "sorenessLeft": 11, "sitting": ["HANDSTAND"]}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var errors = json.readTree(invalid.body()).get("errors");
        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder("longestSpellMinutes", "sorenessLeft", "sitting");
        assertThat(invalid.body()).contains("Enter a whole number from 0 to 10");

        var fraction = send("PUT", "/api/v1/tracker/entries/" + today, bearer, "{\"sorenessLeft\": 3.5}");
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(json.readTree(fraction.body()).get("errors").findValuesAsString("field"))
                .containsExactly("sorenessLeft");

        var future = send("PUT", "/api/v1/tracker/entries/" + today.plusDays(1), bearer, "{\"sorenessLeft\": 3}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json.readTree(future.body()).get("errors").findValuesAsString("field"))
                .containsExactly("date");
        assertThat(send("PUT", "/api/v1/tracker/entries/yesterday", bearer, "{}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(tracker.entries(person.id(), today.minusDays(30), today.plusDays(1)))
                .isEmpty();
    }

    @Test
    void keepingNeedsConsentAndAReadTokenCannotWrite() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        var today = tracker.personalDay(person.id()).today();
        var path = "/api/v1/tracker/entries/" + today;

        var refused = send("PUT", path, AccountFixtures.bearer(identity, person), "{\"sorenessLeft\": 3}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("type").asString()).isEqualTo("/problems/consent-needed");

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var reader = AccountFixtures.bearer(identity, person, TokenScope.READ);
        assertThat(send("PUT", path, reader, "{\"sorenessLeft\": 3}").statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/tracker/entries", reader, null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/tracker/entries", null, null).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) {
        return ApiClient.at(port).send(method, path, bearer, body);
    }
}
