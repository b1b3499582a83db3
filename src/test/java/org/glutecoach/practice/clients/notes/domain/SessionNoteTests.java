package org.glutecoach.practice.clients.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glutecoach.practice.clients.notes.domain.NoteFixtures.CLOCK;
import static org.glutecoach.practice.clients.notes.domain.NoteFixtures.THERAPIST;
import static org.glutecoach.practice.clients.notes.domain.NoteFixtures.TODAY;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.glutecoach.practice.clients.notes.InvalidNote;
import org.glutecoach.practice.clients.notes.NotTheAuthor;
import org.glutecoach.practice.clients.notes.NoteAlreadySigned;
import org.glutecoach.practice.clients.notes.NoteNotSigned;
import org.glutecoach.practice.clients.notes.NoteStatus;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.junit.jupiter.api.Test;

class SessionNoteTests {

    @Test
    void aDraftChangesUntilItsWriterSignsIt() {
        var note = NoteFixtures.aDraft();
        var changed = withPlan(NoteFixtures.aCompleteNote(), "Three sessions.");

        note.revise(THERAPIST, NoteContent.of(changed, TODAY), CLOCK);
        note.sign(THERAPIST, CLOCK);

        assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(note.content().plan()).isEqualTo("Three sessions.");
        assertThat(note.signedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void signedNotesNeverChange() {
        var random = new Random(18);
        for (int i = 0; i < 200; i++) {
            var note = NoteFixtures.aSignedNote();
            var before = note.content();
            var signedAt = note.signedAt();
            var attempt = withPlan(NoteFixtures.aCompleteNote(), "plan " + random.nextInt());
            var later = Clock.offset(CLOCK, Duration.ofMinutes(random.nextInt(100_000)));

            switch (random.nextInt(3)) {
                case 0 ->
                    assertThatThrownBy(() -> note.revise(THERAPIST, NoteContent.of(attempt, TODAY), later))
                            .isInstanceOf(NoteAlreadySigned.class);
                case 1 -> assertThatThrownBy(() -> note.sign(THERAPIST, later)).isInstanceOf(NoteAlreadySigned.class);
                default ->
                    assertThatThrownBy(() -> note.revise(UUID.randomUUID(), NoteContent.of(attempt, TODAY), later))
                            .isInstanceOf(NoteAlreadySigned.class);
            }

            assertThat(note.content()).isEqualTo(before);
            assertThat(note.signedAt()).isEqualTo(signedAt);
        }
    }

    @Test
    void onlyTheWriterChangesOrSignsTheirDraft() {
        var note = NoteFixtures.aDraft();
        var someoneElse = UUID.randomUUID();

        assertThatThrownBy(() -> note.sign(someoneElse, CLOCK)).isInstanceOf(NotTheAuthor.class);
        assertThatThrownBy(() -> note.revise(someoneElse, NoteContent.of(NoteFixtures.aCompleteNote(), TODAY), CLOCK))
                .isInstanceOf(NotTheAuthor.class);
        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void aNoteIsSignedOnlyWhenTheRecordIsWhole() {
        var empty = new WriteNote("2026-03-01", "", "said", " ", "", "", null, "", List.of());
        var note = SessionNote.draft(UUID.randomUUID(), THERAPIST, NoteContent.of(empty, TODAY), CLOCK);

        assertThatThrownBy(() -> note.sign(THERAPIST, CLOCK))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsOnlyKeys(
                                        "subjective", "assessment", "plan", "treatment", "consent", "consentFor"));
        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void amendmentsGoOnlyBeneathASignedNoteAndKeepTheirOrder() {
        assertThatThrownBy(() -> NoteFixtures.aDraft().amend(THERAPIST, "typo", 0, CLOCK))
                .isInstanceOf(NoteNotSigned.class);

        var note = NoteFixtures.aSignedNote();
        var trail = new ArrayList<Amendment>();
        for (int i = 0; i < 5; i++) {
            // All in the same clock tick: the order comes from the position, not the time.
            trail.add(note.amend(UUID.randomUUID(), "correction " + i, trail.size(), CLOCK));
        }

        assertThat(trail).extracting(Amendment::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(trail)
                .extracting(Amendment::text)
                .containsExactly("correction 0", "correction 1", "correction 2", "correction 3", "correction 4");
        assertThat(trail).allMatch(amendment -> amendment.noteId().equals(note.id()));
    }

    @Test
    void anAmendmentSaysSomething() {
        var note = NoteFixtures.aSignedNote();

        assertThatThrownBy(() -> note.amend(THERAPIST, "   ", 0, CLOCK))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("text", "notes.error.amendment.required"));
        assertThatThrownBy(() -> note.amend(THERAPIST, "Right side\u0000", 0, CLOCK))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid ->
                                assertThat(invalid.messageKeysByField()).containsEntry("text", "notes.error.control"));
        assertThat(note.amend(THERAPIST, "Right side,\r\n\tnot left", 0, CLOCK).text())
                .isEqualTo("Right side,\n\tnot left");
    }

    @Test
    void aDraftIsStaleAfterADayAndASignedNoteNever() {
        var later = Clock.offset(CLOCK, Duration.ofHours(25));

        assertThat(NoteFixtures.aDraft().staleDraft(Duration.ofHours(24), later))
                .isTrue();
        assertThat(NoteFixtures.aDraft().staleDraft(Duration.ofHours(24), CLOCK))
                .isFalse();
        assertThat(NoteFixtures.aSignedNote().staleDraft(Duration.ofHours(24), later))
                .isFalse();
    }

    @Test
    void theAreasTreatedComeBackWithTheirSides() {
        assertThat(NoteFixtures.aDraft().content().areas())
                .extracting(area -> area.area() + ":" + area.side())
                .containsExactly("GLUTES:LEFT", "LOWER_BACK:MIDDLE");
    }

    private static WriteNote withPlan(WriteNote note, String plan) {
        return new WriteNote(
                note.sessionDate(),
                note.subjective(),
                note.objective(),
                note.assessment(),
                plan,
                note.treatment(),
                note.consent(),
                note.consentFor(),
                note.areas());
    }
}
