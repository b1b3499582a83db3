package org.glutecoach.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a cookie jar talking real HTTP to a running instance: it keeps cookies, and copies the CSRF
 * token of the last page it read into the next form it posts, as a browser would. Redirects are not followed, so
 * tests can see them.
 */
public final class Visitor {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String baseUrl;
    private String csrfToken = "";

    public Visitor(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static Visitor at(int port) {
        return new Visitor("http://localhost:" + port);
    }

    /** The same cookie jar, talking to another instance (as behind a load balancer). */
    public Visitor switchTo(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        var form = new LinkedHashMap<>(fields);
        form.putIfAbsent("_csrf", csrfToken);
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> signIn(String email, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("email", email, "password", password));
    }

    /** The CSRF token a page put in its forms. */
    public static String csrfFieldOf(String html) {
        var token = CSRF_FIELD.matcher(html);
        if (!token.find()) {
            throw new AssertionError("the page has no CSRF field");
        }
        return token.group(1);
    }

    /** How many HTTP sessions the database holds: for showing that something created none. */
    public static int sessionRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_http_sessions")
                .query(Integer.class)
                .single();
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var token = CSRF_FIELD.matcher(response.body());
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
