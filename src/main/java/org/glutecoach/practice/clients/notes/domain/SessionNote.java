package org.glutecoach.practice.clients.notes.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glutecoach.practice.clients.notes.BodyArea;
import org.glutecoach.practice.clients.notes.NotTheAuthor;
import org.glutecoach.practice.clients.notes.NoteAlreadySigned;
import org.glutecoach.practice.clients.notes.NoteNotSigned;
import org.glutecoach.practice.clients.notes.NoteStatus;
import org.glutecoach.practice.clients.notes.TreatedArea;
import org.glutecoach.practice.clients.notes.TreatedSide;
import org.glutecoach.practice.clients.notes.TreatmentConsent;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One session's note about one client. A draft its writer may change and sign; once signed, nothing in it
 * changes again (every change method refuses, and {@link SignedNotesStayUnchanged} refuses to save over a signed
 * row), and corrections are {@link Amendment}s beneath it.
 */
@Table("practice_session_notes")
public class SessionNote {

    private final @Id UUID id;
    private final UUID clientId;
    private final UUID writtenBy;
    private LocalDate sessionDate;
    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private String treatment;
    private @Nullable TreatmentConsent consent;
    private String consentFor;
    /** The areas treated, as {@code AREA:SIDE} joined by commas (a few words from fixed lists). */
    private String areas;

    private final Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant signedAt;
    private @Version @Nullable Long version;

    @PersistenceCreator
    SessionNote(
            UUID id,
            UUID clientId,
            UUID writtenBy,
            LocalDate sessionDate,
            String subjective,
            String objective,
            String assessment,
            String plan,
            String treatment,
            @Nullable TreatmentConsent consent,
            String consentFor,
            String areas,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant signedAt,
            @Nullable Long version) {
        this.id = id;
        this.clientId = clientId;
        this.writtenBy = writtenBy;
        this.sessionDate = sessionDate;
        this.subjective = subjective;
        this.objective = objective;
        this.assessment = assessment;
        this.plan = plan;
        this.treatment = treatment;
        this.consent = consent;
        this.consentFor = consentFor;
        this.areas = areas;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.signedAt = signedAt;
        this.version = version;
    }

    /** A new draft by {@code writer} about the client. */
    public static SessionNote draft(UUID clientId, UUID writer, NoteContent content, Clock clock) {
        var now = clock.instant();
        var note = new SessionNote(
                UUID.randomUUID(),
                clientId,
                writer,
                content.sessionDate(),
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                "",
                now,
                now,
                null,
                null);
        note.write(content);
        return note;
    }

    /**
     * The writer changes their draft; the content replaces what it said, in full.
     *
     * @throws NoteAlreadySigned once the note is signed
     * @throws NotTheAuthor if someone else tries
     */
    public void revise(UUID by, NoteContent content, Clock clock) {
        checkDraftOf(by);
        write(content);
        updatedAt = clock.instant();
    }

    /**
     * The writer signs the note: from now on it is part of the clinical record and never changes.
     *
     * @throws NoteAlreadySigned if it was signed before
     * @throws NotTheAuthor if someone else tries
     * @throws org.glutecoach.practice.clients.notes.InvalidNote naming what a signed record needs and this one lacks
     */
    public void sign(UUID by, Clock clock) {
        checkDraftOf(by);
        content().checkComplete();
        signedAt = clock.instant();
        updatedAt = signedAt;
    }

    /**
     * A correction beneath the signed note, numbered after the ones before it.
     *
     * @param before how many amendments the note has already
     * @throws NoteNotSigned on a draft, which is simply edited instead
     */
    public Amendment amend(UUID by, String text, int before, Clock clock) {
        if (signedAt == null) {
            throw new NoteNotSigned();
        }
        return Amendment.of(id, before + 1, by, text, clock);
    }

    /** A draft left unsigned for longer than {@code age}: the record should be finished while memory is fresh. */
    public boolean staleDraft(Duration age, Clock clock) {
        return signedAt == null && createdAt.plus(age).isBefore(clock.instant());
    }

    private void checkDraftOf(UUID by) {
        if (signedAt != null) {
            throw new NoteAlreadySigned();
        }
        if (!writtenBy.equals(by)) {
            throw new NotTheAuthor();
        }
    }

    private void write(NoteContent content) {
        sessionDate = content.sessionDate();
        subjective = content.subjective();
        objective = content.objective();
        assessment = content.assessment();
        plan = content.plan();
        treatment = content.treatment();
        consent = content.consent();
        consentFor = content.consentFor();
        areas = content.areas().stream()
                .map(area -> area.area().name() + ":" + area.side().name())
                .collect(Collectors.joining(","));
    }

    public NoteContent content() {
        return new NoteContent(
                sessionDate, subjective, objective, assessment, plan, treatment, consent, consentFor, treatedAreas());
    }

    private List<TreatedArea> treatedAreas() {
        return Arrays.stream(areas.split(","))
                .filter(pair -> !pair.isBlank())
                .map(pair -> pair.split(":", 2))
                .map(pair -> new TreatedArea(BodyArea.valueOf(pair[0]), TreatedSide.valueOf(pair[1])))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID writtenBy() {
        return writtenBy;
    }

    public NoteStatus status() {
        return signedAt == null ? NoteStatus.DRAFT : NoteStatus.SIGNED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant signedAt() {
        return signedAt;
    }

    public boolean isNew() {
        return version == null;
    }
}
