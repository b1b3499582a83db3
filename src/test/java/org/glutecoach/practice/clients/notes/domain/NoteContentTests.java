package org.glutecoach.practice.clients.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glutecoach.practice.clients.notes.domain.NoteFixtures.TODAY;

import java.util.List;
import org.glutecoach.practice.clients.notes.InvalidNote;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.junit.jupiter.api.Test;

class NoteContentTests {

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var bad = new WriteNote(
                "2026-03-03",
                "x".repeat(NoteContent.MAX_SECTION + 1),
                "",
                "",
                "",
                "",
                "NODDED",
                "",
                List.of(new WriteNote.Area("ELBOW", "LEFT"), new WriteNote.Area("GLUTES", "UP")));

        assertThatThrownBy(() -> NoteContent.of(bad, TODAY))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsExactly(
                                        java.util.Map.entry("sessionDate", "notes.error.sessionDate.future"),
                                        java.util.Map.entry("subjective", "notes.error.subjective.too-long"),
                                        java.util.Map.entry("consent", "notes.error.consent.unknown"),
                                        java.util.Map.entry("areas[0].area", "notes.error.area.unknown"),
                                        java.util.Map.entry("areas[1].side", "notes.error.side.unknown")));
    }

    /** NUL and friends are refused beside their field (PostgreSQL would refuse NUL with a failure instead). */
    @Test
    void hiddenControlCharactersAreRefusedBesideTheirFieldWhileLinesAndTabsAreKept() {
        var hostile = new WriteNote(
                "2026-03-02",
                "Sore\u0000",
                "Tight\u001b[0m",
                "Line one\r\n\tindented",
                "Plan\u2029",
                "",
                null,
                "Massage\u0085",
                List.of());

        assertThatThrownBy(() -> NoteContent.of(hostile, TODAY))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsExactly(
                                        java.util.Map.entry("subjective", "notes.error.control"),
                                        java.util.Map.entry("objective", "notes.error.control"),
                                        java.util.Map.entry("plan", "notes.error.control"),
                                        java.util.Map.entry("consentFor", "notes.error.control")));
        var fine = new WriteNote("2026-03-02", "", "", "Line one\r\n\tindented", "", "", null, "", List.of());
        assertThat(NoteContent.of(fine, TODAY).assessment()).isEqualTo("Line one\n\tindented");
    }

    @Test
    void aSessionDateIsNeeded() {
        var noDate = new WriteNote(null, "", "", "", "", "", null, "", List.of());
        var notADate = new WriteNote("2 March", "", "", "", "", "", null, "", List.of());

        assertThatThrownBy(() -> NoteContent.of(noDate, TODAY))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("sessionDate", "notes.error.sessionDate.required"));
        assertThatThrownBy(() -> NoteContent.of(notADate, TODAY))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("sessionDate", "notes.error.sessionDate.format"));
    }

    @Test
    void aDraftMayLeaveSectionsEmpty() {
        var content =
                NoteContent.of(new WriteNote("2026-03-02", null, null, null, null, null, null, null, null), TODAY);

        assertThat(content.subjective()).isEmpty();
        assertThat(content.consent()).isNull();
        assertThat(content.areas()).isEmpty();
    }
}
