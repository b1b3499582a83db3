package org.glutecoach.timer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.glutecoach.timer.TimerService;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timer's API with personal access tokens (settings, events, figures; problem+json per field), its pages for
 * people signed in or not, and the page's own events address with the session and the CSRF header.
 */
@IntegrationTest
class TimerWebIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TimerService timer;

    @Autowired
    TrackerService tracker;

    @Autowired
    JsonMapper json;

    HttpResponse<String> send(String method, String path, String bearer, String body) {
        return ApiClient.at(port).accepting(null).send(method, path, bearer, body);
    }

    static String events(String kind, Instant... times) {
        var list = new StringBuilder("[");
        for (var at : times) {
            list.append(list.length() > 1 ? "," : "")
                    .append("{\"id\":\"%s\",\"kind\":\"%s\",\"at\":\"%s\"}".formatted(UUID.randomUUID(), kind, at));
        }
        return list.append("]").toString();
    }

    @Test
    void settingsAreTheDefaultsUntilSavedAndABadChangeNamesEachField() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var defaults = json.readTree(
                send("GET", "/api/v1/timer/settings", bearer, null).body());
        assertThat(defaults.get("intervalMinutes").asInt()).isEqualTo(30);
        assertThat(defaults.get("breakMinutes").asInt()).isEqualTo(2);
        assertThat(defaults.get("saved").asBoolean()).isFalse();

        var saved = send("PUT", "/api/v1/timer/settings", bearer, """
                {"intervalMinutes": 40, "breakMinutes": 3, "workStart": "22:00", "workEnd": "02:00",
                 "workDays": ["SUNDAY", "MONDAY"], "sound": true, "notifications": true}""");
        assertThat(saved.statusCode()).isEqualTo(200);
        var again = json.readTree(
                send("GET", "/api/v1/timer/settings", bearer, null).body());
        assertThat(again.get("intervalMinutes").asInt()).isEqualTo(40);
        assertThat(again.get("workEnd").asString()).isEqualTo("02:00");
        assertThat(again.get("workDays").toString()).isEqualTo("[\"MONDAY\",\"SUNDAY\"]");
        assertThat(again.get("saved").asBoolean()).isTrue();

        var bad = send("PUT", "/api/v1/timer/settings", bearer, """
                {"intervalMinutes": 5, "breakMinutes": 3, "workStart": "25:00", "workEnd": "02:00",
                 "workDays": [], "sound": true}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(bad.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation");
        assertThat(problem.get("errors").toString())
                .contains("intervalMinutes", "Choose from 15 to 90 minutes.", "workStart", "workDays", "notifications");
        assertThat(json.readTree(send("GET", "/api/v1/timer/settings", bearer, null)
                                .body())
                        .get("intervalMinutes")
                        .asInt())
                .as("nothing half-written")
                .isEqualTo(40);

        assertThat(send("GET", "/api/v1/timer/settings", "Bearer nonsense", null)
                        .statusCode())
                .isEqualTo(401);
        var readOnly = AccountFixtures.bearer(identity, person, TokenScope.READ);
        assertThat(send("PUT", "/api/v1/timer/settings", readOnly, "{}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void eventsPostedOverTheApiAreCountedInTheFiguresAndIntoTheTrackerWithConsent() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var bearer = AccountFixtures.bearer(identity, person);
        var now = Instant.now();
        var body = events("taken", now.minusSeconds(120), now.minusSeconds(60));
        var first = send("POST", "/api/v1/timer/events", bearer, body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("recorded").asInt()).isEqualTo(2);
        assertThat(json.readTree(send("POST", "/api/v1/timer/events", bearer, body)
                                .body())
                        .get("repeated")
                        .asInt())
                .isEqualTo(2);

        var today = tracker.personalDay(person.id()).today();
        var perDay = timer.events(person.id()).stream()
                .collect(Collectors.groupingBy(
                        e -> LocalDate.ofInstant(e.at(), person.timeZone()), Collectors.counting()));
        assertThat(perDay.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        perDay.forEach((day, count) -> assertThat(
                        tracker.entry(person.id(), day).orElseThrow().breaks())
                .isEqualTo(count.intValue()));
        var stats = json.readTree(
                send("GET", "/api/v1/timer/stats?from=" + today.minusDays(1) + "&to=" + today, bearer, null)
                        .body());
        assertThat(stats.get("days").size()).isEqualTo(2);
        assertThat(stats.get("days").get(0).get("breaks").asInt()
                        + stats.get("days").get(1).get("breaks").asInt())
                .isEqualTo(2);
        assertThat(stats.get("weeks").size()).isBetween(1, 2);

        var bad = send("POST", "/api/v1/timer/events", bearer, events("lunch", now));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("[0].kind");
        var badRange = send("GET", "/api/v1/timer/stats?from=" + today + "&to=" + today.minusDays(1), bearer, null);
        assertThat(badRange.statusCode()).isEqualTo(400);
        assertThat(badRange.body()).contains("\"field\":\"from\"");
    }

    @Test
    void breaksGoIntoTheTrackerOnlyWithTheHealthDataConsentAndNeverLowerWhatThePersonTyped() throws Exception {
        var without = AccountFixtures.aPerson(identity);
        var when = Instant.now().minusSeconds(30);
        var day = LocalDate.ofInstant(when, without.timeZone());
        timer.recordBreaks(
                without.id(),
                java.util.List.of(new org.glutecoach.timer.RecordBreak(UUID.randomUUID(), "natural", when)));
        assertThat(tracker.entry(without.id(), day)).isEmpty();

        var with = AccountFixtures.aPerson(identity);
        privacy.decide(with.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        tracker.log(
                with.id(),
                day,
                new org.glutecoach.tracker.EntryInput(
                        null, null, "5", null, null, null, false, java.util.List.of(), false, false, null),
                false);
        timer.recordBreaks(
                with.id(), java.util.List.of(new org.glutecoach.timer.RecordBreak(UUID.randomUUID(), "taken", when)));
        assertThat(tracker.entry(with.id(), day).orElseThrow().breaks())
                .as("the person's own 5")
                .isEqualTo(5);
    }

    @Test
    void theTimerPageIsAShellWithHooksForEveryoneAndTheSettingsOfThoseSignedIn() {
        var visitor = Visitor.at(port);
        var page = visitor.get("/timer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"timer\"", "data-timer", "data-signed-in=\"false\"", "id=\"timer-fallback\"")
                .contains("data-csrf-header=\"X-XSRF-TOKEN\"", "data-csrf-token=\"")
                .contains("href=\"/timer/settings\"", "measured blood sugar, not back pain")
                .doesNotContain("data-events-url");
        var settings = HtmlUtils.htmlUnescape(attribute(page.body(), "data-settings"));
        assertThat(json.readTree(settings).get("intervalMinutes").asInt()).isEqualTo(30);

        var person = AccountFixtures.aVerifiedPerson(identity);
        timer.changeSettings(
                person.id(),
                new org.glutecoach.timer.ChangeTimerSettings(
                        20, 4, "08:00", "16:00", java.util.Set.of(java.time.DayOfWeek.TUESDAY), false, true));
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var mine = visitor.get("/timer").body();
        assertThat(mine).contains("data-signed-in=\"true\"", "data-events-url=\"/timer/events\"");
        var stored = json.readTree(HtmlUtils.htmlUnescape(attribute(mine, "data-settings")));
        assertThat(stored.get("intervalMinutes").asInt()).isEqualTo(20);
        assertThat(stored.get("workDays").toString()).isEqualTo("[\"TUESDAY\"]");
    }

    @Test
    void thePageScriptPostsEventsWithTheSessionAndTheCsrfHeaderAndNotWithoutIt() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var page = visitor.get("/timer").body();
        var header = attribute(page, "data-csrf-header");
        var token = attribute(page, "data-csrf-token");
        var body = events("taken", Instant.now().minusSeconds(10));

        var refused = visitor.send(json(visitor, body));
        assertThat(refused.statusCode()).as("no CSRF header").isEqualTo(403);
        var sent = visitor.send(json(visitor, body).header(header, token));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("\"recorded\":1");
        assertThat(timer.events(person.id())).hasSize(1);

        var bad = visitor.send(json(visitor, events("lunch", Instant.now())).header(header, token));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        var stranger = Visitor.at(port);
        var anonymousPage = stranger.get("/timer").body();
        var anonymous = stranger.send(json(stranger, body).header(header, attribute(anonymousPage, "data-csrf-token")));
        assertThat(anonymous.statusCode()).as("sent to sign in").isEqualTo(302);
    }

    @Test
    void theSettingsFormSavesForThoseSignedInShowsErrorsBesideFieldsAndExplainsTheDeviceToOthers() {
        var visitor = Visitor.at(port);
        var form = visitor.get("/timer/settings").body();
        assertThat(form)
                .contains("id=\"timer-settings-form\"", "data-timer-settings-form", "data-defaults=\"")
                .contains("name=\"intervalMinutes\"", "value=\"30\"", "id=\"workDays-MONDAY\"")
                .contains("live on this device only");
        var posted = visitor.post("/timer/settings", Map.of("intervalMinutes", "45"));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("id=\"timer-settings-device\"", "Nothing was saved");

        var person = AccountFixtures.aVerifiedPerson(identity);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/timer/settings");
        var wrong = visitor.post(
                "/timer/settings",
                Map.of("intervalMinutes", "ninety", "breakMinutes", "2", "workStart", "09:00", "workEnd", "17:00"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body())
                .contains("id=\"intervalMinutes-error\"", "Please enter a whole number.")
                .contains("aria-describedby=\"intervalMinutes-hint intervalMinutes-error\"")
                .contains("class=\"error-summary\"");
        assertThat(timer.settings(person.id()).saved()).isFalse();

        visitor.get("/timer/settings");
        var wrongDays = visitor.post(
                "/timer/settings",
                Map.of("intervalMinutes", "30", "breakMinutes", "2", "workStart", "09:00", "workEnd", "17:00"));
        assertThat(wrongDays.statusCode()).isEqualTo(422);
        assertThat(wrongDays.body()).contains("id=\"workDays-error\"", "Choose at least one working day.");

        visitor.get("/timer/settings");
        var request = HttpRequest.newBuilder(visitor.uri("/timer/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("intervalMinutes=25&breakMinutes=5&workStart=07%3A00"
                        + "&workEnd=15%3A00&workDays=MONDAY&workDays=FRIDAY&sound=true&_csrf="
                        + csrfOf(visitor)));
        var saved = visitor.send(request);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/timer/settings?saved"));
        var now = timer.settings(person.id());
        assertThat(now.intervalMinutes()).isEqualTo(25);
        assertThat(now.workDays()).containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
        assertThat(now.sound()).isTrue();
        assertThat(now.notifications()).isFalse();
        assertThat(visitor.get("/timer/settings?saved").body()).contains("Your timer settings are saved.");
    }

    @Test
    void theFiguresPageShowsTheServersFiguresToThoseSignedInAndAPlaceForTheDevicesToEveryone() {
        var visitor = Visitor.at(port);
        var anonymous = visitor.get("/timer/stats");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body())
                .contains("id=\"timer-device-stats\"", "data-timer-device-stats")
                .doesNotContain("id=\"timer-stats-days\"");

        var person = AccountFixtures.aVerifiedPerson(identity);
        timer.recordBreaks(
                person.id(),
                java.util.List.of(new org.glutecoach.timer.RecordBreak(
                        UUID.randomUUID(), "skipped", Instant.now().minusSeconds(5))));
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var mine = visitor.get("/timer/stats").body();
        assertThat(mine).contains("id=\"timer-stats-days\"", "id=\"timer-stats-weeks\"", "id=\"timer-device-stats\"");
        assertThat(mine).containsPattern(Pattern.compile("<td>1</td>\\s*<td>0</td>"));
    }

    private HttpRequest.Builder json(Visitor visitor, String body) {
        return HttpRequest.newBuilder(visitor.uri("/timer/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String csrfOf(Visitor visitor) {
        return java.net.URLEncoder.encode(
                Visitor.csrfFieldOf(visitor.get("/timer/settings").body()), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String attribute(String html, String name) {
        var matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
