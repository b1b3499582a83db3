package org.glutecoach.tracker.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.glutecoach.shared.web.Downloads;
import org.glutecoach.tracker.SummaryView;
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

    /**
     * The report's styles, read from the jar once. They are put into the rendered page here rather than linked:
     * nothing is fetched while rendering, and templates themselves may hold no {@code style} element.
     */
    private static final String STYLES = stylesFromJar();

    private final ITemplateEngine templates;

    ProgressReport(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report as a file to save, never cached (it is health data). */
    ResponseEntity<byte[]> download(SummaryView summary, LocalDate madeOn) {
        var filename = "glute-coach-report-" + summary.from() + "-to-" + summary.to() + ".pdf";
        return Downloads.attachment(filename, MediaType.APPLICATION_PDF, pdf(summary, madeOn));
    }

    byte[] pdf(SummaryView summary, LocalDate madeOn) {
        var context = new Context(Locale.UK, Map.of("summary", summary, "charts", Chart.of(summary), "madeOn", madeOn));
        var xhtml =
                templates.process("tracker/report", context).replace("</head>", "<style>" + STYLES + "</style></head>");
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException writing) {
            // Only a byte array is written: this is a bug, not something a caller could handle.
            throw new UncheckedIOException(writing);
        }
        return out.toByteArray();
    }

    private static String stylesFromJar() {
        try (InputStream in = Objects.requireNonNull(
                ProgressReport.class.getResourceAsStream("/pdf/tracker-report.css"),
                "the report's stylesheet is in the jar")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException reading) {
            throw new UncheckedIOException(reading);
        }
    }
}
