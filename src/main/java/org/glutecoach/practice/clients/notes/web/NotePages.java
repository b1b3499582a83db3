package org.glutecoach.practice.clients.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.notes.BodyArea;
import org.glutecoach.practice.clients.notes.InvalidNote;
import org.glutecoach.practice.clients.notes.NoteId;
import org.glutecoach.practice.clients.notes.NotesService;
import org.glutecoach.practice.clients.notes.TreatedSide;
import org.glutecoach.practice.clients.notes.TreatmentConsent;
import org.glutecoach.shared.DefaultTimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A client's notes as pages: the timeline (each note with its amendments beneath), a new note (from a template or
 * blank), editing and signing a draft, amending a signed note. Plain forms and links; no script needed.
 */
@Controller
@RequestMapping("/practice/clients/{id}/notes")
class NotePages {

    private static final String TIMELINE = "practice/notes/timeline";
    private static final String EDIT = "practice/notes/edit";

    private final NotesService notes;

    NotePages(NotesService notes) {
        this.notes = notes;
    }

    @GetMapping
    String timeline(@CurrentAccount AccountView me, @PathVariable String id, Model model) {
        return timelineOf(me, Ids.client(id), new AmendmentRequest(null), model);
    }

    @GetMapping("/new")
    String start(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String template,
            Model model) {
        var chosen = template == null ? null : notes.template(template).orElse(null);
        var today = LocalDate.now(DefaultTimeZone.ZONE).toString();
        return form(me, Ids.client(id), null, NoteForm.startingFrom(chosen, today), model);
    }

    @PostMapping
    String write(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @ModelAttribute("form") NoteForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            var note = notes.write(Ids.client(id), me.id(), form.note());
            return "redirect:/practice/clients/" + id + "/notes#note-" + note.id();
        } catch (InvalidNote invalid) {
            return rejected(me, Ids.client(id), null, form, invalid, errors, model, response);
        }
    }

    @GetMapping("/{noteId}/edit")
    String edit(@CurrentAccount AccountView me, @PathVariable String id, @PathVariable String noteId, Model model) {
        var note = notes.note(Ids.client(id), Ids.note(noteId), me.id());
        return form(me, Ids.client(id), note.id(), NoteForm.of(note), model);
    }

    @PostMapping("/{noteId}")
    String revise(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @PathVariable String noteId,
            @RequestParam(required = false) @Nullable String sign,
            @ModelAttribute("form") NoteForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            notes.revise(Ids.client(id), Ids.note(noteId), me.id(), form.note());
            if (sign != null) {
                notes.sign(Ids.client(id), Ids.note(noteId), me.id());
            }
            return "redirect:/practice/clients/" + id + "/notes#note-" + noteId;
        } catch (InvalidNote invalid) {
            return rejected(me, Ids.client(id), Ids.note(noteId), form, invalid, errors, model, response);
        }
    }

    @PostMapping("/{noteId}/amendments")
    String amend(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @PathVariable String noteId,
            @ModelAttribute("amendment") AmendmentRequest amendment,
            Model model,
            HttpServletResponse response) {
        try {
            notes.amend(Ids.client(id), Ids.note(noteId), me.id(), amendment.written());
            return "redirect:/practice/clients/" + id + "/notes#note-" + noteId;
        } catch (InvalidNote invalid) {
            response.setStatus(422);
            model.addAttribute("amendingNote", noteId)
                    .addAttribute("amendmentError", invalid.messageKeysByField().get("text"));
            return timelineOf(me, Ids.client(id), amendment, model);
        }
    }

    /** A client the caller may not see reads exactly like one that does not exist: the 404 page. */
    @ExceptionHandler
    void notFound(ClientNotFound notFound, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private String timelineOf(AccountView me, ClientId client, AmendmentRequest amendment, Model model) {
        model.addAttribute("client", notes.client(client, me.id()))
                .addAttribute("notes", notes.timeline(client, me.id()))
                .addAttribute("templates", notes.templates())
                .addAttribute("me", me.id())
                .addAttribute("owner", me.practiceOwner())
                .addAttribute("amendment", amendment);
        model.asMap().putIfAbsent("amendingNote", "");
        return TIMELINE;
    }

    private String rejected(
            AccountView me,
            ClientId client,
            @Nullable NoteId noteId,
            NoteForm form,
            InvalidNote invalid,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        invalid.messageKeysByField().forEach((field, key) -> errors.rejectValue(NoteForm.fieldOf(field), key));
        response.setStatus(422);
        return form(me, client, noteId, form, model);
    }

    private String form(AccountView me, ClientId client, @Nullable NoteId noteId, NoteForm form, Model model) {
        model.addAttribute("client", notes.client(client, me.id()))
                .addAttribute("noteId", noteId)
                .addAttribute("form", form)
                .addAttribute("areas", BodyArea.values())
                .addAttribute("sides", TreatedSide.values())
                .addAttribute("consents", TreatmentConsent.values());
        return EDIT;
    }
}
