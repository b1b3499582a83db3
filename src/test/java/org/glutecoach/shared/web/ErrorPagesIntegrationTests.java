package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.selfcheck.SafetyNetAssertions;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import testing.FailingPages;

/** 400, 403, 404 and 500 are friendly pages in our layout, with a reference that matches a log line. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIntegrationTests {

    private static final Pattern REFERENCE = Pattern.compile("Error reference: (GC-[A-Z0-9]{8})");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    Visitor visitor;

    @BeforeEach
    void signIn() {
        visitor = Visitor.at(port);
        assertThat(visitor.signIn(AccountFixtures.aPerson(identity).email(), AccountFixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void openingTheErrorPathDirectlyIsNotFound() {
        assertThat(Visitor.at(port).get("/error").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/error").statusCode()).isEqualTo(404);
        assertThat(visitor.post("/error", Map.of()).statusCode()).isBetween(400, 499);
    }

    @Test
    void notFoundIsAFriendlyPageWithAReference(CapturedOutput log) {
        var page = visitor.get("/no-such-page");
        assertFriendlyPage(page, 404, "Page not found", log);
    }

    @Test
    void notSignedInAMistypedAddressIsNotFoundWhileARealPageAsksToSignIn(CapturedOutput log) {
        var anonymous = Visitor.at(port);
        assertFriendlyPage(anonymous.get("/no-such-page"), 404, "Page not found", log);
        assertThat(anonymous.cookie("REDIRECT_URI"))
                .as("nothing to come back to")
                .isEmpty();
        assertThat(anonymous.get("/self-check/no-such-step").statusCode()).isEqualTo(404);
        for (var page : java.util.List.of(
                "/account", "/self-check/history", "/self-check/results/" + java.util.UUID.randomUUID())) {
            var response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
        }
    }

    @Test
    void badRequestIsAFriendlyPage(CapturedOutput log) {
        var page = visitor.get("/test/number?n=not-a-number");
        assertFriendlyPage(page, 400, "We could not understand that request", log);
    }

    @Test
    void aFormWithoutItsTokenIsForbiddenWithAFriendlyPage(CapturedOutput log) {
        var page = visitor.post("/account/preferences", Map.of("timeZone", "Europe/Paris", "_csrf", "forged"));
        assertFriendlyPage(page, 403, "You cannot do that here", log);
    }

    @Test
    void aFailureOnOurSideShowsNoStackTraceButLogsOneUnderTheReference(CapturedOutput log) {
        var page = visitor.get("/test/broken");
        var reference = assertFriendlyPage(page, 500, "Sorry, something went wrong on our side", log);
        assertThat(page.body()).doesNotContain(FailingPages.SECRET, "IllegalStateException", "at org.");
        var logLine = log.getAll()
                .lines()
                .filter(line -> line.contains(reference))
                .findFirst()
                .orElseThrow();
        assertThat(logLine).contains("GET /test/broken answered 500");
        assertThat(log.getAll()).contains(FailingPages.SECRET); // the stack trace is in the log, for us
    }

    @Test
    void apiFailuresAreProblemsWithAReference(CapturedOutput log) {
        var problem = Visitor.at(port)
                .send(java.net.http.HttpRequest.newBuilder(Visitor.at(port).uri("/api/v1/test/broken"))
                        .header("Authorization", bearer())
                        .GET());
        assertThat(problem.statusCode()).isEqualTo(500);
        assertThat(problem.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body())
                .contains("\"type\":\"/problems/internal-server-error\"", "\"reference\":\"GC-")
                .doesNotContain(FailingPages.SECRET, "Exception");
    }

    /**
     * Where to get urgent help is on every error page (HZ-25): an error can come in the middle of a self-check, and
     * a person with a red flag must still see when to call 999 (the footer names NHS 111).
     */
    @Test
    void everyErrorPageSaysWhereToGetUrgentHelp(CapturedOutput log) {
        var anonymous = Visitor.at(port);
        anonymous.get("/sign-up");
        // Not the self-check's own form: a step posted with a stale token is still read (HZ-26).
        var pages = Map.of(
                "a failure on our side", visitor.get("/test/broken"),
                "a form posted without its token", anonymous.post("/sign-up", Map.of("_csrf", "forged")),
                "a page that is not there", anonymous.get("/no-such-page"),
                "a broken rule", visitor.get("/test/rule-broken"),
                "a bad request", visitor.get("/test/number?n=not-a-number"));
        pages.forEach((what, page) -> {
            assertThat(page.statusCode()).as(what).isBetween(400, 599);
            SafetyNetAssertions.assertSafetyNet(page.body());
            assertThat(page.body()).as(what).contains("href=\"tel:999\"", "NHS 111");
        });
    }

    private String bearer() {
        return AccountFixtures.bearer(identity, AccountFixtures.aPerson(identity));
    }

    private static String assertFriendlyPage(
            HttpResponse<String> page, int status, String heading, CapturedOutput log) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<h1>" + heading + "</h1>", "class=\"site-header\"", "id=\"main\"")
                .doesNotContain("Whitelabel", "Exception", "at org.");
        var reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).as("the page shows an error reference").isTrue();
        assertThat(log.getAll()).contains("Error reference " + reference.group(1) + ":");
        return reference.group(1);
    }
}
