package org.glutecoach.practice.clients;

import org.jspecify.annotations.Nullable;

/**
 * Which clients to list: those whose names or email address have a word beginning with each word of {@code text}
 * (if given; as the therapist types), of one status and one therapist (the owner's filter; {@code unassigned} for
 * nobody's), most recently seen first, pages from 1.
 */
public record ClientQuery(
        @Nullable String text,
        @Nullable ClientStatus status,
        @Nullable String therapist,
        int page,
        int size) {

    public static final String UNASSIGNED = "unassigned";

    public ClientQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        therapist = therapist == null || therapist.isBlank() ? null : therapist.strip();
        page = Math.max(1, page);
        size = Math.max(1, Math.min(size, 100));
    }
}
