package org.glutecoach.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing out or deleting the account leaves nothing personal in this browser: pages kept for offline use, the
 * outboxes of sessions and breaks not yet sent (IndexedDB) and the service worker holding them. On a shared
 * device the next person must not find them. (Unsent entries are lost with them: privacy wins over a retry.)
 */
public final class ClearSiteData {

    public static final String HEADER = "Clear-Site-Data";

    private ClearSiteData() {}

    public static void writeTo(HttpServletResponse response) {
        response.setHeader(HEADER, "\"cache\", \"storage\"");
    }
}
