package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import testing.FailingPages;

/** A broken rule no page caught is one friendly 409 page; the API keeps its problem+json for the same failure. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PageProblemsIntegrationTests {

    private static final Pattern REFERENCE = Pattern.compile("Error reference: (GC-[A-Z0-9]{8})");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Test
    void anUnhandledBrokenRuleOnAPageIsAFriendlyConflictPageWithAReference(CapturedOutput log) {
        var visitor = Visitor.at(port);
        visitor.signIn(AccountFixtures.aPerson(identity).email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/test/rule-broken");

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<h1>That is not possible right now</h1>", "class=\"site-header\"", "id=\"main\"")
                .doesNotContain(FailingPages.SECRET, "RuleBroken", "Exception", "at org.");
        var reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).as("the page shows an error reference").isTrue();
        assertThat(log.getAll())
                .contains("Error reference " + reference.group(1) + ": GET /test/rule-broken answered 409");
    }

    @Test
    void theSameFailureInTheApiIsStillAProblem() {
        var api = Visitor.at(port);
        var bearer = AccountFixtures.bearer(identity, AccountFixtures.aPerson(identity));

        var problem = api.send(HttpRequest.newBuilder(api.uri("/api/v1/test/rule-broken"))
                .header("Authorization", bearer)
                .GET());

        assertThat(problem.statusCode()).isEqualTo(409);
        assertThat(problem.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body()).contains("\"type\":\"/problems/test-rule-broken\"");
    }

    @Test
    void aRaceTheDatabaseSettledIsAConflictToTryAgainNeverA500() {
        var visitor = Visitor.at(port);
        visitor.signIn(AccountFixtures.aPerson(identity).email(), AccountFixtures.PASSWORD);
        var page = visitor.get("/test/raced");
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body())
                .contains("<h1>That is not possible right now</h1>")
                .doesNotContain(FailingPages.SECRET);

        var api = Visitor.at(port);
        var problem = api.send(HttpRequest.newBuilder(api.uri("/api/v1/test/raced"))
                .header("Authorization", AccountFixtures.bearer(identity, AccountFixtures.aPerson(identity)))
                .GET());
        assertThat(problem.statusCode()).isEqualTo(409);
        assertThat(problem.body())
                .contains("\"type\":\"/problems/changed-at-the-same-time\"", "try again")
                .doesNotContain(FailingPages.SECRET);
    }
}
