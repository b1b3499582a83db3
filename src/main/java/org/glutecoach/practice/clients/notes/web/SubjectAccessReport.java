package org.glutecoach.practice.clients.notes.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.glutecoach.practice.clients.notes.SubjectAccessAnswer;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    private static final String STYLES = stylesFromJar();

    private final ITemplateEngine templates;
    private final JsonMapper json;

    SubjectAccessReport(ITemplateEngine templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    ResponseEntity<String> json(SubjectAccessAnswer answer) {
        return download(MediaType.APPLICATION_JSON, name(answer, "json"))
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
    }

    ResponseEntity<byte[]> pdf(SubjectAccessAnswer answer) {
        return download(MediaType.APPLICATION_PDF, name(answer, "pdf")).body(render(answer));
    }

    byte[] render(SubjectAccessAnswer answer) {
        var madeOn = LocalDate.ofInstant(answer.producedAt(), DefaultTimeZone.ZONE);
        var context =
                new Context(Locale.UK, Map.of("answer", answer, "madeOn", madeOn, "defaultZone", DefaultTimeZone.ZONE));
        var xhtml = templates
                .process("practice/notes/subject-access", context)
                .replace("</head>", "<style>" + STYLES + "</style></head>");
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException writing) {
            // Only a byte array is written: this is a bug, not something a caller could handle.
            throw new UncheckedIOException(writing);
        }
        return out.toByteArray();
    }

    private static ResponseEntity.BodyBuilder download(MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String name(SubjectAccessAnswer answer, String extension) {
        return "subject-access-" + answer.client().id() + "." + extension;
    }

    private static String stylesFromJar() {
        try (InputStream in = Objects.requireNonNull(
                SubjectAccessReport.class.getResourceAsStream("/pdf/subject-access.css"),
                "the answer's stylesheet is in the jar")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException reading) {
            throw new UncheckedIOException(reading);
        }
    }
}
