package org.glutecoach.tracker.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.glutecoach.tracker.SummaryView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The progress report as a PDF for a therapist or GP: the period, the findings, the charts (the same SVG as the
 * charts page) and their numbers, and the day it was made. Rendered from an XHTML template with the PDF's own
 * fonts, so nothing is fetched at run time.
 */
@Component
class ProgressReport {

    /** The report's stylesheet; the template links to it by name, relative to this address inside the jar. */
    private static final URL STYLESHEET = Objects.requireNonNull(
            ProgressReport.class.getResource("/pdf/tracker-report.css"), "the report's stylesheet is in the jar");

    private final ITemplateEngine templates;

    ProgressReport(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report as a file to save, never cached (it is health data). */
    ResponseEntity<byte[]> download(SummaryView summary, LocalDate madeOn) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("glute-coach-report-" + summary.from() + "-to-" + summary.to() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf(summary, madeOn));
    }

    byte[] pdf(SummaryView summary, LocalDate madeOn) {
        var context = new Context(Locale.UK, Map.of("summary", summary, "charts", Chart.of(summary), "madeOn", madeOn));
        var xhtml = templates.process("tracker/report", context);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, STYLESHEET.toExternalForm());
            builder.toStream(out);
            builder.run();
        } catch (IOException writing) {
            // Only a byte array is written: this is a bug, not something a caller could handle.
            throw new UncheckedIOException(writing);
        }
        return out.toByteArray();
    }
}
