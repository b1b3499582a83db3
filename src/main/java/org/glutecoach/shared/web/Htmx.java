package org.glutecoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that branches on whether htmx made the request: htmx gets the named fragment, everyone else the
 * whole page, from the same URL.
 */
public final class Htmx {

    private Htmx() {}

    public static boolean isRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The view name for this request: {@code page :: fragment} for htmx, {@code page} otherwise. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isRequest(request) ? page + " :: " + fragment : page;
    }
}
