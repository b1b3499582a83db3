package org.glutecoach.practice.clients.web;

import org.glutecoach.practice.clients.ClientQuery;
import org.glutecoach.practice.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/** The list's search box, filters and page, as they come in the address (an unknown status shows every status). */
record ClientFilter(
        @Nullable String q,
        @Nullable String status,
        @Nullable String therapist,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 20;

    ClientQuery query() {
        return new ClientQuery(q, knownStatus(), therapist, page == null ? 1 : page, PAGE_SIZE);
    }

    private @Nullable ClientStatus knownStatus() {
        for (var known : ClientStatus.values()) {
            if (known.name().equals(status)) {
                return known;
            }
        }
        return null;
    }
}
