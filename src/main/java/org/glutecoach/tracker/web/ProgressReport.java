package org.glutecoach.tracker.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.web.Downloads;
import org.glutecoach.shared.web.PdfDocuments;
import org.glutecoach.tracker.SummaryView;
import org.glutecoach.tracker.TrackerService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The progress report as a PDF for the person to show a therapist or GP: the period, the findings, the charts (the
 * same SVG as the charts page, a point a week for a long period) and their numbers, a row a day or a week as the
 * charts are drawn, and the day it was made. Written to the person ("you"), as the charts page is. Rendered from an
 * XHTML template as a tagged PDF ({@link PdfDocuments}), so nothing is fetched at run time.
 */
@Component
class ProgressReport {

    /**
     * The report's styles, read from the jar once. They are put into the rendered page here rather than linked:
     * nothing is fetched while rendering, and templates themselves may hold no {@code style} element.
     */
    private static final String STYLES = PdfDocuments.stylesheet("tracker-report.css");

    private final ITemplateEngine templates;
    private final TrackerService tracker;

    ProgressReport(ITemplateEngine templates, TrackerService tracker) {
        this.templates = templates;
        this.tracker = tracker;
    }

    /** The report of this person's summary as a file to save, never cached (it is health data). */
    ResponseEntity<byte[]> download(AccountId who, SummaryView summary, LocalDate madeOn) {
        var filename = "glute-coach-report-" + summary.from() + "-to-" + summary.to() + ".pdf";
        return Downloads.attachment(filename, MediaType.APPLICATION_PDF, pdf(who, summary, madeOn));
    }

    byte[] pdf(AccountId who, SummaryView summary, LocalDate madeOn) {
        var context = new Context(
                Locale.UK,
                Map.of(
                        "summary",
                        summary,
                        "findings",
                        Findings.of(summary),
                        "charts",
                        tracker.charts(who, summary),
                        "madeOn",
                        madeOn));
        return PdfDocuments.render(templates.process("tracker/report", context), STYLES);
    }
}
