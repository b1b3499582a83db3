package org.glutecoach.practice.clients.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.ClientView;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.practice.clients.domain.Clients;
import org.glutecoach.practice.clients.notes.domain.Amendment;
import org.glutecoach.practice.clients.notes.domain.Amendments;
import org.glutecoach.practice.clients.notes.domain.NoteContent;
import org.glutecoach.practice.clients.notes.domain.SessionNote;
import org.glutecoach.practice.clients.notes.domain.SessionNotes;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's session notes, for the staff who may see the client ({@link ClientsService#visibleClient}): anyone
 * else, and any note not of that client, is "not found". Drafts are their writer's to change and sign; signed
 * notes only take amendments.
 */
@Service
@Transactional
public class NotesService {

    /** A draft older than this is listed on its writer's dashboard. */
    static final Duration STALE_DRAFT = Duration.ofHours(24);

    private final SessionNotes notes;
    private final Amendments amendments;
    private final NoteTemplatesService templates;
    private final ClientsService clients;
    private final Clients clientRecords;
    private final IdentityService identity;
    private final Clock clock;

    NotesService(
            SessionNotes notes,
            Amendments amendments,
            NoteTemplatesService templates,
            ClientsService clients,
            Clients clientRecords,
            IdentityService identity,
            Clock clock) {
        this.notes = notes;
        this.amendments = amendments;
        this.templates = templates;
        this.clients = clients;
        this.clientRecords = clientRecords;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * The client, if the caller may see them.
     *
     * @throws ClientNotFound otherwise
     */
    @Transactional(readOnly = true)
    public ClientView client(ClientId clientId, AccountId viewer) {
        return clients.visibleClient(clientId, viewer).orElseThrow(ClientNotFound::new);
    }

    /** The client's notes, the latest session first, each with its amendments in order. */
    @Transactional(readOnly = true)
    public List<NoteView> timeline(ClientId clientId, AccountId viewer) {
        client(clientId, viewer);
        return views(notes.findByClientIdOrderBySessionDateDescCreatedAtDesc(clientId.value()));
    }

    /** @throws ClientNotFound if the caller may not see the client, or the note is not the client's */
    @Transactional(readOnly = true)
    public NoteView note(ClientId clientId, NoteId noteId, AccountId viewer) {
        return views(List.of(find(clientId, noteId, viewer))).get(0);
    }

    /**
     * A new draft by the caller.
     *
     * @throws InvalidNote naming every bad field; nothing is stored
     */
    public NoteView write(ClientId clientId, AccountId writer, WriteNote note) {
        client(clientId, writer);
        var draft = SessionNote.draft(clientId.value(), writer.value(), NoteContent.of(note, today()), clock);
        return views(List.of(notes.save(draft))).get(0);
    }

    /**
     * The writer changes their draft.
     *
     * @throws NoteAlreadySigned if the note is signed
     * @throws NotTheAuthor if the caller did not write it
     * @throws InvalidNote naming every bad field; nothing is changed
     */
    public NoteView revise(ClientId clientId, NoteId noteId, AccountId writer, WriteNote note) {
        var draft = find(clientId, noteId, writer);
        draft.revise(writer.value(), NoteContent.of(note, today()), clock);
        return views(List.of(notes.save(draft))).get(0);
    }

    /**
     * The writer signs their draft; the session counts as contact with the client.
     *
     * @throws NoteAlreadySigned if it was signed before
     * @throws InvalidNote naming what a signed note needs and this one lacks
     */
    public NoteView sign(ClientId clientId, NoteId noteId, AccountId writer) {
        var note = find(clientId, noteId, writer);
        note.sign(writer.value(), clock);
        var signed = notes.save(note);
        clientRecords.findById(clientId.value()).ifPresent(client -> {
            client.seenOn(signed.content().sessionDate());
            clientRecords.save(client);
        });
        return views(List.of(signed)).get(0);
    }

    /**
     * A correction beneath a signed note, by any staff member who may see the client.
     *
     * @throws NoteNotSigned on a draft
     * @throws InvalidNote if the text is empty or too long
     */
    public NoteView amend(ClientId clientId, NoteId noteId, AccountId by, String text) {
        var note = find(clientId, noteId, by);
        amendments.save(note.amend(by.value(), text, amendments.countByNoteId(note.id()), clock));
        return views(List.of(note)).get(0);
    }

    /** The caller's own drafts left unsigned for more than a day, oldest first, of clients they still see. */
    @Transactional(readOnly = true)
    public List<StaleDraftView> staleDrafts(AccountId writer) {
        var stale = new ArrayList<StaleDraftView>();
        for (var draft : notes.findBySignedAtIsNullAndWrittenByAndCreatedAtBeforeOrderByCreatedAt(
                writer.value(), clock.instant().minus(STALE_DRAFT))) {
            clients.visibleClient(new ClientId(draft.clientId()), writer)
                    .ifPresent(client -> stale.add(new StaleDraftView(
                            client.id(),
                            client.calledBy(),
                            new NoteId(draft.id()),
                            draft.content().sessionDate(),
                            draft.createdAt())));
        }
        return stale;
    }

    /** The practice's templates a note can start from, in the owner's wording. */
    @Transactional(readOnly = true)
    public List<NoteTemplateView> templates() {
        return templates.all();
    }

    @Transactional(readOnly = true)
    public Optional<NoteTemplateView> template(String key) {
        return templates.named(key);
    }

    /** The client's notes with amendments, for the subject access request (the caller checked access). */
    List<NoteView> allNotes(ClientId clientId) {
        return views(notes.findByClientIdOrderBySessionDateDescCreatedAtDesc(clientId.value()));
    }

    private SessionNote find(ClientId clientId, NoteId noteId, AccountId viewer) {
        client(clientId, viewer);
        return notes.findByIdAndClientId(noteId.value(), clientId.value()).orElseThrow(ClientNotFound::new);
    }

    private List<NoteView> views(List<SessionNote> found) {
        var trail = amendments
                .findByNoteIdInOrderByPosition(
                        found.stream().map(SessionNote::id).toList())
                .stream()
                .collect(Collectors.groupingBy(Amendment::noteId));
        var people = new ArrayList<AccountId>();
        found.forEach(note -> people.add(new AccountId(note.writtenBy())));
        trail.values().forEach(list -> list.forEach(a -> people.add(new AccountId(a.amendedBy()))));
        var names = identity.namesOf(people);
        return found.stream()
                .map(note -> view(note, trail.getOrDefault(note.id(), List.of()), names))
                .toList();
    }

    private static NoteView view(SessionNote note, Collection<Amendment> trail, Map<AccountId, String> names) {
        var content = note.content();
        var writer = new AccountId(note.writtenBy());
        return new NoteView(
                new NoteId(note.id()),
                new ClientId(note.clientId()),
                content.sessionDate(),
                note.status(),
                content.subjective(),
                content.objective(),
                content.assessment(),
                content.plan(),
                content.treatment(),
                content.consent(),
                content.consentFor(),
                content.areas(),
                writer,
                nameOf(writer, names),
                note.createdAt(),
                note.updatedAt(),
                note.signedAt(),
                trail.stream()
                        .map(a -> new AmendmentView(
                                a.position(),
                                a.text(),
                                new AccountId(a.amendedBy()),
                                nameOf(new AccountId(a.amendedBy()), names),
                                a.amendedAt()))
                        .toList());
    }

    /** Empty for a writer whose account has gone (a therapist who left); pages then say so in words. */
    private static String nameOf(AccountId id, Map<AccountId, String> names) {
        return names.getOrDefault(id, "");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DefaultTimeZone.ZONE));
    }
}
