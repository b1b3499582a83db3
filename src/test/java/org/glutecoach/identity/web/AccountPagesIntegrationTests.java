package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-up, sign-in and the account page over real HTTP: messages beside fields, 422 on errors, PRG on success. */
@IntegrationTest
class AccountPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Test
    void signUpMailsAVerificationLinkAndSignInLeadsToTheDashboard() {
        var visitor = Visitor.at(port);
        var email = AccountFixtures.uniqueEmail();
        visitor.get("/sign-up");
        var created = visitor.post(
                "/sign-up", Map.of("email", "  " + email.toUpperCase() + " ", "password", "a long enough password"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-up/check-email"));
        assertThat(visitor.get("/sign-up/check-email").body())
                .contains("We have sent a link")
                .as("only a sign-up from a self-check result has a result not kept")
                .doesNotContain("We have not kept your result yet");
        MailServer.awaitMailTo(email, "Please confirm your email address");

        var signedIn = visitor.signIn(email, "a long enough password");
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard"));
        assertThat(visitor.get("/dashboard").body()).contains("Please verify your email address");
        assertThat(visitor.get("/account").body()).contains("You are signed in as " + email);
    }

    @Test
    void signUpErrorsSitBesideTheirFieldsAndStoreNothing() {
        var visitor = Visitor.at(port);
        visitor.get("/sign-up");
        var page = visitor.post("/sign-up", Map.of("email", "not an address", "password", "short"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains("id=\"email-error\"", "Enter an email address like name@example.com.")
                .contains("id=\"password-error\"", "Your password needs at least 12 characters.")
                .contains("aria-describedby=\"password-hint password-error\"", "aria-invalid=\"true\"")
                .contains("class=\"error-summary\"", "href=\"#password\"");
    }

    @Test
    void hostileInputIsShownAsTextNeverAsMarkup() {
        var visitor = Visitor.at(port);
        visitor.get("/sign-up");
        var page = visitor.post("/sign-up", Map.of("email", "<script>alert(1)</script>", "password", "x"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndItsOwnerAMail() {
        var existing = AccountFixtures.aPerson(identity);
        var fresh = AccountFixtures.uniqueEmail();
        var visitor = Visitor.at(port);
        visitor.get("/sign-up");
        var taken = visitor.post("/sign-up", Map.of("email", existing.email(), "password", "another good password"));
        var free = visitor.post("/sign-up", Map.of("email", fresh, "password", "another good password"));

        assertThat(taken.statusCode()).isEqualTo(free.statusCode()).isEqualTo(302);
        assertThat(taken.headers().firstValue("Location"))
                .isEqualTo(free.headers().firstValue("Location"));
        MailServer.awaitMailTo(existing.email(), "Someone tried to create an account with your address");
    }

    @Test
    void aCommonPasswordIsRefusedBesideTheField() {
        var visitor = Visitor.at(port);
        visitor.get("/sign-up");
        var page =
                visitor.post("/sign-up", Map.of("email", AccountFixtures.uniqueEmail(), "password", "Qwertyuiop123"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"password-error\"", "Lots of people use this password");
    }

    @Test
    void aWrongPasswordShowsOneMessageForBothFields() {
        var existing = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        var failed = visitor.signIn(existing.email(), "not the right password");
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?error"));
        assertThat(visitor.get("/sign-in?error").body()).contains("do not match an account");
        assertThat(visitor.get("/sign-in").body()).doesNotContain("do not match an account");
    }

    @Test
    void theAccountPageNeedsSigningIn() {
        var response = Visitor.at(port).get("/account");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
    }

    @Test
    void preferencesSaveWithPostRedirectGet() {
        var account = AccountFixtures.aPerson(identity);
        var visitor = signedIn(account);
        var saved = visitor.post("/account/preferences", Map.of("displayName", "Sam", "timeZone", "Asia/Tokyo"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(visitor.get("/account?saved").body()).contains("Your settings are saved.");
        assertThat(identity.findAccount(account.id()).orElseThrow().timeZone().getId())
                .isEqualTo("Asia/Tokyo");
    }

    @Test
    void htmxGetsOnlyTheFragmentAnd422ForErrors() {
        var account = AccountFixtures.aPerson(identity);
        var visitor = signedIn(account);
        var htmx = Map.of("HX-Request", "true");
        var invalid =
                visitor.post("/account/preferences", Map.of("displayName", "Sam", "timeZone", "Nowhere/Else"), htmx);
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body())
                .startsWith("<section id=\"preferences\"")
                .doesNotContain("<html")
                .contains("Choose a time zone from the list.");
        assertThat(identity.findAccount(account.id()).orElseThrow()).isEqualTo(account);

        var saved =
                visitor.post("/account/preferences", Map.of("displayName", "Sam", "timeZone", "Europe/Dublin"), htmx);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).startsWith("<section id=\"preferences\"").contains("Your settings are saved.");
    }

    @Test
    void signingOutEndsTheSession() {
        var visitor = signedIn(AccountFixtures.aPerson(identity));
        visitor.get("/account");
        var out = visitor.post("/sign-out", Map.of());
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/?signed-out"));
        // A shared device keeps nothing of theirs: offline pages, unsent outboxes, the worker.
        assertThat(out.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"storage\"");
        assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
    }

    private Visitor signedIn(AccountView account) {
        var visitor = AccountFixtures.signedIn(port, account);
        visitor.get("/account");
        return visitor;
    }
}
