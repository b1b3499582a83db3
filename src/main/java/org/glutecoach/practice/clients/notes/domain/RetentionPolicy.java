package org.glutecoach.practice.clients.notes.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How long the practice keeps a client's clinical record: whole years after the last contact (8 by default,
 * following UK professional guidance for adults; see ADR 20). On the day after the period ends the record is due
 * for erasure, and not a day before.
 */
public record RetentionPolicy(int years) {

    public RetentionPolicy {
        if (years < 1) {
            throw new IllegalArgumentException("a record is kept for at least a year");
        }
    }

    /** The first day the record may be erased. */
    public LocalDate erasableFrom(ClinicalRecord record) {
        return record.lastContact().plusYears(years).plusDays(1);
    }

    /** The records whose period has ended by {@code today}: these, and only these, are erased. */
    public List<ClinicalRecord> due(List<ClinicalRecord> records, LocalDate today) {
        return records.stream()
                .filter(record -> !erasableFrom(record).isAfter(today))
                .toList();
    }

    /** The records that will be due within {@code days} from today (not those due already), soonest first. */
    public List<ClinicalRecord> dueWithin(List<ClinicalRecord> records, LocalDate today, int days) {
        return records.stream()
                .filter(record -> erasableFrom(record).isAfter(today)
                        && !erasableFrom(record).isAfter(today.plusDays(days)))
                .sorted(Comparator.comparing(this::erasableFrom))
                .toList();
    }
}
