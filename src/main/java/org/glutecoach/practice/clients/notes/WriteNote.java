package org.glutecoach.practice.clients.notes;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A note as the therapist writes it, all as text so nothing fails to bind: the notes module checks each field
 * and names every problem (ADR 20). SOAP: {@code subjective} is what the client says, {@code objective} what the
 * therapist found, then the {@code assessment} and the {@code plan}.
 *
 * @param sessionDate the day of the session, yyyy-MM-dd
 * @param consent {@code VERBAL} or {@code WRITTEN}, or empty while a draft
 * @param consentFor what the client agreed to
 */
public record WriteNote(
        @Nullable String sessionDate,
        @Nullable String subjective,
        @Nullable String objective,
        @Nullable String assessment,
        @Nullable String plan,
        @Nullable String treatment,
        @Nullable String consent,
        @Nullable String consentFor,
        @Nullable List<Area> areas) {

    public WriteNote {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** An area and side by their names, e.g. {@code GLUTES} and {@code LEFT}. */
    public record Area(@Nullable String area, @Nullable String side) {}
}
