package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every response carries the security headers; cookies are locked down; anonymous visits create no session. */
@IntegrationTest
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        var visitor = Visitor.at(port);
        var home = visitor.get("/");
        var css = visitor.get(stylesheetOf(home.body()));
        var responses = List.of(
                home,
                css,
                visitor.get("/sign-in"),
                visitor.get("/no-such-page"),
                visitor.get("/api/v1/me"),
                visitor.get("/actuator/health"),
                visitor.get("/api/v1/openapi.json"));
        for (var response : responses) {
            assertSecurityHeaders(response);
        }
    }

    @Test
    void theContentSecurityPolicyIsStrict() {
        var csp = Visitor.at(port)
                .get("/")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "frame-ancestors 'none'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndLax() {
        var email = AccountFixtures.aPerson(identity).email();
        var signedIn = Visitor.at(port).signIn(email, AccountFixtures.PASSWORD);
        assertThat(setCookie(signedIn, "SESSION"))
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(setCookie(Visitor.at(port).get("/sign-in"), "XSRF-TOKEN")).contains("HttpOnly");
    }

    @Test
    void anonymousPagesCreateNoSession() {
        int before = Visitor.sessionRows(jdbc);
        var visitor = Visitor.at(port);
        for (var path : List.of(
                "/",
                "/sign-in",
                "/sign-up",
                "/no-such-page",
                "/account",
                "/actuator/health",
                "/api/v1/openapi.json",
                "/api/v1/me")) {
            var response = visitor.get(path);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        visitor.post("/sign-up", Map.of("email", "", "password", ""));
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(Visitor.sessionRows(jdbc)).isEqualTo(before);
    }

    @Test
    void staticAssetsAreFingerprintedAndCachedForAYear() {
        var home = Visitor.at(port).get("/").body();
        var stylesheet = stylesheetOf(home);
        assertThat(stylesheet).matches("/assets/css/app-[0-9a-f]{32}\\.css");
        assertThat(home).containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}\\.js");
        var css = Visitor.at(port).get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }

    private static String stylesheetOf(String html) {
        var matcher = java.util.regex.Pattern.compile("href=\"(/assets/css/app[^\"]*\\.css)\"")
                .matcher(html);
        assertThat(matcher.find()).as("the page links its stylesheet").isTrue();
        return matcher.group(1);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        var what = response.request().uri().getPath();
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).isPresent();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .as(what)
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }
}
