package org.glutecoach.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * Calls to the API of a running instance as a script would make them: a body of one type, a personal access token
 * or none, no cookies, redirects not followed. {@link #at(int)} sends and accepts JSON; {@link #sending} and
 * {@link #accepting} change either for calls that take or give something else (CSV) or leave the answer's type to
 * the server.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final @Nullable String contentType;
    private final @Nullable String accept;

    private ApiClient(int port, @Nullable String contentType, @Nullable String accept) {
        this.port = port;
        this.contentType = contentType;
        this.accept = accept;
    }

    /** JSON in, and {@code Accept: application/json}. */
    public static ApiClient at(int port) {
        return new ApiClient(port, "application/json", "application/json");
    }

    /** The same, with a body of this type, or no {@code Content-Type} header when null. */
    public ApiClient sending(@Nullable String contentType) {
        return new ApiClient(port, contentType, accept);
    }

    /** The same, with this {@code Accept} header, or none when null. */
    public ApiClient accepting(@Nullable String accept) {
        return new ApiClient(port, contentType, accept);
    }

    /** Sends {@code body} (none when null) with {@code bearer} as the {@code Authorization} header (none when null). */
    public HttpResponse<String> send(String method, String path, @Nullable String bearer, @Nullable String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
