package org.glutecoach.practice.clients.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.notes.ClinicalRecords;
import org.glutecoach.practice.clients.notes.NotesService;
import org.glutecoach.practice.clients.notes.SubjectAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The record keeping around the notes: the therapist's drafts left unsigned, the owner's list of records due for
 * erasure, and the owner's subject access downloads (JSON and PDF, one click each).
 */
@Controller
class RecordsPages {

    private final NotesService notes;
    private final ClinicalRecords records;
    private final SubjectAccess access;
    private final SubjectAccessReport report;

    RecordsPages(NotesService notes, ClinicalRecords records, SubjectAccess access, SubjectAccessReport report) {
        this.notes = notes;
        this.records = records;
        this.access = access;
        this.report = report;
    }

    @GetMapping("/practice/drafts")
    String drafts(@CurrentAccount AccountView me, Model model) {
        model.addAttribute("staleDrafts", notes.staleDrafts(me.id()));
        return "practice/notes/drafts";
    }

    @GetMapping("/practice/records")
    String dueForErasure(Model model) {
        model.addAttribute("due", records.dueSoon())
                .addAttribute("years", records.settings().years())
                .addAttribute("days", records.settings().dueSoonDays());
        return "practice/notes/records";
    }

    @GetMapping("/practice/clients/{id}/subject-access.json")
    ResponseEntity<String> json(@CurrentAccount AccountView me, @PathVariable String id) {
        return report.json(access.answer(Ids.client(id), me.id(), "json"));
    }

    @GetMapping("/practice/clients/{id}/subject-access.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@CurrentAccount AccountView me, @PathVariable String id) {
        return report.pdf(access.answer(Ids.client(id), me.id(), "pdf"));
    }

    @ExceptionHandler
    void notFound(ClientNotFound notFound, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
