package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.TwoStepSignIn;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A returning person takes the self-check signed out and keeps the result by signing in on the keep page: the
 * answers wait in the session (as a serialisable string) through both steps of sign-in, and the result is kept
 * with their consent, asked for on the spot if they have not given it.
 */
@IntegrationTest
class KeepBySigningInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInOnTheKeepPageKeepsTheResultOfSomeoneWhoSaidYesBefore() throws Exception {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var keepPage = visitor.post("/self-check/keep", answers());
        assertThat(keepPage.body()).contains("Have an account already?", "action=\"/self-check/keep/sign-in\"");

        var held = visitor.post("/self-check/keep/sign-in", answers());
        assertThat(location(held)).endsWith("/self-check/keep/resume");
        assertThat(heldAnswers(visitor))
                .as("a plain string in the database session")
                .contains("PAIN_NOW=");
        assertThat(location(visitor.get("/self-check/keep/resume"))).endsWith("/sign-in");
        var signedIn = visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(location(signedIn)).contains("/self-check/keep/resume");

        var kept = visitor.get(path(location(signedIn)));
        assertThat(location(kept)).endsWith("/self-check/history?kept");
        assertThat(results.history(person.id())).hasSize(1);
        assertThat(heldAnswers(visitor)).as("forgotten once kept").isNull();
    }

    @Test
    void withTwoStepSignInAndNoConsentYetTheBoxIsAskedAfterBothSteps() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var secret = twoStep.startTwoStep(person.id()).secret();
        twoStep.confirmTwoStep(person.id(), code(secret)).orElseThrow();
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        visitor.post("/self-check/keep", answers());
        visitor.post("/self-check/keep/sign-in", answers());
        visitor.get("/self-check/keep/resume");
        assertThat(location(visitor.signIn(person.email(), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in/two-step");
        visitor.get("/sign-in/two-step");
        jdbc.sql("UPDATE identity_accounts SET totp_last_step = NULL WHERE id = ?")
                .param(person.id().value())
                .update();
        var passed = visitor.post("/sign-in/two-step", Map.of("code", code(secret)));
        assertThat(location(passed)).contains("/self-check/keep/resume");

        var askConsent = visitor.get(path(location(passed)));
        assertThat(askConsent.statusCode()).isEqualTo(200);
        assertThat(askConsent.body())
                .contains("Yes, keep my health answers", "name=\"PAIN_NOW\"", "action=\"/self-check/keep/confirm\"");
        assertThat(results.history(person.id()))
                .as("nothing kept without the yes")
                .isEmpty();
        var fields = new LinkedHashMap<>(answers());
        fields.put("healthData", "true");
        assertThat(location(visitor.post("/self-check/keep/confirm", fields))).endsWith("/self-check/history?kept");
        assertThat(results.history(person.id())).hasSize(1);
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isTrue();
    }

    @Test
    void nothingToKeepIsRefusedAndResumingWithNothingHeldShowsTheResults() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        assertThat(visitor.post("/self-check/keep/sign-in", Map.of("NOT_A_QUESTION", "1"))
                        .statusCode())
                .isEqualTo(400);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(location(visitor.get("/self-check/keep/resume"))).endsWith("/self-check/history");
    }

    /** The held answers as the session table stores them, read back the way Spring Session reads them. */
    private String heldAnswers(Visitor visitor) throws Exception {
        var sessionId = new String(
                java.util.Base64.getDecoder().decode(visitor.cookie("SESSION").orElseThrow()));
        var bytes = jdbc.sql("""
                SELECT a.attribute_bytes FROM identity_http_sessions_attributes a JOIN identity_http_sessions s
                ON s.primary_id = a.session_primary_id WHERE s.session_id = ? AND a.attribute_name = ?""")
                .params(sessionId, AnswersToKeep.ATTRIBUTE)
                .query(byte[].class)
                .optional();
        if (bytes.isEmpty()) {
            return null;
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.get()))) {
            return (String) in.readObject();
        }
    }

    private static Map<String, String> answers() {
        var fields = new LinkedHashMap<String, String>();
        SelfCheckFixtures.deskWorkerAnswers()
                .forEach((id, value) ->
                        fields.put(id, String.valueOf(value instanceof java.util.List<?> list ? list.get(0) : value)));
        return fields;
    }

    private static String code(String secret) {
        return TwoStepCodes.codeAt(secret, java.time.Instant.now().getEpochSecond() / 30);
    }

    private static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    private static String path(String location) {
        return location.startsWith("http") ? location.substring(location.indexOf('/', "http://".length())) : location;
    }
}
