package org.glutecoach.practice.clients.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetentionPolicyTests {

    private static final RetentionPolicy EIGHT_YEARS = new RetentionPolicy(8);
    private static final LocalDate TODAY = LocalDate.of(2034, 6, 15);

    @Test
    void aRecordIsKeptForTheWholePeriodAndErasedTheDayAfter() {
        var lastDay = record(LocalDate.of(2026, 6, 15));
        var dayAfter = record(LocalDate.of(2026, 6, 14));

        assertThat(EIGHT_YEARS.due(List.of(lastDay, dayAfter), TODAY)).containsExactly(dayAfter);
    }

    @Test
    void retentionErasesOnlyWhatIsDue() {
        var random = new Random(20);
        for (int run = 0; run < 100; run++) {
            var records = new ArrayList<ClinicalRecord>();
            for (int i = 0; i < 50; i++) {
                records.add(record(TODAY.minusDays(random.nextInt(12 * 366))));
            }
            var years = 1 + random.nextInt(10);
            var policy = new RetentionPolicy(years);

            var due = policy.due(records, TODAY);

            var periodStart = TODAY.minusYears(years);
            assertThat(due).allMatch(record -> record.lastContact().isBefore(periodStart));
            assertThat(records.stream().filter(record -> !due.contains(record)))
                    .allMatch(record -> !record.lastContact().isBefore(periodStart));
        }
    }

    @Test
    void theOwnerSeesWhatFallsDueSoonestFirstAndNotWhatIsDueAlready() {
        var inTenDays = record(LocalDate.of(2026, 6, 24));
        var inAMonth = record(LocalDate.of(2026, 7, 14));
        var inAYear = record(LocalDate.of(2027, 6, 15));
        var dueAlready = record(LocalDate.of(2025, 1, 1));

        assertThat(EIGHT_YEARS.dueWithin(List.of(inAMonth, inAYear, dueAlready, inTenDays), TODAY, 90))
                .containsExactly(inTenDays, inAMonth);
    }

    private static ClinicalRecord record(LocalDate lastContact) {
        return new ClinicalRecord(UUID.randomUUID(), lastContact);
    }
}
