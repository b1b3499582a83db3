package org.glutecoach.tracker.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.SummaryView;
import org.glutecoach.tracker.TrackerService;
import org.glutecoach.tracker.domain.Dates;
import org.glutecoach.tracker.transfer.TrackerTransfers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's daily log: list a range of days, read, create or replace, and delete one day. */
@RestController
@RequestMapping("/api/v1/tracker")
@Tag(name = "Tracker", description = "The daily log of sitting and soreness per side, and what it shows.")
class TrackerApiController {

    private final TrackerService tracker;
    private final TrackerTransfers transfers;
    private final ProgressReport report;

    TrackerApiController(TrackerService tracker, TrackerTransfers transfers, ProgressReport report) {
        this.tracker = tracker;
        this.transfers = transfers;
        this.report = report;
    }

    @GetMapping(value = "/entries.csv", produces = "text/csv")
    @Operation(
            summary = "Every day the caller logged, as CSV",
            description = "A header row with the API's field names; sitting habits joined by semicolons.")
    ResponseEntity<String> csv(@CurrentAccount AccountView me) {
        return CsvDownload.of(transfers.csv(me.id()));
    }

    @PostMapping(value = "/entries.csv", consumes = "text/csv")
    @Operation(
            summary = "Import days from a CSV in the export's shape, all or nothing",
            description = "Each day in the file replaces that day's entry; any past day is allowed. A bad row "
                    + "imports nothing: 400 with an errors list naming each line and field.")
    Map<String, Integer> importCsv(@CurrentAccount AccountView me, @RequestBody String csv) {
        return Map.of("imported", transfers.importCsv(me.id(), csv));
    }

    @GetMapping("/entries")
    @Operation(
            summary = "The caller's entries from one day to another, oldest first",
            description = "Both days are included, written yyyy-MM-dd; without them, the last 28 days up to the "
                    + "caller's today (in their time zone). A day with no entry is simply missing.")
    List<EntryView> list(
            @CurrentAccount AccountView me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var today = tracker.personalDay(me.id()).today();
        var last = to == null ? today : to;
        return tracker.entries(me.id(), from == null ? last.minusDays(27) : from, last);
    }

    @GetMapping("/summary")
    @Operation(
            summary = "The series and findings of a period",
            description = "Both days included (yyyy-MM-dd); without them, the last 28 days up to the caller's today."
                    + " For each side: change (the verdict on change since the start: TOO_EARLY before 14 rated "
                    + "days, MEANINGFUL_IMPROVEMENT for a drop of 2 points or 30%, WORSE for a rise of 2, "
                    + "SMALL_OR_NO_CHANGE, NO_RECENT_ENTRIES), correlation (Spearman's rank correlation of a "
                    + "day's hours sitting with the next day's soreness; null below 14 pairs) with pairs and "
                    + "strength, and the wallet comparison (null below 5 days in each group). A link, not a cause."
                    + " Days with no entry are in the series with null values.")
    SummaryView summary(
            @CurrentAccount AccountView me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var last = to == null ? tracker.personalDay(me.id()).today() : to;
        return tracker.summary(me.id(), from == null ? last.minusDays(27) : from, last);
    }

    @GetMapping("/report.pdf")
    @Operation(
            summary = "A progress report of a period as PDF, for a therapist or GP",
            description = "Both days included (yyyy-MM-dd); without them, the last 28 days up to the caller's today."
                    + " The findings, the charts, their numbers (a row a day; a row a week beyond 400 days) and the"
                    + " day it was made, as a tagged PDF (PDF/UA) in en-GB. A bad period: 400.")
    ResponseEntity<byte[]> report(
            @CurrentAccount AccountView me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var today = tracker.personalDay(me.id()).today();
        var last = to == null ? today : to;
        var summary = tracker.summary(me.id(), from == null ? last.minusDays(27) : from, last);
        return report.download(me.id(), summary, today);
    }

    @GetMapping("/entries/{date}")
    @Operation(summary = "One day's entry", description = "404 when the day has no entry.")
    EntryView one(@CurrentAccount AccountView me, @PathVariable String date) {
        return tracker.entry(me.id(), Dates.parse(date))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PutMapping("/entries/{date}")
    @Operation(
            summary = "Create or replace one day's entry",
            description = "201 when the day is new, 200 when it replaces the day's entry. The day is today or up "
                    + "to 14 days back, in the caller's time zone. Soreness is a whole number 0-10 per side, or "
                    + "null for not said; hoursSitting 0-24 in half hours; longestSpellMinutes within the hours. "
                    + "Bad values: 400 with an errors list. Needs consent to keep health answers (HEALTH_DATA): "
                    + "otherwise 403 of type /problems/consent-needed.")
    ResponseEntity<EntryView> put(
            @CurrentAccount AccountView me, @PathVariable String date, @RequestBody EntryRequest request) {
        var day = Dates.parse(date);
        var sentDate = request.date();
        if (sentDate != null && !sentDate.equals(day.toString())) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.not-the-address"));
        }
        var saved = tracker.log(me.id(), day, request.input(), false);
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/tracker/entries/" + day))
                        .body(saved.entry())
                : ResponseEntity.ok(saved.entry());
    }

    @DeleteMapping("/entries/{date}")
    @Operation(summary = "Delete one day's entry", description = "204, or 404 when the day has no entry.")
    ResponseEntity<Void> delete(@CurrentAccount AccountView me, @PathVariable String date) {
        return tracker.delete(me.id(), Dates.parse(date))
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
