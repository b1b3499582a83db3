package org.glutecoach.practice.clients.notes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.practice.clients.notes.NoteView;
import org.glutecoach.practice.clients.notes.NotesService;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client's session notes for the staff who may see the client: list, write, change a draft, sign, amend. */
@RestController
@RequestMapping("/api/v1/practice/clients/{id}/notes")
@Tag(name = "Session notes", description = "The practice's clinical notes of a client, signed and amended.")
class NotesApiController {

    private final NotesService notes;

    NotesApiController(NotesService notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(
            summary = "The client's notes, latest session first, each with its amendments in order",
            description = "404 unless the caller may see the client (the owner sees all, a therapist their own).")
    List<NoteView> list(@CurrentAccount AccountView me, @PathVariable String id) {
        return notes.timeline(Ids.client(id), me.id());
    }

    @PostMapping
    @Operation(
            summary = "Write a new draft note",
            description = "201 with a Location. sessionDate (yyyy-MM-dd, not later than today) is required; the "
                    + "SOAP sections, treatment and consentFor are text up to 10,000 (consentFor 500) characters; "
                    + "consent is VERBAL or WRITTEN; areas are {area, side} pairs. Bad fields: 400 with errors.")
    ResponseEntity<NoteView> write(
            @CurrentAccount AccountView me, @PathVariable String id, @RequestBody WriteNote request) {
        var note = notes.write(Ids.client(id), me.id(), request);
        return ResponseEntity.created(URI.create("/api/v1/practice/clients/" + id + "/notes/" + note.id()))
                .body(note);
    }

    @PutMapping("/{noteId}")
    @Operation(
            summary = "Replace a draft note in full (its writer only)",
            description = "A signed note never changes: 409 of type /problems/note-signed; another writer's draft: "
                    + "403. Bad fields: 400 with errors.")
    NoteView revise(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @PathVariable String noteId,
            @RequestBody WriteNote request) {
        return notes.revise(Ids.client(id), Ids.note(noteId), me.id(), request);
    }

    @PostMapping("/{noteId}/sign")
    @Operation(
            summary = "Sign a draft note (its writer only); from then on it never changes",
            description = "Needs all four SOAP sections, the treatment, the consent and what it was for: 400 naming "
                    + "each missing field. Signed already: 409.")
    NoteView sign(@CurrentAccount AccountView me, @PathVariable String id, @PathVariable String noteId) {
        return notes.sign(Ids.client(id), Ids.note(noteId), me.id());
    }

    @PostMapping("/{noteId}/amendments")
    @Operation(
            summary = "Add an amendment beneath a signed note",
            description = "201 with the note and its amendments in order. A draft is edited instead: 409 of type "
                    + "/problems/note-not-signed. Empty or too long text: 400.")
    ResponseEntity<NoteView> amend(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @PathVariable String noteId,
            @RequestBody AmendmentRequest request) {
        var note = notes.amend(Ids.client(id), Ids.note(noteId), me.id(), request.written());
        return ResponseEntity.created(URI.create("/api/v1/practice/clients/" + id + "/notes/" + noteId))
                .body(note);
    }
}
