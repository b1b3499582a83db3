package org.glutecoach.timer.web;

import static org.glutecoach.support.HostileInputChecks.noTrace;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.HostileInputChecks;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.glutecoach.timer.TimerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker or a careless client sends to the timer's API and settings form: wrong types, nulls, numbers out
 * of range, far or malformed times and days, huge lists, another person's event ids, no CSRF token. Each row: a
 * problem+json naming the field (API) or the form again with the message beside the field, never a 500 or a trace,
 * and nothing stored.
 */
@IntegrationTest
class TimerHostileInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TimerService timer;

    @Autowired
    JsonMapper json;

    record Hostile(String body, String field) {}

    private static final String GOOD_DAYS = "\"workDays\": [\"MONDAY\"], \"sound\": true, \"notifications\": false";

    @Test
    void everyHostileSettingIsAProblemNamingItsFieldAndNothingChanges() throws Exception {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var before = timer.settings(person.id());
        var times = "\"workStart\": \"09:00\", \"workEnd\": \"17:00\", ";
        var cases = List.of(
                new Hostile("{", ""),
                new Hostile("[]", ""),
                new Hostile("null", ""),
                new Hostile("{}", "intervalMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": \"abc\", \"breakMinutes\": 5, " + times + GOOD_DAYS + "}",
                        "intervalMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": 30.5, \"breakMinutes\": 5, " + times + GOOD_DAYS + "}",
                        "intervalMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": -30, \"breakMinutes\": 5, " + times + GOOD_DAYS + "}",
                        "intervalMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": 1e30, \"breakMinutes\": 5, " + times + GOOD_DAYS + "}",
                        "intervalMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": 99999999999, \"breakMinutes\": 5, " + times + GOOD_DAYS + "}",
                        "intervalMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": \"NaN\", " + times + GOOD_DAYS + "}",
                        "breakMinutes"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, \"workStart\": \"25:00\", "
                                + "\"workEnd\": \"17:00\", " + GOOD_DAYS + "}",
                        "workStart"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, \"workStart\": \"<script>\", "
                                + "\"workEnd\": \"17:00\", " + GOOD_DAYS + "}",
                        "workStart"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, \"workStart\": 9, " + "\"workEnd\": \"17:00\", "
                                + GOOD_DAYS + "}",
                        "workStart"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, " + times
                                + "\"workDays\": [\"FUNDAY\"], \"sound\": true, \"notifications\": false}",
                        "workDays"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, " + times
                                + "\"workDays\": [null], \"sound\": true, \"notifications\": false}",
                        "workDays"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, " + times
                                + "\"workDays\": \"MONDAY\", \"sound\": true, \"notifications\": false}",
                        "workDays"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, " + times
                                + "\"workDays\": [], \"sound\": true, \"notifications\": false}",
                        "workDays"),
                new Hostile(
                        "{\"intervalMinutes\": 30, \"breakMinutes\": 5, " + times
                                + "\"workDays\": [\"MONDAY\"], \"sound\": \"loud\", \"notifications\": false}",
                        "sound"));
        var soft = new SoftAssertions();
        for (var hostile : cases) {
            expectProblem(soft, send("PUT", "/api/v1/timer/settings", bearer, hostile.body()), hostile);
        }
        soft.assertThat(timer.settings(person.id())).isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void everyHostileEventListIsAProblemAndNothingIsStored() throws Exception {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var now = Instant.now();
        var one = "{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"taken\", \"at\": \"" + now + "\"}";
        var cases = List.of(
                new Hostile("{", ""),
                new Hostile("{}", ""),
                new Hostile("[]", "events"),
                new Hostile("[null]", "[0]"),
                new Hostile("[" + one + ", null]", "[1]"),
                new Hostile("[{\"id\": \"nope\", \"kind\": \"taken\", \"at\": \"" + now + "\"}]", "[0].id"),
                new Hostile(
                        "[{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"<script>\", \"at\": \"" + now + "\"}]",
                        "[0].kind"),
                new Hostile(
                        "[{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": 1, \"at\": \"" + now + "\"}]", "[0].kind"),
                new Hostile(
                        "[{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"taken\", \"at\": \"soon\"}]", "[0].at"),
                new Hostile(
                        "[{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"taken\", \"at\": "
                                + "\"+999999999-12-31T23:59:59Z\"}]",
                        "[0].at"),
                new Hostile(
                        "[{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"taken\", \"at\": \""
                                + now.plusSeconds(86_400) + "\"}]",
                        "[0].at"),
                new Hostile("[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]", "events"));
        var soft = new SoftAssertions();
        for (var hostile : cases) {
            expectProblem(soft, send("POST", "/api/v1/timer/events", bearer, hostile.body()), hostile);
        }
        soft.assertThat(timer.events(person.id())).as("nothing stored").isEmpty();

        // Far in the past: ignored (counted as too old), not an error and not stored.
        var ancient = send(
                "POST",
                "/api/v1/timer/events",
                bearer,
                "[{\"id\": \"" + UUID.randomUUID()
                        + "\", \"kind\": \"taken\", \"at\": \"-999999999-01-01T00:00:00Z\"}]");
        soft.assertThat(ancient.statusCode()).as(ancient.body()).isEqualTo(200);
        soft.assertThat(timer.events(person.id())).isEmpty();

        // Another person's event id: theirs stays theirs, and nothing of it shows here.
        var owner = AccountFixtures.aVerifiedPerson(identity);
        var taken = UUID.randomUUID();
        var event = "[{\"id\": \"" + taken + "\", \"kind\": \"taken\", \"at\": \"" + now + "\"}]";
        send("POST", "/api/v1/timer/events", AccountFixtures.bearer(identity, owner), event);
        var reused = send("POST", "/api/v1/timer/events", bearer, event);
        soft.assertThat(reused.statusCode()).isLessThan(500);
        soft.assertThat(timer.events(owner.id())).hasSize(1);
        soft.assertThat(timer.events(person.id())).isEmpty();
        soft.assertAll();
    }

    @Test
    void malformedFarAndOverlongStatsRangesAreProblemsNotServerErrors() throws Exception {
        var bearer = AccountFixtures.bearer(identity, AccountFixtures.aVerifiedPerson(identity));
        var soft = new SoftAssertions();
        for (var query : List.of(
                "from=abc",
                "to=2026-02-30",
                "from=2026-01-01&to=2025-01-01",
                "from=0001-01-01&to=9999-12-31",
                "to=-999999999-01-01",
                "from=+999999999-12-31",
                "to=+999999999-12-31",
                "from=-999999999-01-01&to=-999999999-01-05")) {
            var answer = send("GET", "/api/v1/timer/stats?" + query, bearer, null);
            HostileInputChecks.expectProblem(soft, answer, query);
        }
        soft.assertAll();
    }

    @Test
    void theSettingsFormAnswersHostileValuesBesideTheirFieldsAndNeedsItsToken() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var before = timer.settings(person.id());
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var soft = new SoftAssertions();
        var good = "&workStart=09:00&workEnd=17:00&workDays=MONDAY&sound=true&notifications=false";
        for (var hostile : List.of(
                new Hostile("intervalMinutes=abc&breakMinutes=5" + good, "intervalMinutes"),
                new Hostile("intervalMinutes=1e99&breakMinutes=5" + good, "intervalMinutes"),
                new Hostile("intervalMinutes=30&breakMinutes=-1" + good, "breakMinutes"),
                new Hostile("intervalMinutes=30&breakMinutes=5.5" + good, "breakMinutes"),
                new Hostile(
                        "intervalMinutes=30&breakMinutes=5&workStart=%00&workEnd=17:00&workDays=MONDAY", "workStart"),
                new Hostile(
                        "intervalMinutes=30&breakMinutes=5&workStart=09:00&workEnd=17:00&workDays=FUNDAY",
                        "workDays"))) {
            var page = visitor.get("/timer/settings").body();
            var answer = visitor.send(HttpRequest.newBuilder(visitor.uri("/timer/settings"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(hostile.body() + "&_csrf="
                            + URLEncoder.encode(Visitor.csrfFieldOf(page), StandardCharsets.UTF_8))));
            soft.assertThat(answer.statusCode()).as(hostile.body()).isIn(400, 422);
            soft.assertThat(answer.body()).as(hostile.body()).contains("id=\"" + hostile.field() + "-error\"");
            noTrace(soft, answer, hostile.body());
        }
        var noToken = visitor.send(HttpRequest.newBuilder(visitor.uri("/timer/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("intervalMinutes=45&breakMinutes=5" + good)));
        soft.assertThat(noToken.statusCode()).isEqualTo(403);
        soft.assertThat(timer.settings(person.id())).isEqualTo(before);
        soft.assertAll();
    }

    private void expectProblem(SoftAssertions soft, HttpResponse<String> answer, Hostile hostile) {
        var field = hostile.field();
        HostileInputChecks.expectProblem(
                soft, json, answer, hostile.body(), field, named -> named.anyMatch(f -> f.startsWith(field)));
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) {
        return ApiClient.at(port).send(method, path, bearer, body);
    }
}
