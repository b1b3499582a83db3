package org.glutecoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that branches on whether htmx made the request: htmx gets the named fragment, everyone else the
 * whole page, from the same URL.
 */
public final class Htmx {

    private Htmx() {}

    /**
     * Whether htmx asked for a fragment to swap in. A history restore is not such a request: when an address htmx
     * pushed (a day picked, a search typed) is reopened from history and htmx has no copy of it, htmx asks the
     * server for it with {@code HX-History-Restore-Request} (and {@code HX-Request}) and puts the answer in place of
     * the whole body, so it must be the whole page.
     */
    public static boolean isRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !isHistoryRestore(request);
    }

    /** The view name for this request: {@code page :: fragment} for htmx, {@code page} otherwise. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isRequest(request) ? page + " :: " + fragment : page;
    }

    private static boolean isHistoryRestore(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
