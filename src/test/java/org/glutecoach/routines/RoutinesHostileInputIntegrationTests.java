package org.glutecoach.routines;

import static org.glutecoach.support.HostileInputChecks.noTrace;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.HostileInputChecks;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker or a careless client sends to the routines' API and pages: wrong types, nulls, huge names and
 * lists, markup and control characters in names, far or impossible times, another person's ids, malformed
 * comfort checks, no CSRF token. Each row: a problem+json naming the field (API) or the form again with the message
 * beside the field (pages), never a 500 or a trace, and nothing stored.
 */
@IntegrationTest
class RoutinesHostileInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    RoutinesService routines;

    @Autowired
    JsonMapper json;

    /** A body, and the field its problem must name ("" for a problem about the body as a whole). */
    record Hostile(String body, String field) {}

    @Test
    void everyHostileRoutineOfOnesOwnIsAProblemNamingItsFieldAndNothingIsStored() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var ok = "[\"foam-roller-release\", \"glute-bridge\"]";
        var cases = List.of(
                new Hostile("{\"name\": ", ""),
                new Hostile("[]", ""),
                new Hostile("null", ""),
                new Hostile("{}", "name"),
                new Hostile("{\"name\": null, \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"   \", \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"" + "n".repeat(61) + "\", \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"" + "n".repeat(100_000) + "\", \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"a\\u0000b\", \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"new\\nline\", \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"half \\udc00 pair\", \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": [\"a\"], \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": {\"a\": 1}, \"exercises\": " + ok + "}", "name"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": \"glute-bridge\"}", "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": [null]}", "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": [42]}", "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": []}", "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": [\"../../etc/passwd\"]}", "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": [\"<script>\"]}", "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": [\"foam-roller-release\"]}", "exercises"),
                new Hostile(
                        "{\"name\": \"Mine\", \"exercises\": ["
                                + String.join(",", java.util.Collections.nCopies(5000, "\"glute-bridge\"")) + "]}",
                        "exercises"),
                new Hostile("{\"name\": \"Mine\", \"exercises\": " + ok + ", \"owner\": \"x\"}", "owner"));
        var soft = new SoftAssertions();
        for (var hostile : cases) {
            var answer = send("POST", "/api/v1/routines/mine", bearer, hostile.body());
            expectProblem(soft, answer, hostile);
        }
        soft.assertThat(routines.myRoutines(person.id())).as("nothing stored").isEmpty();
        soft.assertAll();
    }

    @Test
    void anotherPersonsRoutineCannotBeReadChangedOrDeletedAndMalformedIdsAreProblems() throws Exception {
        var owner = withConsent();
        var theirs = routines.createRoutine(
                owner.id(), new SaveRoutine("Theirs", List.of("foam-roller-release", "glute-bridge")));
        var stranger = AccountFixtures.bearer(identity, withConsent());
        var path = "/api/v1/routines/mine/" + theirs.id();
        var body = "{\"name\": \"Taken\", \"exercises\": [\"glute-bridge\"]}";
        var soft = new SoftAssertions();
        soft.assertThat(send("GET", path, stranger, null).statusCode()).isEqualTo(404);
        soft.assertThat(send("PUT", path, stranger, body).statusCode()).isEqualTo(404);
        soft.assertThat(send("DELETE", path, stranger, null).statusCode()).isEqualTo(404);
        for (var id : List.of("not-a-uuid", "%00", "1", "' OR 1=1 --", "x".repeat(3000))) {
            var encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            for (var method : List.of("GET", "PUT", "DELETE")) {
                var answer =
                        send(method, "/api/v1/routines/mine/" + encoded, stranger, "PUT".equals(method) ? body : null);
                soft.assertThat(answer.statusCode()).as(method + " " + id).isIn(400, 404);
                noTrace(soft, answer, method + " " + id);
            }
        }
        for (var query : List.of("minutes=abc", "minutes=-5", "minutes=99999999999", "kind=%3Cscript%3E", "kind=")) {
            for (var resource : List.of("/api/v1/routines?", "/api/v1/routines/exercises?")) {
                var answer = send("GET", resource + query, null, null);
                soft.assertThat(answer.statusCode()).as(resource + query).isIn(200, 400);
                noTrace(soft, answer, resource + query);
            }
            var page = Visitor.at(port).get("/routines?" + query);
            soft.assertThat(page.statusCode()).as("/routines?" + query).isIn(200, 400);
            noTrace(soft, page, "/routines?" + query);
        }
        soft.assertThat(routines.myRoutine(owner.id(), UUID.fromString(theirs.id()))
                        .orElseThrow()
                        .name())
                .isEqualTo("Theirs");
        soft.assertAll();
    }

    @Test
    void everyHostileSessionIsAProblemAndNothingIsStored() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var now = Instant.now();
        var cases = List.of(
                new Hostile("{\"id\": ", ""),
                new Hostile("[]", ""),
                new Hostile("{}", ""),
                new Hostile(session("\"not-a-uuid\"", "\"five-minute-release\"", now.minusSeconds(300), now, ""), "id"),
                new Hostile(session("null", "\"five-minute-release\"", now.minusSeconds(300), now, ""), "id"),
                new Hostile(session(id(), "\"no-such-routine\"", now.minusSeconds(300), now, ""), "routineId"),
                new Hostile(
                        session(id(), "\"<script>alert(1)</script>\"", now.minusSeconds(300), now, ""), "routineId"),
                new Hostile(session(id(), "42", now.minusSeconds(300), now, ""), "routineId"),
                new Hostile(session(id(), "\"five-minute-release\"", now, now.minusSeconds(300), ""), "endedAt"),
                new Hostile(session(id(), "\"five-minute-release\"", now, now.plusSeconds(86_400), ""), "endedAt"),
                new Hostile(
                        session(id(), "\"five-minute-release\"", Instant.parse("1970-01-01T00:00:00Z"), now, ""),
                        "startedAt"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                Instant.parse("1999-12-31T23:50:00Z"),
                                Instant.parse("2000-01-01T00:00:00Z"),
                                ""),
                        "endedAt"),
                new Hostile(
                        "{\"id\": " + id() + ", \"routineId\": \"five-minute-release\", \"startedAt\": \"yesterday\","
                                + " \"endedAt\": \"" + now + "\", \"finished\": true, \"exercises\": []}",
                        "startedAt"),
                new Hostile(
                        "{\"id\": " + id() + ", \"routineId\": \"five-minute-release\", \"startedAt\": \""
                                + "+999999999-12-31T23:59:59Z\", \"endedAt\": \"" + now + "\", \"finished\": true,"
                                + " \"exercises\": []}",
                        "endedAt"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                now.minusSeconds(300),
                                now,
                                ", \"ratings\": {\"left\": 11, \"right\": -1}"),
                        "ratings.left"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                now.minusSeconds(300),
                                now,
                                ", \"ratings\": {\"left\": 3.5}"),
                        "ratings.left"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                now.minusSeconds(300),
                                now,
                                ", \"ratings\": {\"left\": \"NaN\"}"),
                        "ratings.left"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                now.minusSeconds(300),
                                now,
                                ", \"comfortChecks\": [null]"),
                        "comfortChecks[0]"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                now.minusSeconds(300),
                                now,
                                ", \"comfortChecks\": [{\"exercise\": \"ball-release-floor\", \"set\": 0, \"rating\": 99, \"nerve\": false}]"),
                        "comfortChecks[0].set"),
                new Hostile(
                        session(
                                id(),
                                "\"five-minute-release\"",
                                now.minusSeconds(300),
                                now,
                                ", \"comfortChecks\": [{\"exercise\": null, \"set\": 1, \"rating\": 2, \"nerve\": false}]"),
                        "comfortChecks[0].exercise"),
                new Hostile(
                        "{\"id\": " + id() + ", \"routineId\": \"five-minute-release\", \"startedAt\": \""
                                + now.minusSeconds(60) + "\", \"endedAt\": \"" + now + "\", \"finished\": true,"
                                + " \"exercises\": [null]}",
                        "exercises[0]"),
                new Hostile(
                        "{\"id\": " + id() + ", \"routineId\": \"five-minute-release\", \"startedAt\": \""
                                + now.minusSeconds(60) + "\", \"endedAt\": \"" + now + "\", \"finished\": \"yes\","
                                + " \"exercises\": []}",
                        "finished"));
        var soft = new SoftAssertions();
        for (var hostile : cases) {
            var answer = send("POST", "/api/v1/routines/sessions", bearer, hostile.body());
            expectProblem(soft, answer, hostile);
        }
        soft.assertThat(routines.sessions(person.id())).as("nothing stored").isEmpty();
        soft.assertAll();
    }

    @Test
    void anotherPersonsSessionIdIsRefusedAndTheirSessionIsUntouched() throws Exception {
        var owner = withConsent();
        var now = Instant.now();
        var taken = UUID.randomUUID();
        var first = send(
                "POST",
                "/api/v1/routines/sessions",
                AccountFixtures.bearer(identity, owner),
                session("\"" + taken + "\"", "\"five-minute-release\"", now.minusSeconds(300), now, ""));
        var stranger = withConsent();
        var again = send(
                "POST",
                "/api/v1/routines/sessions",
                AccountFixtures.bearer(identity, stranger),
                session("\"" + taken + "\"", "\"desk-reset\"", now.minusSeconds(100), now, ""));
        var soft = new SoftAssertions();
        soft.assertThat(first.statusCode()).isEqualTo(200);
        soft.assertThat(again.statusCode()).isEqualTo(409);
        soft.assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        soft.assertThat(routines.sessions(stranger.id())).isEmpty();
        soft.assertThat(routines.sessions(owner.id())).hasSize(1);
        soft.assertAll();
    }

    @Test
    void theFormsAnswerHostileValuesBesideTheirFieldsAndStoreNothing() {
        var person = withConsent();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/routines/mine");
        var soft = new SoftAssertions();
        for (var name : List.of("", "n".repeat(61), "a\u0000b", "tab\tand\u0007bell")) {
            var answer = visitor.send(form(
                    visitor,
                    "/routines/mine",
                    "name=" + enc(name) + "&exercises=foam-roller-release&exercises=glute-bridge"));
            soft.assertThat(answer.statusCode()).as("name " + name.length()).isEqualTo(422);
            soft.assertThat(answer.body()).as("name " + name.length()).contains("id=\"name-error\"");
            noTrace(soft, answer, name);
        }
        var html = visitor.send(form(
                visitor,
                "/routines/mine",
                "name=" + enc("<b>Bold</b><script>alert(1)</script>")
                        + "&exercises=foam-roller-release&exercises=glute-bridge"));
        soft.assertThat(html.statusCode()).isEqualTo(302);
        var mine = routines.myRoutines(person.id());
        soft.assertThat(mine).hasSize(1);
        var page = visitor.get("/routines/mine/" + mine.get(0).id()).body();
        soft.assertThat(page).doesNotContain("<script>alert(1)", "<b>Bold").contains("&lt;script&gt;alert(1)");
        for (var path : List.of("/name", "/exercises", "/up", "/down", "/remove")) {
            for (var body : List.of(
                    "position=abc",
                    "position=-1",
                    "position=99999999999",
                    "exercise=%00",
                    "name=" + enc("x".repeat(70_000)))) {
                var answer = visitor.send(
                        form(visitor, "/routines/mine/" + mine.get(0).id() + path, body));
                soft.assertThat(answer.statusCode())
                        .as(path + " " + body.substring(0, Math.min(20, body.length())))
                        .isIn(302, 400, 404, 422);
                noTrace(soft, answer, path + " " + body);
            }
        }
        soft.assertThat(routines.myRoutine(
                                person.id(), UUID.fromString(mine.get(0).id()))
                        .orElseThrow()
                        .steps())
                .hasSize(2);
        soft.assertAll();
    }

    @Test
    void aMalformedSessionFromThePageIsABadRequestAndNothingIsStored() {
        var person = withConsent();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/routines/five-minute-release");
        var soft = new SoftAssertions();
        for (var body : List.of(
                "id=not-a-uuid",
                "id=" + UUID.randomUUID() + "&comfort=ball-release-floor:x:3:false",
                "id=" + UUID.randomUUID() + "&comfort=ball-release-floor:99999999999:3:false",
                "id=" + UUID.randomUUID() + "&left=eleven",
                "id=" + UUID.randomUUID() + "&left=11",
                "id=" + UUID.randomUUID() + "&startedAt=1970-01-01T00:00:00Z",
                "id=" + UUID.randomUUID() + "&endedAt=9999-01-01T00:00:00Z",
                "id=" + UUID.randomUUID() + "&exercises=%3Cscript%3E")) {
            var answer = visitor.send(form(visitor, "/routines/five-minute-release/sessions", body));
            soft.assertThat(answer.statusCode()).as(body).isIn(400, 409, 422);
            noTrace(soft, answer, body);
        }
        var noToken = visitor.send(HttpRequest.newBuilder(visitor.uri("/routines/mine"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Mine&exercises=glute-bridge")));
        soft.assertThat(noToken.statusCode()).isEqualTo(403);
        soft.assertThat(routines.sessions(person.id())).isEmpty();
        soft.assertThat(routines.myRoutines(person.id())).isEmpty();
        soft.assertAll();
    }

    private static HttpRequest.Builder form(Visitor visitor, String path, String body) {
        var csrf = visitor.get("/routines/mine").body();
        return HttpRequest.newBuilder(visitor.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + enc(Visitor.csrfFieldOf(csrf))));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String id() {
        return "\"" + UUID.randomUUID() + "\"";
    }

    private static String session(String id, String routineId, Instant startedAt, Instant endedAt, String more) {
        return "{\"id\": " + id + ", \"routineId\": " + routineId + ", \"startedAt\": \"" + startedAt
                + "\", \"endedAt\": \"" + endedAt + "\", \"finished\": true, \"exercises\": [\"ball-release-floor\"]"
                + more + "}";
    }

    private void expectProblem(SoftAssertions soft, HttpResponse<String> answer, Hostile hostile) {
        HostileInputChecks.expectProblem(
                soft, json, answer, hostile.body(), hostile.field(), named -> named.contains(hostile.field()));
    }

    private AccountView withConsent() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) {
        return ApiClient.at(port).send(method, path, bearer, body);
    }
}
