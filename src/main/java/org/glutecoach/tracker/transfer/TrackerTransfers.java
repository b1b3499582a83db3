package org.glutecoach.tracker.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.glutecoach.identity.AccountId;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.HealthDataConsentNeeded;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.InvalidImport;
import org.glutecoach.tracker.TrackerService;
import org.glutecoach.tracker.domain.Dates;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.EntriesCsv;
import org.glutecoach.tracker.domain.Entry;
import org.glutecoach.tracker.domain.EntryValues;
import org.glutecoach.tracker.domain.PersonalDay;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log as a CSV file, out and back in: a person moving installations, or bringing the spreadsheet they kept.
 * An import is all or nothing, checked row by row with the same rules as a page (any past day is allowed).
 */
@Service
@Transactional
public class TrackerTransfers {

    private final Entries entries;
    private final TrackerService tracker;
    private final PrivacyService privacy;
    private final ApplicationEventPublisher events;

    TrackerTransfers(
            Entries entries, TrackerService tracker, PrivacyService privacy, ApplicationEventPublisher events) {
        this.entries = entries;
        this.tracker = tracker;
        this.privacy = privacy;
        this.events = events;
    }

    /** Every day the person logged, oldest first, as CSV with a header row. */
    @Transactional(readOnly = true)
    public String csv(AccountId who) {
        return EntriesCsv.write(entries.findByAccountIdOrderByEntryDate(who.value()).stream()
                .map(Entry::view)
                .toList());
    }

    /**
     * Imports a CSV in the export's shape: each day in it replaces that day's entry.
     *
     * @return how many days were imported
     * @throws InvalidImport naming every bad row (line, field, message key); nothing is imported
     * @throws HealthDataConsentNeeded without the consent to keep health answers
     */
    public int importCsv(AccountId who, String text) {
        if (!privacy.hasConsent(who, ConsentKind.HEALTH_DATA)) {
            throw new HealthDataConsentNeeded();
        }
        var rows = EntriesCsv.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(EntriesCsv.HEADER)) {
            throw new InvalidImport(List.of(new InvalidImport.RowProblem(1, "header", "tracker.import.header")));
        }
        var personal = tracker.personalDay(who);
        var problems = new ArrayList<InvalidImport.RowProblem>();
        var days = new LinkedHashMap<LocalDate, EntryValues>();
        for (int i = 1; i < rows.size(); i++) {
            read(rows.get(i), i + 1, personal, days, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        days.forEach((day, values) -> {
            var entry = entries.findByAccountIdAndEntryDate(who.value(), day)
                    .orElseGet(() -> Entry.startDay(who.value(), day));
            entry.answer(values);
            entries.save(entry);
        });
        events.publishEvent(AuditEvent.bySelf(who.value(), AuditAction.TRACKER_IMPORTED));
        return days.size();
    }

    private static void read(
            List<String> cells,
            int line,
            PersonalDay personal,
            LinkedHashMap<LocalDate, EntryValues> days,
            List<InvalidImport.RowProblem> problems) {
        if (cells.size() != EntriesCsv.HEADER.size()) {
            problems.add(new InvalidImport.RowProblem(line, "row", "tracker.import.cells"));
            return;
        }
        LocalDate day = null;
        try {
            day = Dates.parse(cells.get(0));
            personal.checkNotAhead(day);
            if (days.containsKey(day)) {
                problems.add(new InvalidImport.RowProblem(line, "date", "tracker.import.twice"));
            }
        } catch (InvalidEntry wrongDay) {
            wrongDay.messageKeysByField()
                    .forEach((field, key) -> problems.add(new InvalidImport.RowProblem(line, field, key)));
            day = null;
        }
        var flags = new boolean[3];
        var flagColumns = List.of(7, 9, 10);
        for (int f = 0; f < 3; f++) {
            var cell = cells.get(flagColumns.get(f)).strip();
            if (!cell.isEmpty() && !cell.equals("true") && !cell.equals("false")) {
                problems.add(new InvalidImport.RowProblem(
                        line, EntriesCsv.HEADER.get(flagColumns.get(f)), "tracker.import.yes-no"));
            }
            flags[f] = cell.equals("true");
        }
        var sitting = cells.get(8).isBlank()
                ? List.<String>of()
                : List.of(cells.get(8).strip().split("\\s*;\\s*"));
        try {
            var values = EntryValues.of(new EntryInput(
                    cells.get(1),
                    cells.get(2),
                    cells.get(3),
                    cells.get(4),
                    cells.get(5),
                    cells.get(6),
                    flags[0],
                    sitting,
                    flags[1],
                    flags[2],
                    EntriesCsv.noteRead(cells.get(11))));
            if (day != null && !days.containsKey(day)) {
                days.put(day, values);
            }
        } catch (InvalidEntry invalid) {
            invalid.messageKeysByField()
                    .forEach((field, key) -> problems.add(new InvalidImport.RowProblem(line, field, key)));
        }
    }
}
