package org.glutecoach.tracker.web;

import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.tracker.ChartRange;
import org.glutecoach.tracker.TrackerService;
import org.glutecoach.tracker.transfer.TrackerTransfers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The charts and findings for a chosen range, drawn on the server: they work without JavaScript. */
@Controller
class ChartPages {

    private final TrackerService tracker;
    private final TrackerTransfers transfers;
    private final ProgressReport report;

    ChartPages(TrackerService tracker, TrackerTransfers transfers, ProgressReport report) {
        this.tracker = tracker;
        this.transfers = transfers;
        this.report = report;
    }

    /** The progress report of the range the charts page shows, as PDF. */
    @GetMapping("/tracker/report.pdf")
    ResponseEntity<byte[]> report(
            @CurrentAccount AccountView me, @RequestParam(required = false) @Nullable String range) {
        var summary = tracker.summary(me.id(), ChartRange.ofCode(range));
        return report.download(me.id(), summary, tracker.personalDay(me.id()).today());
    }

    @GetMapping("/tracker/entries.csv")
    ResponseEntity<String> csv(@CurrentAccount AccountView me) {
        return CsvDownload.of(transfers.csv(me.id()));
    }

    @GetMapping("/tracker/charts")
    String charts(@CurrentAccount AccountView me, @RequestParam(required = false) @Nullable String range, Model model) {
        var chosen = ChartRange.ofCode(range);
        var summary = tracker.summary(me.id(), chosen);
        model.addAttribute("summary", summary)
                .addAttribute("findings", Findings.of(summary))
                .addAttribute("charts", tracker.charts(me.id(), summary))
                .addAttribute("range", chosen)
                .addAttribute("ranges", ChartRange.values());
        return "tracker/charts";
    }
}
