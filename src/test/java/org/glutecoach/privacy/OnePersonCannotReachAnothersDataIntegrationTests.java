package org.glutecoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.selfcheck.EvaluateAnswers;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.DatabaseScan;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    /** Not the application's own endpoints: the error page, API documentation and the test-only failures. */
    private static final Pattern NOT_OURS = Pattern.compile("^(/error|/v3/api-docs.*|/api/v1/openapi\\.json.*|"
            + "/swagger-ui.*|/api-docs|/test/.*|/api/v1/test/.*)$");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    org.glutecoach.selfcheck.SelfCheckResults results;

    @Autowired
    org.glutecoach.course.CourseService course;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void personBCanNeitherSeeNorChangeAnythingOfPersonA() {
        var a = AccountFixtures.aPerson(identity);
        var aToken = identity.createAccessToken(a.id(), "A's token", TokenScope.READ);
        privacy.decide(a.id(), Map.of(ConsentKind.HEALTH_DATA, true, ConsentKind.SHARE_WITH_PRACTICE, true));
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "U_FEVER", "YES");
        var aRedFlagEvent = selfCheck.recordRedFlagShown(selfCheck.evaluate(new EvaluateAnswers(answers)), answers,
                a.id().value());
        var aResult = results.keep(a.id(), SelfCheckFixtures.deskWorkerAnswers());
        course.enrol(a.email(), java.time.LocalTime.of(7, 30), java.time.ZoneId.of("Europe/London"), a.id());
        MailServer.awaitMailTo(a.email(), "Please confirm: start the free mini course");
        MailServer.awaitOutboxSent(jdbc, a.email());
        var before = DatabaseScan.rowsNaming(jdbc, a.id().value(), a.email());

        var b = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, b);
        var fills = Map.of("id", aToken.token().id().toString(), "token", "not-a-real-token",
                "resultId", aResult.id().toString(), "day", "1", "control", "pause",
                "eventId", aRedFlagEvent.toString());
        var called = new ArrayList<String>();
        var leaks = new ArrayList<String>();

        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (var pattern : info.getPatternValues()) {
                if (NOT_OURS.matcher(pattern).matches()) {
                    continue;
                }
                var path = fill(pattern, fills);
                var methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
                        : info.getMethodsCondition().getMethods();
                for (var method : methods) {
                    var response = pattern.startsWith("/api/") ? api(method, path, bearer) : page(method, path, b);
                    called.add(method + " " + pattern + " -> " + response.statusCode());
                    // A problem's "instance" repeats the path B asked for; that echo is not A's data.
                    var body = response.body().replace(path, "");
                    if (body.contains(a.email()) || body.contains(a.id().toString())
                            || body.contains(aToken.token().id().toString()) || body.contains(aResult.id().toString())) {
                        leaks.add(method + " " + pattern);
                    }
                }
            }
        });

        assertThat(leaks).as("responses to B that name A").isEmpty();
        assertThat(called).as("every endpoint called").hasSizeGreaterThan(40)
                .anyMatch(call -> call.startsWith("POST /account/tokens/{id}/revoke -> 404"))
                .anyMatch(call -> call.startsWith("GET /api/v1/me/export -> 200"))
                .anyMatch(call -> call.startsWith("GET /self-check/results/{resultId} -> 404"))
                .anyMatch(call -> call.startsWith("GET /api/v1/self-checks/{resultId} -> 404"));
        assertThat(DatabaseScan.rowsNaming(jdbc, a.id().value(), a.email()))
                .as("A's rows after B called everything").containsExactlyInAnyOrderElementsOf(before);
        assertThat(identity.accessTokens(a.id())).extracting(token -> token.id()).contains(aToken.token().id());
    }

    private static String fill(String pattern, Map<String, String> fills) {
        var matcher = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        var path = new StringBuilder();
        while (matcher.find()) {
            var value = fills.get(matcher.group(1));
            assertThat(value).as("a value of A's for {" + matcher.group(1) + "} in " + pattern
                    + ": add one to this test").isNotNull();
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
            default -> visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                    .method(method.name(), HttpRequest.BodyPublishers.noBody()));
        };
    }

    private HttpResponse<String> api(RequestMethod method, String path, String bearer) {
        var visitor = Visitor.at(port);
        var request = HttpRequest.newBuilder(visitor.uri(path)).header("Authorization", bearer)
                .header("Content-Type", "application/json");
        return visitor.send(method == RequestMethod.GET ? request.GET()
                : request.method(method.name(), HttpRequest.BodyPublishers.ofString("{}")));
    }
}
