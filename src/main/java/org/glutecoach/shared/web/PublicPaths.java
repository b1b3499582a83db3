package org.glutecoach.shared.web;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * URLs a module serves to everyone, signed in or not. Each module declares its own as a bean, so the security
 * rules (in identity) need not know any other module's pages: everything else needs a signed-in person.
 */
public record PublicPaths(List<String> pages, List<ApiCall> api, List<String> postsFromElsewhere) {

    /**
     * @param postsFromElsewhere pages that accept a POST from outside the app, so they cannot carry our CSRF
     *        token: only for actions that are safe to trigger that way, such as a one-click unsubscribe (RFC 8058)
     */
    public PublicPaths {
        pages = List.copyOf(pages);
        api = List.copyOf(api);
        postsFromElsewhere = List.copyOf(postsFromElsewhere);
    }

    public PublicPaths(List<String> pages, List<ApiCall> api) {
        this(pages, api, List.of());
    }

    /** One API call open to everyone: a method and a path pattern. */
    public record ApiCall(HttpMethod method, String pattern) {}
}
