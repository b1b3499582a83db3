package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.DatabaseScan;
import org.glutecoach.support.Endpoint;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form and every changing API call (read from the handler mappings) gets hostile input as a signed-in
 * person: empty, markup, SQL fragments, look-alike letters and a 10 MB value. None may fail with a 5xx, echo
 * markup unescaped, or change what is stored about the person.
 */
@IntegrationTest
class HostileInputIntegrationTests {

    private static final Pattern NOT_OURS = Pattern.compile("^/sign-out$");
    /** Buttons that take no input and do their job whatever is posted (resend a link, sign out elsewhere). */
    private static final java.util.Set<String> ACTIONS_WITHOUT_INPUT =
            java.util.Set.of("/account/verify-email", "/account/sessions/end-others");

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final Map<String, String> HOSTILE = Map.of(
            "empty", "",
            "markup", SCRIPT,
            "sql", "' OR '1'='1'; DROP TABLE identity_accounts; --",
            "confusable", "p\u0430ul@ex\u0430mple.com",
            "huge", "x".repeat(10 * 1024 * 1024));

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noFormOrEndpointBreaksOrStoresAnythingOnHostileInput() {
        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        var problems = new ArrayList<String>();
        var calls = 0;
        var before = storedAbout(person);

        for (var endpoint : Endpoint.all(mappings, NOT_OURS)) {
            var pattern = endpoint.pattern();
            if (!endpoint.changes() || pattern.contains("/account/delete") || ACTIONS_WITHOUT_INPUT.contains(pattern)) {
                continue;
            }
            var path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            for (var input : HOSTILE.entrySet()) {
                if (pattern.equals("/consent") && input.getKey().equals("empty")) {
                    continue; // unticked boxes are a valid answer: "no" to each
                }
                var response = endpoint.isApi()
                        ? api(endpoint.method().name(), path, bearer, input.getValue())
                        : form(path, person.email(), input.getValue());
                calls++;
                if (response.statusCode() >= 500) {
                    problems.add(pattern + " with " + input.getKey() + " answered " + response.statusCode());
                }
                if (response.body().contains(SCRIPT)) {
                    problems.add(pattern + " with " + input.getKey() + " echoed markup unescaped");
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(calls).as("forms and API calls tried").isGreaterThan(60);
        assertThat(storedAbout(person)).as("what is stored about the person").isEqualTo(before);
    }

    @Test
    void fullWidthAndMixedScriptAddressesMeanOneAccountOrNone() {
        var email = AccountFixtures.uniqueEmail();
        var wide = fullWidth(email);
        var visitor = Visitor.at(port);
        visitor.get("/sign-up");
        var signedUp = visitor.post("/sign-up", Map.of("email", wide, "password", AccountFixtures.PASSWORD));
        assertThat(signedUp.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-up/check-email"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_accounts WHERE email = ?", Integer.class, email))
                .as("stored in plain letters")
                .isEqualTo(1);
        assertThat(Visitor.at(port)
                        .signIn(wide, AccountFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/sign-in"));

        // Latin letters mixed with Cyrillic and Greek look-alikes: refused beside the field, on every form.
        var mixed = "bоb-" + java.util.UUID.randomUUID() + "@exαmple.com";
        for (var path : new String[] {"/sign-up", "/course/enrol"}) {
            var page = Visitor.at(port);
            page.get(path.equals("/sign-up") ? "/sign-up" : "/course");
            var refused = page.post(
                    path,
                    Map.of(
                            "email",
                            mixed,
                            "password",
                            AccountFixtures.PASSWORD,
                            "time",
                            "07:30",
                            "timeZone",
                            "Europe/London"));
            assertThat(refused.statusCode()).as(path).isEqualTo(422);
            assertThat(refused.body()).as(path).contains("id=\"email-error\"", "plain letters");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM course_enrolments WHERE email LIKE ?",
                        Integer.class,
                        "%" + mixed.substring(4, 40) + "%"))
                .isZero();
    }

    @Test
    void forwardedHeadersFromLoopbackAreNotBelieved() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.get("/sign-in");
        var forwarded = Map.of("X-Forwarded-For", "203.0.113.77", "X-Forwarded-Proto", "https");
        var signedIn = visitor.post(
                "/sign-in", Map.of("email", person.email(), "password", AccountFixtures.PASSWORD), forwarded);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).startsWith("http://").doesNotContain("/sign-in"));
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security"))
                .as("not taken for TLS")
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT origin FROM audit_events WHERE actor_id = ? AND action = 'SIGNED_IN'",
                        String.class,
                        person.id().value()))
                .as("the connection's own address")
                .singleElement()
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    private static String fullWidth(String ascii) {
        var wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    /** The person's rows, leaving out what any request legitimately touches (sessions, audit, mail). */
    private java.util.List<String> storedAbout(org.glutecoach.identity.AccountView person) {
        return DatabaseScan.rowsNaming(jdbc, person.id().value(), person.email()).stream()
                .filter(row -> !row.startsWith("identity_http_sessions")
                        && !row.startsWith("audit_events")
                        && !row.startsWith("mail_outbox")
                        && !row.startsWith("identity_access_tokens"))
                .sorted()
                .toList();
    }

    /**
     * The person's browser for the forms: signed in again only when a call has ended the session (the account page
     * then sends it to sign in), so every post is still the person's, signed in, with a current token.
     */
    private @Nullable Visitor signedIn;

    private HttpResponse<String> form(String path, String email, String value) {
        var visitor = signedIn;
        if (visitor == null || visitor.get("/account").statusCode() != 200) {
            visitor = Visitor.at(port);
            visitor.signIn(email, AccountFixtures.PASSWORD);
            assertThat(visitor.get("/account").statusCode()).as("signed in").isEqualTo(200);
            signedIn = visitor;
        }
        var fields = new LinkedHashMap<String, String>();
        // A huge value goes in one field only: the request is then 10 MB, not ten times that.
        var small = value.length() > 1000 ? "" : value;
        fields.put("email", value);
        for (var name : new String[] {
            "password",
            "newEmail",
            "currentPassword",
            "newPassword",
            "displayName",
            "timeZone",
            "name",
            "scope",
            "code",
            "token",
            "healthData",
            "shareWithPractice",
            "courseEmails"
        }) {
            fields.put(name, small);
        }
        return visitor.post(path, fields);
    }

    private HttpResponse<String> api(String method, String path, String bearer, String value) {
        var visitor = Visitor.at(port);
        var small = value.length() > 1000 ? "" : value.replace("\"", "'");
        var json = "{\"displayName\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"timeZone\":\""
                + small + "\",\"HEALTH_DATA\":\"" + small + "\"}";
        return visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }
}
