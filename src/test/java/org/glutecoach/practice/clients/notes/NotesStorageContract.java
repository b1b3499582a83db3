package org.glutecoach.practice.clients.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.practice.clients.notes.domain.NoteContent;
import org.glutecoach.practice.clients.notes.domain.SessionNotes;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notes' tables on a real database: a signed note cannot be saved over even from a copy read before it was
 * signed, amendments come back in order, retention erases a whole record past its period and nothing else, and the
 * owner's note templates keep their full text.
 * Runs on H2 and on PostgreSQL.
 */
abstract class NotesStorageContract {

    @Autowired
    NotesService notes;

    @Autowired
    ClinicalRecords records;

    @Autowired
    NoteTemplatesService templates;

    @Autowired
    SessionNotes stored;

    @Autowired
    ClientsService clients;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    static WriteNote aNote(String sessionDate) {
        return new WriteNote(
                sessionDate,
                "Sore right buttock after a long drive.",
                "Tight right piriformis; straight-leg raise normal.",
                "Muscular; no red flags.",
                "Stretches daily, review in two weeks.",
                "Soft-tissue release, 30 minutes.",
                "WRITTEN",
                "Massage of the buttocks",
                List.of(new WriteNote.Area("GLUTES", "RIGHT")));
    }

    @Test
    void aSignedNoteCannotBeSavedOverEvenFromACopyReadBeforeItWasSigned() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var client = clients.addClient(therapist.id(), walkIn());
        var draft = notes.write(
                client.id(), therapist.id(), aNote(LocalDate.now().minusDays(1).toString()));
        var copyReadBefore = stored.findById(draft.id().value()).orElseThrow();

        notes.sign(client.id(), draft.id(), therapist.id());

