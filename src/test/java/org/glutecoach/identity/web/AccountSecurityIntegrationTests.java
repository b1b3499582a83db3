package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.identity.account.Passwords;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verification, password reset, changes of address and password, sessions and the sign-in limit, over real
 * HTTP with mail through a real SMTP server.
 */
@IntegrationTest
class AccountSecurityIntegrationTests {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Passwords passwords;

    @Autowired
    Registrations registrations;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVerificationLinkWorksOnceAndSendsASignedInPersonOnToConsent() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = signedIn(person);
        var link = path(MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm your email address")));

        var verified = visitor.get(link);
        assertThat(location(verified)).endsWith("/dashboard");
        assertThat(location(visitor.get("/dashboard"))).endsWith("/consent");
        assertThat(identity.findAccount(person.id()).orElseThrow().emailVerified())
                .isTrue();

        var again = visitor.get(link);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("This link does not work");
    }

    @Test
    void aResetLinkWorksOnceForAnHourAndSignsOutEverywhere() {
        var person = AccountFixtures.aPerson(identity);
        var elsewhere = signedIn(person);
        var visitor = Visitor.at(port);
        visitor.get("/forgot-password");
        var asked =
                visitor.post("/forgot-password", Map.of("email", person.email().toUpperCase()));
        assertThat(location(asked)).endsWith("/forgot-password?sent");
        var mail = MailServer.awaitMailTo(person.email(), "Choose a new password");
        var link = path(MailServer.link(mail));

        var form = visitor.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        var token = link.substring(link.indexOf("token=") + 6);
        var reset = visitor.post("/reset-password", Map.of("token", token, "password", NEW_PASSWORD));
        assertThat(location(reset)).endsWith("/sign-in?reset");

        assertThat(elsewhere.get("/account").statusCode())
                .as("the other session ended")
                .isEqualTo(302);
        assertThat(location(Visitor.at(port).signIn(person.email(), NEW_PASSWORD)))
                .endsWith("/dashboard");
        assertThat(visitor.get(link).statusCode()).as("used once").isEqualTo(400);
        assertThat(visitor.post("/reset-password", Map.of("token", token, "password", "yet another passphrase"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        var person = AccountFixtures.aPerson(identity);
        passwords.requestPasswordReset(person.email());
        var link = path(MailServer.link(MailServer.awaitMailTo(person.email(), "Choose a new password")));
        jdbc.sql("UPDATE identity_tokens SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE "
                        + "WHERE account_id = ? AND purpose = 'RESET_PASSWORD'")
                .param(person.id().value())
                .update();

        var page = Visitor.at(port).get(link);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Ask for a new password link");
    }

    @Test
    void askingForAResetLooksTheSameForAnUnknownAddress() {
        var unknown = AccountFixtures.uniqueEmail();
        var visitor = Visitor.at(port);
        visitor.get("/forgot-password");
        var asked = visitor.post("/forgot-password", Map.of("email", unknown));
        assertThat(location(asked)).endsWith("/forgot-password?sent");
        assertThat(visitor.get("/forgot-password?sent").body()).contains("If that address has an account");
        assertThat(MailServer.mailsTo(unknown)).isEmpty();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndTheMessageSaysNothingOfTheAccount() {
        var person = AccountFixtures.aPerson(identity);
        var unknown = AccountFixtures.uniqueEmail();
        for (var i = 0; i < SignInThrottle.TRIES; i++) {
            assertThat(location(Visitor.at(port).signIn(person.email(), "wrong password " + i)))
                    .endsWith("/sign-in?error");
            assertThat(location(Visitor.at(port).signIn(unknown, "wrong password " + i)))
                    .endsWith("/sign-in?error");
        }
        assertThat(location(Visitor.at(port).signIn(person.email(), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in?wait");
        assertThat(location(Visitor.at(port).signIn(unknown, AccountFixtures.PASSWORD)))
                .endsWith("/sign-in?wait");
        assertThat(Visitor.at(port).get("/sign-in?wait").body()).contains("Too many tries");
    }

    @Test
    void changingTheAddressNeedsTheLinkSentToTheNewOne() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = signedIn(person);
        var newEmail = AccountFixtures.uniqueEmail();
        visitor.get("/account");
        var wrong = visitor.post("/account/email", Map.of("newEmail", newEmail, "password", "not mine at all"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"password-error\"", "That is not your current password.");

        var asked = visitor.post("/account/email", Map.of("newEmail", newEmail, "password", AccountFixtures.PASSWORD));
        assertThat(location(asked)).endsWith("/account?email-sent");
        assertThat(identity.findAccount(person.id()).orElseThrow().email()).isEqualTo(person.email());

        var link = path(MailServer.link(MailServer.awaitMailTo(newEmail)));
        assertThat(location(Visitor.at(port).get(link))).endsWith("/sign-in?verified");
        assertThat(identity.findAccount(person.id()).orElseThrow().email()).isEqualTo(newEmail);
        assertThat(visitor.get("/account").statusCode())
                .as("signed out: the old address is gone")
                .isEqualTo(302);
        MailServer.awaitMailTo(person.email(), "Your email address was changed");
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() {
        var person = AccountFixtures.aPerson(identity);
        var other = signedIn(person);
        var visitor = signedIn(person);
        visitor.get("/account");
        var changed = visitor.post(
                "/account/password", Map.of("currentPassword", AccountFixtures.PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(location(changed)).endsWith("/account?password-changed");
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
        assertThat(other.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void theAccountPageListsSessionsAndCanEndTheOthers() {
        var person = AccountFixtures.aPerson(identity);
        var other = signedIn(person);
        var visitor = signedIn(person);
        var page = visitor.get("/account").body();
        assertThat(page).contains("Where you are signed in", "This device");
        assertThat(page.split("<tr>").length - 2).as("two sessions listed").isEqualTo(2);

        var ended = visitor.post("/account/sessions/end-others", Map.of());
        assertThat(location(ended)).endsWith("/account?signed-out-elsewhere");
        assertThat(other.get("/account").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void rememberMeIsOffUnlessTickedAndThenKeepsTheSessionFor30Days() {
        var person = AccountFixtures.aPerson(identity);
        var plain = Visitor.at(port);
        plain.get("/sign-in");
        var session = plain.post("/sign-in", Map.of("email", person.email(), "password", AccountFixtures.PASSWORD));
        assertThat(sessionCookie(session)).doesNotContain("Max-Age");

        var remembered = Visitor.at(port);
        remembered.get("/sign-in");
        var lasting = remembered.post(
                "/sign-in",
                Map.of("email", person.email(), "password", AccountFixtures.PASSWORD, "remember-me", "true"));
        // The cookie outlives the browser; the server ends the session after 30 days without a visit.
        assertThat(sessionCookie(lasting)).contains("Max-Age=");
        assertThat(jdbc.sql("SELECT MAX(max_inactive_interval) FROM identity_http_sessions WHERE principal_name = ?")
                        .param(person.email())
                        .query(Integer.class)
                        .single())
                .isEqualTo(30 * 24 * 60 * 60);
    }

    @Test
    void aPasswordChangeEndsEveryOutstandingLinkOfTheAccount() {
        var person = AccountFixtures.aPerson(identity);
        var verifyLink =
                path(MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm your email address")));
        var attackerAddress = AccountFixtures.uniqueEmail();
        registrations.requestEmailChange(person.id(), AccountFixtures.PASSWORD, attackerAddress);
        var changeLink = path(MailServer.link(MailServer.awaitMailTo(attackerAddress)));
        passwords.requestPasswordReset(person.email());
        var resetLink = path(MailServer.link(MailServer.awaitMailTo(person.email(), "Choose a new password")));

        var visitor = signedIn(person);
        visitor.get("/account");
        assertThat(location(visitor.post(
                        "/account/password",
                        Map.of("currentPassword", AccountFixtures.PASSWORD, "newPassword", NEW_PASSWORD))))
                .endsWith("/account?password-changed");

        assertThat(Visitor.at(port).get(changeLink).statusCode())
                .as("address-change link")
                .isEqualTo(400);
        assertThat(Visitor.at(port).get(resetLink).statusCode())
                .as("reset link")
                .isEqualTo(400);
        assertThat(Visitor.at(port).get(verifyLink).statusCode())
                .as("verification link")
                .isEqualTo(400);
        assertThat(identity.findAccount(person.id()).orElseThrow().email()).isEqualTo(person.email());
    }

    @Test
    void signingOutEverywhereEndsTheLinksAndRevokesTheApiTokens() {
        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var attackerAddress = AccountFixtures.uniqueEmail();
        registrations.requestEmailChange(person.id(), AccountFixtures.PASSWORD, attackerAddress);
        var changeLink = path(MailServer.link(MailServer.awaitMailTo(attackerAddress)));

        var visitor = signedIn(person);
        assertThat(visitor.get("/account").body()).contains("also revokes your API tokens");
        assertThat(location(visitor.post("/account/sessions/end-others", Map.of())))
                .endsWith("/account?signed-out-elsewhere");

        assertThat(Visitor.at(port).get(changeLink).statusCode()).isEqualTo(400);
        assertThat(identity.findAccount(person.id()).orElseThrow().email()).isEqualTo(person.email());
        assertThat(Visitor.at(port)
                        .get("/api/v1/me", Map.of("Authorization", bearer))
                        .statusCode())
                .isEqualTo(401);
        assertThat(apiTokens.accessTokens(person.id())).isEmpty();
    }

    @Test
    void aResetRevokesTheApiTokensAndEndsAnAddressChangeLink() {
        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var attackerAddress = AccountFixtures.uniqueEmail();
        registrations.requestEmailChange(person.id(), AccountFixtures.PASSWORD, attackerAddress);
        var changeLink = path(MailServer.link(MailServer.awaitMailTo(attackerAddress)));
        passwords.requestPasswordReset(person.email());
        var resetLink = path(MailServer.link(MailServer.awaitMailTo(person.email(), "Choose a new password")));

        var visitor = Visitor.at(port);
        assertThat(visitor.get(resetLink).body()).contains("revokes your API tokens");
        var token = resetLink.substring(resetLink.indexOf("token=") + 6);
        assertThat(location(visitor.post("/reset-password", Map.of("token", token, "password", NEW_PASSWORD))))
                .endsWith("/sign-in?reset");

        assertThat(Visitor.at(port).get(changeLink).statusCode()).isEqualTo(400);
        assertThat(Visitor.at(port)
                        .get("/api/v1/me", Map.of("Authorization", bearer))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAddressChangeEndsTheResetLinkAskedForBefore() {
        var person = AccountFixtures.aPerson(identity);
        passwords.requestPasswordReset(person.email());
        var resetLink = path(MailServer.link(MailServer.awaitMailTo(person.email(), "Choose a new password")));
        var newAddress = AccountFixtures.uniqueEmail();
        registrations.requestEmailChange(person.id(), AccountFixtures.PASSWORD, newAddress);
        assertThat(location(Visitor.at(port).get(path(MailServer.link(MailServer.awaitMailTo(newAddress))))))
                .endsWith("/sign-in?verified");

        assertThat(Visitor.at(port).get(resetLink).statusCode()).isEqualTo(400);
    }

    @Test
    void aPasswordChangeKeepsTheApiTokensOnlyWhenAskedTo() {
        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var visitor = signedIn(person);
        assertThat(visitor.get("/account").body()).contains("name=\"keepTokens\"");
        assertThat(location(visitor.post(
                        "/account/password",
                        Map.of(
                                "currentPassword",
                                AccountFixtures.PASSWORD,
                                "newPassword",
                                NEW_PASSWORD,
                                "keepTokens",
                                "true"))))
                .endsWith("/account?password-changed");
        assertThat(Visitor.at(port)
                        .get("/api/v1/me", Map.of("Authorization", bearer))
                        .statusCode())
                .as("kept")
                .isEqualTo(200);

        visitor.get("/account");
        assertThat(location(visitor.post(
                        "/account/password",
                        Map.of("currentPassword", NEW_PASSWORD, "newPassword", AccountFixtures.PASSWORD))))
                .endsWith("/account?password-changed");
        assertThat(Visitor.at(port)
                        .get("/api/v1/me", Map.of("Authorization", bearer))
                        .statusCode())
                .as("revoked: the box was not ticked")
                .isEqualTo(401);
    }

    private static String sessionCookie(java.net.http.HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void lookAlikeLettersInAnAddressAreRefusedBesideTheField() {
        var visitor = Visitor.at(port);
        visitor.get("/sign-up");
        var page = visitor.post("/sign-up", Map.of("email", "p\u0430ul@example.com", "password", NEW_PASSWORD));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"email-error\"", "plain letters");
    }

    private Visitor signedIn(AccountView person) {
        return AccountFixtures.signedIn(port, person);
    }

    private static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    private static String path(String link) {
        return link.substring(link.indexOf('/', "http://".length()));
    }
}
