package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two-step sign-in over real HTTP: set up, the code after the password, replay, recovery codes, turning off. */
@IntegrationTest
class TwoStepIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4})</code>");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterSetUpEverySignInAsksForACodeThatWorksOnce() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var setUp = visitor.get("/account/two-step").body();
        assertThat(setUp).contains("data:image/svg+xml;base64,");
        var secret = secretIn(setUp);

        var wrong = visitor.post("/account/two-step", Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"code-error\"", secret.substring(0, 4));
        var on = visitor.post("/account/two-step", Map.of("code", currentCode(secret)));
        assertThat(on.statusCode()).isEqualTo(200);
        var recoveryCodes = matches(RECOVERY, on.body());
        assertThat(recoveryCodes).hasSize(10);

        var next = Visitor.at(port);
        assertThat(location(next.signIn(person.email(), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in/two-step");
        assertThat(location(next.get("/account"))).as("held at the second step").endsWith("/sign-in/two-step");
        next.get("/sign-in/two-step");
        assertThat(next.post("/sign-in/two-step", Map.of("code", "123456")).statusCode())
                .isEqualTo(422);
        // The code used to turn it on was used up: a replay must fail even within its 30 seconds.
        var replayOrNext = next.post("/sign-in/two-step", Map.of("code", currentCode(secret)));
        if (replayOrNext.statusCode() == 422) {
            assertThat(replayOrNext.body()).contains("That code does not work");
            assertThat(location(next.post("/sign-in/two-step", Map.of("code", recoveryCodes.get(0)))))
                    .endsWith("/dashboard");
        } else {
            assertThat(location(replayOrNext)).as("a new 30-second step began").endsWith("/dashboard");
        }
        assertThat(next.get("/account").statusCode()).isEqualTo(200);

        var third = Visitor.at(port);
        third.signIn(person.email(), AccountFixtures.PASSWORD);
        third.get("/sign-in/two-step");
        var usedRecovery = third.post(
                "/sign-in/two-step", Map.of("code", recoveryCodes.get(1).toUpperCase()));
        assertThat(location(usedRecovery)).endsWith("/dashboard");
        var fourth = Visitor.at(port);
        fourth.signIn(person.email(), AccountFixtures.PASSWORD);
        fourth.get("/sign-in/two-step");
        assertThat(fourth.post("/sign-in/two-step", Map.of("code", recoveryCodes.get(1)))
                        .statusCode())
                .as("a recovery code works once")
                .isEqualTo(422);
    }

    @Test
    void aPersonMayTurnItOffWithTheirPassword() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var secret = secretIn(visitor.get("/account/two-step").body());
        visitor.post("/account/two-step", Map.of("code", currentCode(secret)));
        visitor.get("/account/two-step");
        assertThat(visitor.post("/account/two-step/off", Map.of("password", "not my password"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(location(visitor.post("/account/two-step/off", Map.of("password", AccountFixtures.PASSWORD))))
                .endsWith("/account?two-step-off");
        assertThat(location(Visitor.at(port).signIn(person.email(), AccountFixtures.PASSWORD)))
                .endsWith("/dashboard");
    }

    @Test
    void theSecretIsSealedInTheDatabaseAndOneStoredBeforeSealingStillWorksAndIsSealedAtSignIn() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var secret = secretIn(visitor.get("/account/two-step").body());
        assertThat(storedSecret(person)).startsWith("v1:").doesNotContain(secret);
        assertThat(visitor.post("/account/two-step", Map.of("code", currentCode(secret)))
                        .statusCode())
                .isEqualTo(200);

        // As an account that turned two-step on before secrets were sealed has it: the secret in clear.
        jdbc.sql("UPDATE identity_accounts SET totp_secret = ?, totp_last_step = NULL WHERE id = ?")
                .params(secret, person.id().value())
                .update();
        var next = Visitor.at(port);
        next.signIn(person.email(), AccountFixtures.PASSWORD);
        next.get("/sign-in/two-step");
        assertThat(location(next.post("/sign-in/two-step", Map.of("code", currentCode(secret)))))
                .endsWith("/dashboard");
        assertThat(storedSecret(person)).startsWith("v1:").doesNotContain(secret);
    }

    private String storedSecret(org.glutecoach.identity.AccountView person) {
        return jdbc.sql("SELECT totp_secret FROM identity_accounts WHERE id = ?")
                .param(person.id().value())
                .query(String.class)
                .single();
    }

    static String secretIn(String page) {
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the typed key on the set-up page").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    static String currentCode(String secret) {
        return TwoStepCodes.codeAt(secret, Instant.now().getEpochSecond() / 30);
    }

    private static List<String> matches(Pattern pattern, String text) {
        var found = new ArrayList<String>();
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
