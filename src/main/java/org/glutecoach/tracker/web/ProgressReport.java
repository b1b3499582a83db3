package org.glutecoach.tracker.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.glutecoach.shared.web.Downloads;
import org.glutecoach.shared.web.PdfDocuments;
import org.glutecoach.tracker.SummaryView;
import org.glutecoach.tracker.TrackerChart;
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
    private static final String STYLES = PdfDocuments.stylesheet("tracker-report.css");

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
        var context = new Context(
                Locale.UK, Map.of("summary", summary, "charts", TrackerChart.of(summary), "madeOn", madeOn));
        return PdfDocuments.render(templates.process("tracker/report", context), STYLES);
    }
}
