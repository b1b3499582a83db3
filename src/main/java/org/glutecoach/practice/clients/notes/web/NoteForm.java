package org.glutecoach.practice.clients.notes.web;

import java.util.List;
import org.glutecoach.practice.clients.notes.NoteTemplateView;
import org.glutecoach.practice.clients.notes.NoteView;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.jspecify.annotations.Nullable;

/**
 * The note form. Everything binds as text so no posted value fails to bind; the notes module checks each field.
 * {@code areas} are ticked boxes, each {@code AREA:SIDE}.
 */
record NoteForm(
        @Nullable String sessionDate,
        @Nullable String subjective,
        @Nullable String objective,
        @Nullable String assessment,
        @Nullable String plan,
        @Nullable String treatment,
        @Nullable String consent,
        @Nullable String consentFor,
        @Nullable List<String> areas) {

    NoteForm {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    static NoteForm startingFrom(@Nullable NoteTemplateView template, String today) {
        if (template == null) {
            return new NoteForm(today, "", "", "", "", "", null, "", List.of());
        }
        return new NoteForm(
                today,
                template.subjective(),
                template.objective(),
                template.assessment(),
                template.plan(),
                template.treatment(),
                null,
                "",
                List.of());
    }

    static NoteForm of(NoteView note) {
        return new NoteForm(
                note.sessionDate().toString(),
                note.subjective(),
                note.objective(),
                note.assessment(),
                note.plan(),
                note.treatment(),
                note.consent() == null ? null : note.consent().name(),
                note.consentFor(),
                note.areas().stream()
                        .map(area -> area.area().name() + ":" + area.side().name())
                        .toList());
    }

    WriteNote note() {
        var ticked = areas == null ? List.<String>of() : areas;
        return new WriteNote(
                sessionDate,
                subjective,
                objective,
                assessment,
                plan,
                treatment,
                consent,
                consentFor,
                ticked.stream()
                        .map(pair -> pair.split(":", 2))
                        .map(pair -> new WriteNote.Area(pair[0], pair.length > 1 ? pair[1] : null))
                        .toList());
    }

    /** Whether the box for this area and side ({@code AREA:SIDE}) is ticked. */
    public boolean has(String pair) {
        return areas != null && areas.contains(pair);
    }

    /** The form field a problem belongs beside: every area problem sits beside the one group of boxes. */
    static String fieldOf(String problemField) {
        return problemField.startsWith("areas") ? "areas" : problemField;
    }
}
