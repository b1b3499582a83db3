package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * TLS ends at a reverse proxy that the app is told to trust ({@code GLUTECOACH_TRUSTED_PROXIES}; here loopback):
 * its {@code X-Forwarded-Proto} makes cookies Secure and sends HSTS. From any other peer the header changes
 * nothing ({@code HostileInputIntegrationTests}).
 */
@IntegrationTest
@TestPropertySource(properties = "glutecoach.trusted-proxies=127.0.0.1,::1")
class BehindTrustedProxyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void strictTransportSecurityIsSentOnlyOverTls() {
        var plain = Visitor.at(port).get("/");
        var behindTls = Visitor.at(port).get("/", Map.of("X-Forwarded-Proto", "https"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void cookiesAreSecureBehindTls() {
        var tls = Map.of("X-Forwarded-Proto", "https");
        var signInPage = Visitor.at(port).get("/sign-in", tls);
        var csrfCookie = setCookie(signInPage, "XSRF-TOKEN");
        assertThat(csrfCookie).contains("Secure", "HttpOnly");

        // A browser sends Secure cookies only over TLS, so hand the token cookie over explicitly.
        var email = AccountFixtures.aPerson(identity).email();
        var plainClient = Visitor.at(port);
        var signedIn = plainClient.post(
                "/sign-in",
                Map.of(
                        "email",
                        email,
                        "password",
                        AccountFixtures.PASSWORD,
                        "_csrf",
                        Visitor.csrfFieldOf(signInPage.body())),
                Map.of("X-Forwarded-Proto", "https", "Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';'))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(setCookie(signedIn, "SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(setCookie(signedIn, "DEVICE")).contains("Secure", "HttpOnly", "SameSite=Strict", "Path=/sign-in");
    }

    @Test
    void theClientIpIsTheOneTheTrustedProxyNames() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.get("/sign-in");
        visitor.post(
                "/sign-in",
                Map.of("email", person.email(), "password", AccountFixtures.PASSWORD),
                Map.of("X-Forwarded-For", "203.0.113.9"));
        assertThat(jdbc.queryForList(
                        "SELECT origin FROM audit_events WHERE actor_id = ? AND action = 'SIGNED_IN'",
                        String.class,
                        person.id().value()))
                .containsExactly("203.0.113.9");
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }
}
