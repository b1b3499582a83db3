package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The account API: its data, and a 4xx problem for every kind of bad request, with nothing stored. */
@IntegrationTest
class AccountApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ApiTokens apiTokens;

    AccountView account;
    Visitor visitor;
    String bearer;

    @BeforeEach
    void aPerson() {
        account = AccountFixtures.aPerson(identity);
        visitor = Visitor.at(port);
    }

    @Test
    void readsTheSignedInAccountWithIsoInstants() {
        var response = visitor.send(authorised("/api/v1/me").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"email\":\"" + account.email() + "\"",
                        "\"timeZone\":\"Europe/London\"",
                        "\"id\":\"" + account.id() + "\"")
                .containsPattern("\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\"")
                .doesNotContain("password");
    }

    @Test
    void changesPreferences() {
        var response = put("{\"displayName\":\"Ann\",\"timeZone\":\"Europe/Paris\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored().displayName()).isEqualTo("Ann");
        assertThat(stored().timeZone().getId()).isEqualTo("Europe/Paris");
    }

    @Test
    void withoutCredentialsIsAProblem() {
        var response = visitor.get("/api/v1/me");
        assertProblem(response, 401, "/problems/unauthorized");
    }

    @Test
    void theBrowserSessionDoesNotAuthenticateTheApi() {
        visitor.signIn(account.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.cookie("SESSION")).isPresent();
        assertProblem(visitor.get("/api/v1/me"), 401, "/problems/unauthorized");
    }

    @Test
    void anUnknownTokenIsAProblem() {
        var request = visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/me"))
                .header("Authorization", "Bearer gc_not-a-token-we-made")
                .GET());
        assertProblem(request, 401, "/problems/unauthorized");
        assertThat(request.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void httpBasicNoLongerAuthenticates() {
        var basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(
                                (account.email() + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var request = visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/me"))
                .header("Authorization", basic)
                .GET());
        assertProblem(request, 401, "/problems/unauthorized");
    }

    @Test
    void aReadOnlyTokenMayReadButNotChange() {
        var readOnly = AccountFixtures.bearer(identity, account, org.glutecoach.identity.TokenScope.READ);
        var read = visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/me"))
                .header("Authorization", readOnly)
                .GET());
        assertThat(read.statusCode()).isEqualTo(200);
        var change = visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/me/preferences"))
                .header("Authorization", readOnly)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"displayName\":\"Ann\",\"timeZone\":\"Europe/Paris\"}")));
        assertProblem(change, 403, "/problems/forbidden");
        assertUnchanged();
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        var created = apiTokens.createAccessToken(account.id(), "to revoke", org.glutecoach.identity.TokenScope.READ);
        var header = "Bearer " + created.secret();
        assertThat(visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/me"))
                                .header("Authorization", header)
                                .GET())
                        .statusCode())
                .isEqualTo(200);
        assertThat(apiTokens.revokeAccessToken(account.id(), created.token().id()))
                .isTrue();
        assertProblem(
                visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/me"))
                        .header("Authorization", header)
                        .GET()),
                401,
                "/problems/unauthorized");
        assertThat(apiTokens.accessTokens(account.id()))
                .noneMatch(token -> token.id().equals(created.token().id()));
    }

    @Test
    void anInvalidValueNamesItsField() {
        var response = put("{\"displayName\":\"Ann\",\"timeZone\":\"Mars/Olympus_Mons\"}");
        assertProblem(response, 400, "/problems/validation");
        assertThat(response.body()).contains("\"field\":\"timeZone\"");
        assertUnchanged();
    }

    @Test
    void aMissingValueNamesItsField() {
        var response = put("{\"displayName\":\"Ann\"}");
        assertProblem(response, 400, "/problems/validation");
        assertThat(response.body()).contains("\"field\":\"timeZone\"");
        assertUnchanged();
    }

    @Test
    void anUnknownFieldIsRefused() {
        var response = put("{\"timeZone\":\"Europe/Paris\",\"role\":\"THERAPIST\"}");
        assertProblem(response, 400, "/problems/validation");
        assertThat(response.body()).contains("\"field\":\"role\"", "not known");
        assertUnchanged();
    }

    @Test
    void aWrongTypeIsRefused() {
        var response = put("{\"displayName\":{\"first\":\"Ann\"},\"timeZone\":\"Europe/Paris\"}");
        assertProblem(response, 400, "/problems/validation");
        assertThat(response.body()).contains("\"field\":\"displayName\"");
        assertUnchanged();
    }

    @Test
    void malformedJsonIsRefused() {
        var response = put("{\"timeZone\": \"Europe/Paris\"");
        assertProblem(response, 400, "/problems/unreadable-body");
        assertThat(response.body()).contains("not valid JSON");
        assertUnchanged();
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertProblem(put(""), 400, "/problems/unreadable-body");
    }

    @Test
    void hostileTextIsStoredAsTextAndNeverRun() {
        var hostile = "<script>alert(1)</script>'; DROP TABLE identity_accounts; --";
        var response = put("{\"displayName\":\"" + hostile + "\",\"timeZone\":\"Europe/Paris\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored().displayName()).isEqualTo(hostile);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        var huge = "{\"displayName\":\"" + "a".repeat(1024 * 1024) + "\",\"timeZone\":\"Europe/Paris\"}";
        assertProblem(put(huge), 413, "/problems/content-too-large");
        assertUnchanged();
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsRefusedToo() {
        var huge = ("{\"displayName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        var chunked = BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(huge)); // no Content-Length
        var response = visitor.send(authorised("/api/v1/me/preferences")
                .header("Content-Type", "application/json")
                .PUT(chunked));
        assertProblem(response, 413, "/problems/content-too-large");
        assertUnchanged();
    }

    @Test
    void theWrongMediaTypeIsAProblem() {
        var response = visitor.send(authorised("/api/v1/me/preferences")
                .header("Content-Type", "text/plain")
                .PUT(BodyPublishers.ofString("timeZone=Europe/Paris")));
        assertProblem(response, 415, "/problems/unsupported-media-type");
    }

    @Test
    void anUnknownAddressIsAProblem() {
        assertProblem(visitor.send(authorised("/api/v1/no-such-thing").GET()), 404, "/problems/not-found");
    }

    @Test
    void theWrongMethodIsAProblem() {
        assertProblem(visitor.send(authorised("/api/v1/me").DELETE()), 405, "/problems/method-not-allowed");
    }

    private HttpResponse<String> put(String json) {
        return visitor.send(authorised("/api/v1/me/preferences")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder authorised(String path) {
        if (bearer == null) {
            bearer = AccountFixtures.bearer(identity, account);
        }
        return HttpRequest.newBuilder(visitor.uri(path)).header("Authorization", bearer);
    }

    private AccountView stored() {
        return identity.findAccount(account.id()).orElseThrow();
    }

    private void assertUnchanged() {
        assertThat(stored()).isEqualTo(account);
    }

    static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"" + type + "\"", "\"status\":" + status, "\"title\":")
                .doesNotContain("Exception", "at org.", "tools.jackson");
    }
}
