package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.staff.StaffService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PostgresIntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The practice owner's one-time set-up link, on its own database (the other test contexts may have an owner):
 * only a link the app issued opens the page, it creates a therapist who owns the practice, and then no link
 * works any more. Only the owner sees the mail queue and the audit log.
 */
@PostgresIntegrationTest
class OwnerSetUpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSetUpLinkCreatesTheOwnerOnceAndOnlyTheOwnerSeesThePracticePages() throws Exception {
        var visitor = Visitor.at(port);
        assertThat(visitor.get("/setup/made-up-token").statusCode()).isEqualTo(404);
        var secret = staff.issueOwnerSetUpLink().orElseThrow();
        var laterSecret = staff.issueOwnerSetUpLink().orElseThrow();

        assertThat(visitor.get("/setup/" + secret).statusCode()).isEqualTo(200);
        var weak = visitor.post(
                "/setup/" + secret, Map.of("displayName", "Jo", "email", "jo@example.com", "password", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("id=\"password-error\"");

        var email = fourAtOnceMakeOneOwner(secret, laterSecret);
        assertThat(identity.practiceOwnerExists()).isTrue();
        assertThat(staff.issueOwnerSetUpLink()).isEmpty();
        assertThat(Visitor.at(port).get("/setup/" + secret).statusCode()).isEqualTo(404);
        assertThat(Visitor.at(port).get("/setup/" + laterSecret).statusCode()).isEqualTo(404);

        var owner = Visitor.at(port);
        assertThat(owner.signIn(email, AccountFixtures.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/two-step"));
        assertThat(owner.get("/practice/mail").headers().firstValue("Location"))
                .as("two-step set-up comes first")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/two-step"));
        var totpSecret =
                TwoStepIntegrationTests.secretIn(owner.get("/account/two-step").body());
        assertThat(owner.post("/account/two-step", Map.of("code", TwoStepIntegrationTests.currentCode(totpSecret)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(owner.get("/practice/mail").statusCode()).isEqualTo(200);
        assertThat(owner.get("/practice/audit").body()).contains("Practice owner account created");
        assertThat(owner.get("/dashboard").body()).contains("Audit log of the practice");

        owner.get("/practice/therapists");
        var therapistEmail = AccountFixtures.uniqueEmail();
        var invited = owner.post("/practice/therapists", Map.of("email", therapistEmail));
        assertThat(invited.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/practice/therapists?invited"));
        var link = MailServer.link(
                MailServer.awaitMailTo(therapistEmail, "You are invited to join the practice on Glute Coach"));
        var path = link.substring(link.indexOf("/invite/"));
        var newcomer = Visitor.at(port);
        assertThat(newcomer.get(path).body()).contains(therapistEmail);
        var joined = newcomer.post(path, Map.of("displayName", "Alex", "password", AccountFixtures.PASSWORD));
        assertThat(joined.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?joined"));
        assertThat(Visitor.at(port).get(path).statusCode())
                .as("the invitation works once")
                .isEqualTo(400);
        assertThat(newcomer.signIn(therapistEmail, AccountFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/two-step"));
        assertThat(owner.get("/practice/therapists").body()).contains(therapistEmail, "Not set up yet");
        assertThat(newcomer.get("/practice/mail").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/two-step"));

        var person = AccountFixtures.aPerson(identity);
        var someone = Visitor.at(port);
        someone.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(someone.get("/practice/mail").statusCode()).isEqualTo(403);
        assertThat(someone.get("/practice/audit").statusCode()).isEqualTo(403);
    }

    /**
     * Four visitors submit the set-up form at the same moment, two with each link: one owner is made, the others
     * see the "link no longer works" page, and the database holds one owner. Returns the owner's address.
     */
    private String fourAtOnceMakeOneOwner(String secret, String laterSecret) throws Exception {
        var secrets = List.of(secret, secret, laterSecret, laterSecret);
        var visitors = new ArrayList<Visitor>();
        for (var each : secrets) {
            var visitor = Visitor.at(port);
            assertThat(visitor.get("/setup/" + each).statusCode()).isEqualTo(200);
            visitors.add(visitor);
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(secrets.size());
        var submissions = new ArrayList<Future<Map.Entry<String, HttpResponse<String>>>>();
        for (var i = 0; i < secrets.size(); i++) {
            var visitor = visitors.get(i);
            var path = "/setup/" + secrets.get(i);
            var email = AccountFixtures.uniqueEmail();
            submissions.add(pool.submit(() -> {
                start.await();
                return Map.entry(
                        email,
                        visitor.post(
                                path,
                                Map.of(
                                        "displayName",
                                        "Jo Therapist",
                                        "email",
                                        email,
                                        "password",
                                        AccountFixtures.PASSWORD)));
            }));
        }
        start.countDown();
        var owners = new ArrayList<String>();
        for (var submission : submissions) {
            var answer = submission.get();
            if (answer.getValue().statusCode() == 302) {
                assertThat(answer.getValue().headers().firstValue("Location"))
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?owner"));
                owners.add(answer.getKey());
            } else {
                assertThat(answer.getValue().statusCode()).isEqualTo(404);
            }
        }
        pool.shutdown();
        assertThat(owners).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_accounts WHERE practice_owner", Long.class))
                .isEqualTo(1);
        return owners.get(0);
    }
}
