package org.glutecoach.practice.clients.notes.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.glutecoach.practice.clients.notes.WriteNote;

/** Notes in named states, for the domain tests. */
final class NoteFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final UUID THERAPIST = UUID.randomUUID();

    private NoteFixtures() {}

    static WriteNote aCompleteNote() {
        return new WriteNote(
                "2026-03-02",
                "Ache in the left buttock after long meetings.",
                "Tender left gluteus medius; hip abduction weaker on the left.",
                "Soft-tissue tightness, no red flags.",
                "Two sessions, side-lying leg raises daily.",
                "Massage and trigger point release, 40 minutes.",
                "VERBAL",
                "Massage of the buttock and lower back",
                List.of(new WriteNote.Area("GLUTES", "LEFT"), new WriteNote.Area("LOWER_BACK", "MIDDLE")));
    }

    static SessionNote aDraft() {
        return SessionNote.draft(UUID.randomUUID(), THERAPIST, NoteContent.of(aCompleteNote(), TODAY), CLOCK);
    }

    static SessionNote aSignedNote() {
        var note = aDraft();
        note.sign(THERAPIST, CLOCK);
        return note;
    }
}