        assertThatThrownBy(() -> stored.save(copyReadBefore))
                .satisfies(thrown -> assertThat(causes(thrown)).anyMatch(NoteAlreadySigned.class::isInstance));
        assertThat(notes.note(client.id(), draft.id(), therapist.id()).signed()).isTrue();
    }

    @Test
    void amendmentsComeBackInTheOrderTheyWereAdded() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        // The database may be shared with tests that made its owner without this fixture (PostgreSQL's is).
        var owner = identity.therapists().stream()
                .filter(AccountView::practiceOwner)
                .findFirst()
                .orElseGet(() -> PracticeOwner.of(identity, jdbc).account());
        var client = clients.addClient(therapist.id(), walkIn());
        var note =
                notes.write(client.id(), therapist.id(), aNote(LocalDate.now().toString()));
        notes.sign(client.id(), note.id(), therapist.id());

        for (int i = 1; i <= 4; i++) {
            notes.amend(client.id(), note.id(), i % 2 == 0 ? owner.id() : therapist.id(), "correction " + i);
        }

        assertThat(notes.note(client.id(), note.id(), therapist.id()).amendments())
                .extracting(AmendmentView::position, AmendmentView::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "correction 1"),
                        org.assertj.core.groups.Tuple.tuple(2, "correction 2"),
                        org.assertj.core.groups.Tuple.tuple(3, "correction 3"),
                        org.assertj.core.groups.Tuple.tuple(4, "correction 4"));
    }

    @Test
    void retentionErasesAWholeRecordPastItsPeriodAndKeepsTheRest() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var today = LocalDate.now(org.glutecoach.shared.DefaultTimeZone.ZONE);
        var expired = recordLastSeen(therapist, today.minusYears(8).minusDays(2));
        var lastDay = recordLastSeen(therapist, today.minusYears(8));
        var recent = recordLastSeen(therapist, today.minusYears(3));
        var soon = recordLastSeen(therapist, today.minusYears(8).plusDays(30));
        // Linked to a person who still has their account: their relationship with the practice is live.
        var linked = recordLastSeen(therapist, today.minusYears(9));
        jdbc.sql("UPDATE practice_clients SET account_id = ? WHERE id = ?")
                .params(
                        org.glutecoach.support.AccountFixtures.aPerson(identity)
                                .id()
                                .value(),
                        linked)
                .update();

        records.eraseDue();

        assertThat(rows("practice_clients", "id", expired)).isZero();
        assertThat(rows("practice_session_notes", "client_id", expired)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_note_amendments a JOIN practice_session_notes n "
                                + "ON a.note_id = n.id WHERE n.client_id = ?")
                        .param(expired)
                        .query(Long.class)
                        .single())
                .isZero();
        for (var kept : List.of(lastDay, recent, soon, linked)) {
            assertThat(rows("practice_clients", "id", kept)).isOne();
            assertThat(rows("practice_session_notes", "client_id", kept)).isOne();
        }
        assertThat(records.dueSoon())
                .extracting(due -> due.clientId().value())
                .contains(soon)
                .doesNotContain(recent);
    }

    /** A client with one signed, amended note of a session on {@code day}, added to the practice that day. */
    private UUID recordLastSeen(org.glutecoach.identity.AccountView therapist, LocalDate day) {
        var client = clients.addClient(therapist.id(), walkIn());
        var note = notes.write(client.id(), therapist.id(), aNote(day.toString()));
        notes.sign(client.id(), note.id(), therapist.id());
        notes.amend(client.id(), note.id(), therapist.id(), "A later correction.");
        jdbc.sql("UPDATE practice_clients SET created_at = ? WHERE id = ?")
                .params(
                        day.atStartOfDay(org.glutecoach.shared.DefaultTimeZone.ZONE)
                                .toOffsetDateTime(),
                        client.id().value())
                .update();
        return client.id().value();
    }

    private long rows(String table, String column, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    @Test
    void theOwnersTemplatesAreKeptInFullAndUsedForNewNotes() {
        var owner = owner();
        var long10k = "Ça va? Where does it ache, ünd since when?\n".repeat(300).substring(0, NoteContent.MAX_SECTION);
        try {
            templates.change(owner.id(), "discharge", new EditTemplate(null, long10k, "", "", "Plan:", ""));
            var own = templates.add(owner.id(), new EditTemplate("Pregnancy massage", "Weeks:", "", "", "", "x"));

            assertThat(notes.template("discharge").orElseThrow())
                    .satisfies(discharge -> assertThat(discharge.subjective()).isEqualTo(long10k))
                    .satisfies(discharge -> assertThat(discharge.reworded()).isTrue())
                    .satisfies(discharge -> assertThat(discharge.plan()).isEqualTo("Plan:"));
            assertThat(notes.templates())
                    .extracting(NoteTemplateView::key)
                    .containsSubsequence("first-visit", "follow-up", "discharge", own.key());
            templates.change(owner.id(), own.key(), new EditTemplate("Antenatal massage", "Weeks:", "", "", "", ""));
            assertThat(notes.template(own.key()).orElseThrow().name()).isEqualTo("Antenatal massage");

            templates.reset(owner.id(), "discharge");
            templates.remove(owner.id(), own.key());
            assertThat(notes.template("discharge").orElseThrow().reworded()).isFalse();
            assertThat(notes.template(own.key())).isEmpty();
            assertThat(templateRows()).isZero();
        } finally {
            jdbc.sql("DELETE FROM practice_note_templates").update();
        }
    }

    @Test
    void onlyTheOwnerChangesTemplatesAndTheOwnHaveACap() {
        var owner = owner();
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var mine = new EditTemplate("Mine", "Mine", "", "", "", "");
        try {
            assertThatThrownBy(() -> templates.add(therapist.id(), mine))
                    .isInstanceOf(org.glutecoach.practice.clients.OwnerOnly.class);
            assertThatThrownBy(() -> templates.change(therapist.id(), "first-visit", mine))
                    .isInstanceOf(org.glutecoach.practice.clients.OwnerOnly.class);
            assertThat(templateRows()).isZero();

            for (int i = 0; i < NoteTemplatesService.MAX_OWN; i++) {
                templates.add(owner.id(), new EditTemplate("Template " + i, "", "", "", "", ""));
            }
            assertThatThrownBy(() -> templates.add(owner.id(), mine))
                    .isInstanceOfSatisfying(
                            InvalidTemplate.class,
                            invalid -> assertThat(invalid.messageKeysByField())
                                    .containsEntry("name", "notes.templates.error.too-many"));
            assertThat(templateRows()).isEqualTo(NoteTemplatesService.MAX_OWN);
        } finally {
            jdbc.sql("DELETE FROM practice_note_templates").update();
        }
    }

    /** PostgreSQL refuses NUL in text: the rules refuse it first, beside the field, so no save fails half-way. */
    @Test
    void hostileTextIsAFieldErrorAndMarkupOrEmojiAreKeptAsWritten() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var nul = new ClientDetails(
                "Alex\u0000Morgan",
                null,
                LocalDate.parse("1975-09-14"),
                AccountFixtures.uniqueEmail(),
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> clients.addClient(therapist.id(), nul))
                .isInstanceOf(org.glutecoach.practice.clients.InvalidClientDetails.class);
        var client = clients.addClient(therapist.id(), walkIn());
        var today = LocalDate.now(org.glutecoach.shared.DefaultTimeZone.ZONE).toString();
        var before = rows("practice_session_notes", "client_id", client.id().value());

        var withNul = new WriteNote(today, "Sore\u0000", "", "", "", "", null, "", List.of());
        assertThatThrownBy(() -> notes.write(client.id(), therapist.id(), withNul))
                .isInstanceOfSatisfying(
                        InvalidNote.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("subjective", "notes.error.control"));
        assertThat(rows("practice_session_notes", "client_id", client.id().value()))
                .isEqualTo(before);

        var markup = "<script>alert('x')</script> ' OR 1=1 -- 🙂 Ünïcödé";
        var note = notes.write(
                client.id(), therapist.id(), new WriteNote(today, markup, "", "", "", "", null, "", List.of()));
        assertThat(notes.note(client.id(), note.id(), therapist.id()).subjective())
                .isEqualTo(markup);
        notes.sign(
                client.id(),
                notes.write(client.id(), therapist.id(), aNote(today)).id(),
                therapist.id());
        var signed = notes.timeline(client.id(), therapist.id()).stream()
                .filter(NoteView::signed)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> notes.amend(client.id(), signed.id(), therapist.id(), "Left\u0000"))
                .isInstanceOf(InvalidNote.class);
        assertThat(notes.note(client.id(), signed.id(), therapist.id()).amendments())
                .isEmpty();
    }

    private AccountView owner() {
        // The database may be shared with tests that made its owner without this fixture (PostgreSQL's is).
        return identity.therapists().stream()
                .filter(AccountView::practiceOwner)
                .findFirst()
                .orElseGet(() -> PracticeOwner.of(identity, jdbc).account());
    }

    private long templateRows() {
        return jdbc.sql("SELECT COUNT(*) FROM practice_note_templates")
                .query(Long.class)
                .single();
    }

    static ClientDetails walkIn() {
        return new ClientDetails(
                "Alex Morgan",
                null,
                LocalDate.parse("1975-09-14"),
                AccountFixtures.uniqueEmail(),
                null,
                null,
                null,
                null);
    }

    private static List<Throwable> causes(Throwable thrown) {
        var chain = new java.util.ArrayList<Throwable>();
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
