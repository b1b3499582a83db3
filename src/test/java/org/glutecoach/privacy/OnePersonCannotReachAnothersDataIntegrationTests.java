package org.glutecoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.routines.RecordSession;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.routines.SaveRoutine;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.DatabaseScan;
import org.glutecoach.support.Endpoint;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PersonalDataFixtures;
import org.glutecoach.support.Visitor;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.RecordBreak;
import org.glutecoach.timer.TimerService;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Person B calls every page and API endpoint the application has (read from the handler mappings, not listed by
 * hand), filling any path variable with person A's ids. Nothing B gets back may name A, and afterwards every row
 * naming A in every table is exactly as before. A new endpoint is covered automatically; one with a path variable
 * this test cannot fill makes it fail until the variable is added here.
 */
@IntegrationTest
class OnePersonCannotReachAnothersDataIntegrationTests {

    /** Not the application's own endpoints: the API documentation (the error page and test-only ones never are). */
    private static final Pattern NOT_OURS =
            Pattern.compile("^(/v3/api-docs.*|/api/v1/openapi\\.json.*|" + "/swagger-ui.*|/api-docs)$");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void personBCanNeitherSeeNorChangeAnythingOfPersonA() {
        var a = AccountFixtures.aPerson(identity);
        var aToken = apiTokens.createAccessToken(a.id(), "A's token", TokenScope.READ);
        var aStored = PersonalDataFixtures.everywhere(
                app, a, Map.of(ConsentKind.HEALTH_DATA, true, ConsentKind.SHARE_WITH_PRACTICE, true));
        var aDay = app.getBean(TrackerService.class).personalDay(a.id()).today();
        var aEnded = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var aSession = app.getBean(RoutinesService.class)
                .recordSession(
                        a.id(),
                        new RecordSession(
                                java.util.UUID.randomUUID(),
                                "five-minute-release",
                                aEnded.minusSeconds(240),
                                aEnded,
                                true,
                                java.util.List.of("ball-release-floor"),
                                new RecordSession.Ratings(6, 3),
                                java.util.List.of()))
                .id()
                .toString();
        var aRoutine = app.getBean(RoutinesService.class)
                .createRoutine(
                        a.id(), new SaveRoutine("A's routine", java.util.List.of("ball-release-floor", "glute-bridge")))
                .id();
        // A's timer: an event (its id is A's data) and settings of their own.
        var aBreak = java.util.UUID.randomUUID();
        var aTimer = app.getBean(TimerService.class);
        aTimer.recordBreaks(a.id(), java.util.List.of(new RecordBreak(aBreak, "taken", aEnded.minusSeconds(60))));
        aTimer.changeSettings(
                a.id(),
                new ChangeTimerSettings(
                        75, 7, "06:15", "14:45", java.util.Set.of(java.time.DayOfWeek.SATURDAY), true, true));
        var before = DatabaseScan.rowsNaming(jdbc, a.id().value(), a.email());

        var b = AccountFixtures.aPerson(identity);
        var fills = Map.ofEntries(
                Map.entry("id", aToken.token().id().toString()),
                Map.entry("token", "not-a-real-token"),
                Map.entry("resultId", aStored.keptResult().toString()),
                Map.entry("day", "1"),
                Map.entry("control", "pause"),
                Map.entry("eventId", aStored.redFlagEvent().toString()),
                // Invitations are the practice owner's, never a person's: any id is refused to B.
                Map.entry("invitationId", java.util.UUID.randomUUID().toString()),
                // The tracker's days are keyed by the person's own date: B asking for (or deleting) A's day reaches
                // only B's own.
                Map.entry("date", aDay.toString()),
                Map.entry("session", aSession),
                Map.entry("routineId", aRoutine),
                // Session notes are the practice's: B (not staff) is refused any note, A's or not.
                Map.entry("noteId", java.util.UUID.randomUUID().toString()),
                // Note templates are the practice owner's: B is refused a bundled one's pages and forms.
                Map.entry("key", "first-visit"));
        var called = new ArrayList<String>();
        var leaks = new ArrayList<String>();

        for (var endpoint : Endpoint.all(mappings, NOT_OURS)) {
            var path = fill(endpoint.pattern(), fills);
            var method = endpoint.method();
            // A fresh token for each API call: B's own "sign out everywhere" (one of the pages) revokes B's tokens.
            var response =
                    endpoint.isApi() ? api(method, path, AccountFixtures.bearer(identity, b)) : page(method, path, b);
            called.add(method + " " + endpoint.pattern() + " -> " + response.statusCode());
            // A problem's "instance" repeats the path B asked for; that echo is not A's data.
            var body = response.body().replace(path, "");
            if (body.contains(a.email())
                    || body.contains(a.id().toString())
                    || body.contains(aToken.token().id().toString())
                    || body.contains(aStored.keptResult().toString())
                    || body.contains(aSession)
                    || body.contains(aRoutine)
                    || body.contains(aBreak.toString())
                    || body.contains("06:15")) {
                leaks.add(method + " " + endpoint.pattern());
            }
        }

        assertThat(leaks).as("responses to B that name A").isEmpty();
        assertThat(called)
                .as("every endpoint called")
                .hasSizeGreaterThan(40)
                .anyMatch(call -> call.startsWith("POST /account/tokens/{id}/revoke -> 404"))
                .anyMatch(call -> call.startsWith("GET /api/v1/me/export -> 200"))
                .anyMatch(call -> call.startsWith("GET /api/v1/timer/settings -> 200"))
                .anyMatch(call -> call.startsWith("GET /self-check/results/{resultId} -> 404"))
                .anyMatch(call -> call.startsWith("GET /api/v1/self-checks/{resultId} -> 404"));
        assertThat(DatabaseScan.rowsNaming(jdbc, a.id().value(), a.email()))
                .as("A's rows after B called everything")
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(apiTokens.accessTokens(a.id()))
                .extracting(token -> token.id())
                .contains(aToken.token().id());
    }

    private static String fill(String pattern, Map<String, String> fills) {
        var matcher = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        var path = new StringBuilder();
        while (matcher.find()) {
            var value = fills.get(matcher.group(1));
            assertThat(value)
                    .as("a value of A's for {" + matcher.group(1) + "} in " + pattern + ": add one to this test")
                    .isNotNull();
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }

    private HttpResponse<String> page(RequestMethod method, String path, AccountView b) {
        // A fresh sign-in each time: some calls (sign-out, delete) end the session.
        var visitor = Visitor.at(port);
        visitor.signIn(b.email(), AccountFixtures.PASSWORD);
        visitor.get("/account");
        return switch (method) {
            case GET -> visitor.get(path);
            case POST -> visitor.post(path, Map.of("password", "not B's password", "email", "x@example.com"));
            default ->
                visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                        .method(method.name(), HttpRequest.BodyPublishers.noBody()));
        };
    }

    private HttpResponse<String> api(RequestMethod method, String path, String bearer) {
        var body = method == RequestMethod.GET ? null : "{}";
        return ApiClient.at(port).accepting(null).send(method.name(), path, bearer, body);
    }
}
