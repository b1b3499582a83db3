package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.support.HostileInputChecks.TRACES;
import static org.glutecoach.support.HostileInputChecks.assertNoTrace;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.HostileInputChecks;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker or a careless client sends to the tracker's API and pages: wrong types, nulls, numbers out of
 * range, NaN, control characters, far dates, huge bodies, malformed CSV, formulas, no CSRF token. Each case is a row:
 * the API answers problem+json naming the field, a page answers with the form again, never a 500 or a trace, and
 * nothing is stored.
 */
@IntegrationTest
class TrackerHostileInputIntegrationTests {

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

    /** A body sent to PUT today's entry, and the field the problem must name ("" for a problem with no field). */
    record Put(String body, String field) {}

    @Test
    void everyHostileDayIsAProblemNamingItsFieldAndNothingIsStored() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var cases = List.of(
                new Put("{\"sorenessLeft\": ", ""),
                new Put("not json at all", ""),
                new Put("[]", ""),
                new Put("null", ""),
                new Put("", ""),
                new Put("{\"sorenessLeft\": \"abc\"}", "sorenessLeft"),
                new Put("{\"sorenessLeft\": true}", "sorenessLeft"),
                new Put("{\"sorenessLeft\": {}}", "sorenessLeft"),
                new Put("{\"sorenessLeft\": -1}", "sorenessLeft"),
                new Put("{\"sorenessLeft\": 3.7}", "sorenessLeft"),
                new Put("{\"sorenessLeft\": 99999999999999999999}", "sorenessLeft"),
                new Put("{\"sorenessRight\": 1e400}", "sorenessRight"),
                new Put("{\"breaks\": -2147483648}", "breaks"),
                new Put("{\"hoursSitting\": \"NaN\"}", "hoursSitting"),
                new Put("{\"hoursSitting\": \"Infinity\"}", "hoursSitting"),
                new Put("{\"hoursSitting\": \"-Infinity\"}", "hoursSitting"),
                new Put("{\"hoursSitting\": NaN}", ""),
                new Put("{\"hoursSitting\": 1e308}", "hoursSitting"),
                new Put("{\"hoursSitting\": 7.25}", "hoursSitting"),
                new Put("{\"longestSpellMinutes\": 1.5}", "longestSpellMinutes"),
                new Put("{\"sitting\": \"SLUMPED\"}", "sitting"),
                new Put("{\"sitting\": [null]}", "sitting"),
                new Put("{\"sitting\": [\"<script>alert(1)</script>\"]}", "sitting"),
                new Put("{\"sitting\": [42]}", "sitting"),
                new Put("{\"spasms\": \"maybe\"}", "spasms"),
                new Put("{\"note\": \"" + "x".repeat(501) + "\"}", "note"),
                new Put("{\"note\": \"" + "\\u00e9".repeat(501) + "\"}", "note"),
                new Put("{\"note\": \"a\\u0000b\"}", "note"),
                new Put("{\"note\": \"bell \\u0007 and escape \\u001b[31m\"}", "note"),
                new Put("{\"note\": \"half a pair \\ud800\"}", "note"),
                new Put("{\"note\": [\"a\"]}", "note"),
                new Put("{\"date\": \"2001-01-01\"}", "date"),
                new Put("{\"date\": 20260101}", "date"),
                new Put("{\"nonsense\": 1}", "nonsense"));
        var soft = new SoftAssertions();
        for (var hostile : cases) {
            var answer = send("PUT", "/api/v1/tracker/entries/" + today, bearer, hostile.body());
            expectProblem(soft, answer, hostile);
        }
        soft.assertThat(tracker.entries(person.id(), today.minusDays(30), today))
                .isEmpty();
        soft.assertAll();
    }

    @Test
    void malformedFarAndImpossibleDaysInTheAddressAreProblemsNotServerErrors() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var soft = new SoftAssertions();
        for (var day : List.of(
                "2026-02-30",
                "2026-13-01",
                "0000-01-01",
                "-999999999-01-01",
                "+999999999-12-31",
                "9999-12-31",
                "1900-01-01",
                today.plusDays(1).toString(),
                "%00",
                "2026-01-01%0d%0aX-Injected:%20yes",
                "today",
                "x".repeat(5000))) {
            var put = send("PUT", "/api/v1/tracker/entries/" + day, bearer, "{\"sorenessLeft\": 2}");
            soft.assertThat(put.statusCode())
                    .as("PUT " + day + " -> " + put.body())
                    .isIn(400, 404);
            soft.assertThat(put.body()).as(day).doesNotContain(TRACES);
            soft.assertThat(put.headers().firstValue("X-Injected")).isEmpty();
            var get = send("GET", "/api/v1/tracker/entries/" + day, bearer, null);
            soft.assertThat(get.statusCode())
                    .as("GET " + day + " -> " + get.body())
                    .isIn(400, 404);
            soft.assertThat(get.body()).as(day).doesNotContain(TRACES);
        }
        for (var query : List.of(
                "from=abc",
                "from=2026-01-01&to=2025-01-01",
                "from=-999999999-01-01&to=+999999999-12-31",
                "from=0001-01-01&to=9999-12-31")) {
            for (var resource : List.of("entries", "summary", "report.pdf")) {
                var answer = send("GET", "/api/v1/tracker/" + resource + "?" + query, bearer, null);
                soft.assertThat(answer.statusCode())
                        .as(resource + "?" + query + " -> " + answer.body())
                        .isIn(200, 400);
                soft.assertThat(answer.body()).as(resource + "?" + query).doesNotContain(TRACES);
            }
        }
        soft.assertThat(tracker.entries(person.id(), today.minusDays(30), today))
                .isEmpty();
        soft.assertAll();
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var huge = "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        var answer = send("PUT", "/api/v1/tracker/entries/" + today, bearer, huge);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertNoTrace(answer, "huge");
        assertThat(tracker.entry(person.id(), today)).isEmpty();
    }

    @Test
    void freeTextWithMarkupIsKeptAsTextAndShownEscaped() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var note = "<script>alert('x')</script><img src=x onerror=alert(1)> \u202Eevil \uD83D\uDE00 ok";
        var saved =
                send("PUT", "/api/v1/tracker/entries/" + today, bearer, json.writeValueAsString(Map.of("note", note)));
        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(tracker.entry(person.id(), today).orElseThrow().note()).isEqualTo(note);

        var page = signedIn(person).get("/tracker?day=" + today).body();
        assertThat(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
    }

    @Test
    void theCsvExportNeutralisesEveryCellASpreadsheetWouldRunAndTheImportGivesTheNotesBackAsTheyWere()
            throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var notes = List.of(
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+1+2",
                "-2+3",
                "@SUM(A1:A2)",
                "'=already quoted",
                "'plain apostrophe",
                "a, \"quoted\"\nand a new line");
        for (var i = 0; i < notes.size(); i++) {
            tracker.log(
                    person.id(),
                    today.minusDays(i),
                    new EntryInput(null, null, null, "1", null, null, false, List.of(), false, false, notes.get(i)),
                    false);
        }
        var csv = ApiClient.at(port)
                .accepting("text/csv")
                .send("GET", "/api/v1/tracker/entries.csv", bearer, null)
                .body();
        for (var line : csv.split("\r\n")) {
            var noteCell = line.substring(line.lastIndexOf(",") + 1);
            assertThat(noteCell)
                    .as(line)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("@");
            assertThat(noteCell).as(line).doesNotStartWith("-").doesNotStartWith("\"=");
        }
        assertThat(csv).contains("'=HYPERLINK", "'+1+2", "'-2+3", "'@SUM");

        var other = withConsent();
        var imported = sendCsv(AccountFixtures.bearer(identity, other), csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        for (var i = 0; i < notes.size(); i++) {
            assertThat(tracker.entry(other.id(), today.minusDays(i))
                            .orElseThrow()
                            .note())
                    .isEqualTo(notes.get(i));
        }
    }

    @Test
    void malformedCsvImportsNothingAndNamesTheLine() throws Exception {
        var person = withConsent();
        var bearer = AccountFixtures.bearer(identity, person);
        var today = tracker.personalDay(person.id()).today();
        var header = String.join(",", org.glutecoach.tracker.domain.EntriesCsv.HEADER);
        var good = today + ",7,60,2,3,1,,false,,false,false,fine";
        var soft = new SoftAssertions();
        for (var csv : List.of(
                "",
                "\uFEFF",
                "date;hoursSitting\n",
                "just words",
                "\"an open quote" + "x".repeat(1000),
                header + "\r\n" + good + "\r\n" + today.minusDays(1) + ",7,60\r\n",
                header + "\r\n" + good + "\r\n" + good + "\r\n",
                header + "\r\n" + good + "\r\n-999999999-01-01,7,60,2,3,1,,false,,false,false,\r\n",
                header + "\r\n" + good + "\r\n0001-01-01,7,60,2,3,1,,false,,false,false,\r\n",
                header + "\r\n" + good + "\r\n" + today.plusDays(1) + ",7,60,2,3,1,,false,,false,false,\r\n",
                header + "\r\n" + good + "\r\n2026-02-30,NaN,1e9,-1,11,3.5,x,maybe,HANDSTAND,1,0,\r\n",
                header + "\r\n" + good + "\r\n" + today.minusDays(2) + ",7,60,2,3,1,,false,,false,false,a\u0000b\r\n",
                header + "\r\n" + good + "\r\n" + today.minusDays(2) + ",7,60,2,3,1,,false,,false,false,"
                        + "y".repeat(600) + "\r\n")) {
            var answer = sendCsv(bearer, csv);
            var what = (csv.length() > 300 ? csv.substring(0, 300) : csv) + " -> " + answer.body();
            soft.assertThat(answer.statusCode()).as(what).isEqualTo(400);
            soft.assertThat(answer.body()).as(what).doesNotContain(TRACES);
            if (!csv.isEmpty() && answer.statusCode() == 400) {
                soft.assertThat(json.readTree(answer.body()).get("errors"))
                        .as(what)
                        .isNotNull();
            }
        }
        soft.assertThat(tracker.entries(person.id(), java.time.LocalDate.of(1900, 1, 1), today))
                .isEmpty();
        soft.assertAll();
    }

    @Test
    void theTodayFormAnswersHostileValuesBesideTheirFieldsAndStoresNothing() {
        var person = withConsent();
        var visitor = signedIn(person);
        var today = tracker.personalDay(person.id()).today().toString();
        visitor.get("/tracker");
        var cases = Map.ofEntries(
                Map.entry("sorenessLeft", Map.of("date", today, "sorenessLeft", "abc")),
                Map.entry("sorenessRight", Map.of("date", today, "sorenessRight", "NaN")),
                Map.entry("hoursSitting", Map.of("date", today, "hoursSitting", "Infinity")),
                Map.entry("breaks", Map.of("date", today, "breaks", "1e10")),
                Map.entry("sorenessMiddle", Map.of("date", today, "sorenessMiddle", "-0.5")),
                Map.entry("sitting", Map.of("date", today, "sitting", "HANDSTAND")),
                Map.entry("note", Map.of("date", today, "note", "x".repeat(501))),
                Map.entry("longestSpellMinutes", Map.of("date", today, "longestSpellMinutes", "\u0000")),
                Map.entry("date", Map.of("date", "-999999999-01-01", "sorenessLeft", "1")));
        var soft = new SoftAssertions();
        for (var hostile : cases.entrySet()) {
            var answer = visitor.post("/tracker", hostile.getValue());
            soft.assertThat(answer.statusCode()).as(hostile.toString()).isEqualTo(422);
            soft.assertThat(answer.body()).as(hostile.toString()).doesNotContain(TRACES);
            soft.assertThat(answer.body()).as(hostile.toString()).contains("id=\"" + hostile.getKey() + "-error\"");
        }
        for (var fields : List.of(
                Map.of("date", today, "note", "a\u0000b"),
                Map.of("date", "2026-02-30", "sorenessLeft", "1"),
                Map.of("sorenessLeft", "1"))) {
            var answer = visitor.post("/tracker", fields);
            soft.assertThat(answer.statusCode()).as(fields.toString()).isEqualTo(422);
            soft.assertThat(answer.body()).as(fields.toString()).doesNotContain(TRACES);
        }
        assertThat(tracker.entries(
                        person.id(),
                        tracker.personalDay(person.id()).today().minusDays(30),
                        tracker.personalDay(person.id()).today()))
                .isEmpty();
        soft.assertAll();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndStoreNothing() {
        var person = withConsent();
        var visitor = signedIn(person);
        var today = tracker.personalDay(person.id()).today();
        var form = Map.of("date", today.toString(), "sorenessLeft", "3");
        for (var path : List.of("/tracker", "/tracker/import")) {
            var answer = visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(
                            path.equals("/tracker")
                                    ? form
                                    : Map.of(
                                            "csv",
                                            String.join(",", org.glutecoach.tracker.domain.EntriesCsv.HEADER) + "\r\n"
                                                    + today + ",7,60,2,3,1,,false,,false,false,\r\n")))));
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertNoTrace(answer, path);
        }
        assertThat(tracker.entry(person.id(), today)).isEmpty();
    }

    @Test
    void theImportPageAnswersAMalformedFileOnThePageAndStoresNothing() {
        var person = withConsent();
        var visitor = signedIn(person);
        visitor.get("/tracker/import");
        var answer = visitor.post("/tracker/import", Map.of("csv", "\"=cmd|' /C calc'!A0\n,,,\u0000"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertNoTrace(answer, "import");
        var today = tracker.personalDay(person.id()).today();
        assertThat(tracker.entries(person.id(), today.minusDays(30), today)).isEmpty();
    }

    private void expectProblem(SoftAssertions soft, HttpResponse<String> answer, Put hostile) {
        var field = hostile.field();
        HostileInputChecks.expectProblem(
                soft, json, answer, hostile.body(), field, named -> named.containsExactly(field));
    }

    private AccountView withConsent() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aPerson(identity));
    }

    private Visitor signedIn(AccountView person) {
        return AccountFixtures.signedIn(port, person);
    }

    private HttpResponse<String> sendCsv(String bearer, String csv) {
        return ApiClient.at(port).sending("text/csv").send("POST", "/api/v1/tracker/entries.csv", bearer, csv);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) {
        return ApiClient.at(port).send(method, path, bearer, body);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
