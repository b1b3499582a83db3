package org.glutecoach.practice.clients.notes.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.glutecoach.practice.clients.notes.SubjectAccessAnswer;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.shared.web.Downloads;
import org.glutecoach.shared.web.PdfDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject access answer as files to hand to the client: JSON, and a readable PDF rendered from an XHTML template
 * with the PDF's own fonts (as the tracker's report is), so nothing is fetched while rendering. Never cached.
 */
@Component
class SubjectAccessReport {

    private static final String STYLES = PdfDocuments.stylesheet("subject-access.css");

    private final ITemplateEngine templates;
    private final JsonMapper json;

    SubjectAccessReport(ITemplateEngine templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    ResponseEntity<String> json(SubjectAccessAnswer answer) {
        var body = json.writerWithDefaultPrettyPrinter().writeValueAsString(answer);
        return Downloads.attachment(name(answer, "json"), MediaType.APPLICATION_JSON, body);
    }

    ResponseEntity<byte[]> pdf(SubjectAccessAnswer answer) {
        return Downloads.attachment(name(answer, "pdf"), MediaType.APPLICATION_PDF, render(answer));
    }

    byte[] render(SubjectAccessAnswer answer) {
        var madeOn = LocalDate.ofInstant(answer.producedAt(), DefaultTimeZone.ZONE);
        var context =
                new Context(Locale.UK, Map.of("answer", answer, "madeOn", madeOn, "defaultZone", DefaultTimeZone.ZONE));
        return PdfDocuments.render(templates.process("practice/notes/subject-access", context), STYLES);
    }

    private static String name(SubjectAccessAnswer answer, String extension) {
        return "subject-access-" + answer.client().id() + "." + extension;
    }
}
