package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Keeping results: only with consent, evaluated again, compared with the last one, and only for their owner. */
@IntegrationTest
class SelfCheckResultsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SelfCheckResults results;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aResultIsKeptOnlyWithConsentAndComparedWithTheOneBefore() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        assertThatThrownBy(() -> results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers()))
                .isInstanceOf(ConsentNeeded.class);

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var first = results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());
        var better = SelfCheckFixtures.with(
                SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "PAIN_NOW", 2), "SIT_HOURS", 6);
        var second = results.keep(person.id(), better);

        assertThat(results.history(person.id())).extracting(SavedResult::id).containsExactly(second.id(), first.id());
        assertThat(first.ruleVersion()).isNotBlank();
        assertThat(first.patterns()).isNotEmpty();
        var comparison = results.result(person.id(), second.id()).orElseThrow();
        assertThat(comparison.previous()).isNotNull();
        assertThat(comparison.changes()).anySatisfy(change -> {
            assertThat(change.what()).isEqualTo("Pain now (0 to 10)");
            assertThat(change.after()).isEqualTo("2");
            assertThat(change.same()).isFalse();
        });
        assertThat(results.result(person.id(), first.id()).orElseThrow().previous())
                .isNull();

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, false));
        assertThatThrownBy(() -> results.keep(person.id(), better))
                .as("withdrawn at once")
                .isInstanceOf(ConsentNeeded.class);
    }

    @Test
    void incompleteAnswersAreNotKeptAndAStopScreenIsKeptAsItIs() {
        var person = consenting();
        assertThatThrownBy(() -> results.keep(person.id(), Map.of("AGE", 40))).isInstanceOf(InvalidAnswers.class);
        var stopped = results.keep(person.id(), Map.of("AGE", 40, "E_SADDLE", "YES"));
        assertThat(stopped.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(stopped.patterns()).isEmpty();
        // Read back, it carries the stop screen's texts: what to do, and the answers that raised it.
        var explained = results.result(person.id(), stopped.id()).orElseThrow().explanation();
        assertThat(explained.actions()).first().asString().startsWith("Call 999 or go to A&E now.");
        assertThat(explained.raisedBy()).singleElement().asString().contains("around your back passage");
    }

    @Test
    void nobodyElseCanReadAResult() {
        var owner = consenting();
        var kept = results.keep(owner.id(), SelfCheckFixtures.deskWorkerAnswers());
        var someoneElse = consenting();
        assertThat(results.result(someoneElse.id(), kept.id())).isEmpty();
        assertThat(results.history(someoneElse.id())).isEmpty();
    }

    @Test
    void theApiKeepsListsAndReadsOnlyTheCallersResults() throws Exception {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var body = json.writeValueAsString(Map.of("answers", SelfCheckFixtures.deskWorkerAnswers()));

        var refused = post(bearer, body);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("/problems/consent-needed");

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var created = post(bearer, body);
        assertThat(created.statusCode()).isEqualTo(201);
        var id = json.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/self-checks/" + id);
        assertThat(get(bearer, "/api/v1/self-checks").body()).contains(id);
        assertThat(get(bearer, "/api/v1/self-checks/" + id).body()).contains("\"explanation\"", "\"changes\"");

        var missing = post(bearer, "{\"answers\": {\"AGE\": 40}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("answers.E_SADDLE");

        var other = AccountFixtures.bearer(identity, AccountFixtures.aPerson(identity));
        assertThat(get(other, "/api/v1/self-checks/" + id).statusCode()).isEqualTo(404);
        assertThat(get(other, "/api/v1/self-checks").body()).isEqualTo("[]");
    }

    @Test
    void aStopScreenKeptThroughTheApiIsRecordedAsARedFlagEventOfTheCaller() throws Exception {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "U_FEVER", "YES");
        var created =
                post(AccountFixtures.bearer(identity, person), json.writeValueAsString(Map.of("answers", answers)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT tier FROM selfcheck_red_flag_events WHERE account_id = ?")
                        .param(person.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("URGENT");
    }

    @Test
    void signedInWithoutConsentTheBoxOnTheKeepPageGivesItAndKeepsTheResult() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/self-check");
        var keepPage = visitor.post("/self-check/keep", form(Map.of()));
        assertThat(keepPage.statusCode()).isEqualTo(200);
        assertThat(keepPage.body()).contains("Yes, keep my health answers", "name=\"PAIN_NOW\"");

        var noBox = visitor.post("/self-check/keep/confirm", form(Map.of()));
        assertThat(noBox.statusCode()).isEqualTo(422);
        assertThat(noBox.body()).contains("id=\"healthData-error\"");
        assertThat(results.history(person.id())).isEmpty();

        var kept = visitor.post("/self-check/keep/confirm", form(Map.of("healthData", "true")));
        assertThat(kept.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/self-check/history?kept"));
        assertThat(results.history(person.id())).hasSize(1);
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isTrue();
        var history = visitor.get("/self-check/history?kept");
        assertThat(history.body()).contains("Your result is kept", "Long spells of sitting");
        var id = results.history(person.id()).get(0).id();
        assertThat(visitor.get("/self-check/results/" + id).body()).contains("This is your first kept result");
    }

    @Test
    void anAccountThatHasNotProvedItsAddressKeepsNoHealthAnswersAndIsToldWhy() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        assertThatThrownBy(() -> results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers()))
                .isInstanceOf(AddressNotVerified.class);

        var refused = post(
                AccountFixtures.bearer(identity, person),
                json.writeValueAsString(Map.of("answers", SelfCheckFixtures.deskWorkerAnswers())));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("/problems/verify-address-first");

        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/self-check");
        var page = visitor.post("/self-check/keep", form(Map.of()));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Confirm your email address first");
        assertThat(results.history(person.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM selfcheck_results WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();

        AccountFixtures.verified(identity, person);
        assertThat(results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers()))
                .isNotNull();
    }

    @Test
    void withdrawingOnThePageAsksWhatBecomesOfTheKeptResultsAndDeletesThemUnlessToldToKeep() {
        var person = consenting();
        results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var page = visitor.get("/consent").body();
        assertThat(page).contains("name=\"keptHealthData\" value=\"DELETE\" checked", "value=\"KEEP_READ_ONLY\"");

        visitor.post("/consent", Map.of("keptHealthData", "KEEP_READ_ONLY"));
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isFalse();
        assertThat(results.history(person.id())).as("kept, read-only").hasSize(1);
        assertThat(visitor.get("/self-check/history").body()).contains("read-only");
        assertThatThrownBy(() -> results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers()))
                .isInstanceOf(ConsentNeeded.class);

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        visitor.get("/consent");
        visitor.post("/consent", Map.of());
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isFalse();
        assertThat(results.history(person.id())).as("deleted: the default").isEmpty();
    }

    @Test
    void withdrawingOverTheApiDeletesTheKeptResultsUnlessToldToKeepThem() throws Exception {
        var person = consenting();
        var bearer = AccountFixtures.bearer(identity, person);
        results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());

        assertThat(putConsents(bearer, "?keptHealthData=KEEP_READ_ONLY", "{\"HEALTH_DATA\": false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(results.history(person.id())).hasSize(1);
        assertThat(get(bearer, "/api/v1/self-checks").statusCode())
                .as("still readable")
                .isEqualTo(200);
        assertThat(putConsents(bearer, "?keptHealthData=SOMETHING", "{\"HEALTH_DATA\": true}")
                        .statusCode())
                .isEqualTo(400);

        putConsents(bearer, "", "{\"HEALTH_DATA\": true}");
        assertThat(putConsents(bearer, "", "{\"HEALTH_DATA\": false}").statusCode())
                .isEqualTo(200);
        assertThat(results.history(person.id())).as("deleted: the default").isEmpty();
    }

    private HttpResponse<String> putConsents(String bearer, String query, String body) {
        return ApiClient.at(port).accepting(null).send("PUT", "/api/v1/me/consents" + query, bearer, body);
    }

    @Test
    void signingUpFromTheResultKeepsItWithConsentAndATakenAddressKeepsNothing() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var email = AccountFixtures.uniqueEmail();
        var withoutBox = visitor.post(
                "/self-check/keep/sign-up", form(Map.of("email", email, "password", AccountFixtures.PASSWORD)));
        assertThat(withoutBox.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_accounts WHERE email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();

        var kept = visitor.post(
                "/self-check/keep/sign-up",
                form(Map.of("email", email, "password", AccountFixtures.PASSWORD, "healthData", "true")));
        assertThat(kept.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-up/check-email?result-not-kept"));
        assertThat(visitor.get("/sign-up/check-email?result-not-kept").body())
                .contains("We have not kept your result yet");
        var id = new org.glutecoach.identity.AccountId(jdbc.sql("SELECT id FROM identity_accounts WHERE email = ?")
                .param(email)
                .query(java.util.UUID.class)
                .single());
        assertThat(results.history(id)).as("not until the address is confirmed").isEmpty();
        assertThat(privacy.history(id)).singleElement().satisfies(consent -> {
            assertThat(consent.kind()).isEqualTo(ConsentKind.HEALTH_DATA);
            assertThat(consent.given()).isTrue();
        });
        MailServer.awaitMailTo(email, "Please confirm your email address");

        var taken = visitor.post(
                "/self-check/keep/sign-up",
                form(Map.of("email", email, "password", "some other passphrase", "healthData", "true")));
        assertThat(taken.headers().firstValue("Location"))
                .isEqualTo(kept.headers().firstValue("Location"));
        assertThat(results.history(id)).as("nothing kept for a taken address").isEmpty();
    }

    private org.glutecoach.identity.AccountView consenting() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
    }

    /** The desk worker's answers as the result page's hidden fields, plus the given fields. */
    private static Map<String, String> form(Map<String, String> more) {
        var fields = new java.util.LinkedHashMap<String, String>();
        SelfCheckFixtures.deskWorkerAnswers()
                .forEach((id, value) ->
                        fields.put(id, String.valueOf(value instanceof java.util.List<?> list ? list.get(0) : value)));
        fields.putAll(more);
        return fields;
    }

    private HttpResponse<String> post(String bearer, String body) {
        return ApiClient.at(port).accepting(null).send("POST", "/api/v1/self-checks", bearer, body);
    }

    private HttpResponse<String> get(String bearer, String path) {
        return ApiClient.at(port).sending(null).accepting(null).send("GET", path, bearer, null);
    }
}
