package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Random;
import java.util.UUID;
import org.glutecoach.tracker.SittingHabit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The long charts' weeks summed in SQL ({@link LoggedWeeks}) are exactly the weeks worked out in Java from the
 * period's entries ({@link Weeks#of}), to the bit, on seeded random logs with gaps of days and of whole weeks,
 * unsaid measures, and periods that start and end anywhere (short first weeks). Run on H2 and on PostgreSQL.
 */
abstract class LoggedWeeksContract {

    private static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);

    @Autowired
    Entries entries;

    @Autowired
    LoggedWeeks loggedWeeks;

    @Test
    void theDatabasesWeeksAreTheJavaWeeksOnRandomLogs() {
        var random = new Random(20261215L);
        for (int person = 0; person < 12; person++) {
            var account = UUID.randomUUID();
            var first = EARLIEST.plusDays(random.nextInt(400));
            var span = 30 + random.nextInt(900);
            logRandomly(random, account, first, span);
            for (int range = 0; range < 6; range++) {
                var from = first.plusDays(random.nextInt(span / 2 + 10) - 10);
                var to = range == 0 ? first.plusDays(span) : from.plusDays(random.nextInt(span));
                var inJava = Weeks.of(
                        entries.findByAccountIdAndEntryDateBetweenOrderByEntryDate(account, from, to).stream()
                                .map(Entry::view)
                                .toList(),
                        from,
                        to);

                var inSql = loggedWeeks.between(account, from, to);

                assertThat(inSql).as("person %d, %s to %s", person, from, to).isEqualTo(inJava);
            }
        }
    }

    @Test
    void onlyThatPersonsRowsInThePeriodAreSummed() {
        var random = new Random(9L);
        var account = UUID.randomUUID();
        var someoneElse = UUID.randomUUID();
        var first = LocalDate.of(2024, 3, 1);
        logRandomly(random, someoneElse, first, 60);
        var logged = logRandomly(random, account, first, 60);

        var weeks = loggedWeeks.between(account, first.plusDays(10), first.plusDays(59));

        assertThat(weeks).hasSize(8);
        assertThat(weeks.get(0).first()).isEqualTo(first.plusDays(10));
        assertThat(weeks.get(0).last()).isEqualTo(first.plusDays(10));
        var all = loggedWeeks.between(account, first, first.plusDays(59));
        assertThat(all.stream()
                        .mapToInt(org.glutecoach.tracker.ChartWeek::daysLogged)
                        .sum())
                .isEqualTo(logged);
    }

    /** Logs random days through the repository, with whole weeks left out now and then; how many days. */
    private int logRandomly(Random random, UUID account, LocalDate first, int span) {
        var fillRate = 0.3 + 0.7 * random.nextDouble();
        var days = new ArrayList<Entry>();
        for (int i = 0; i < span; i++) {
            if (random.nextDouble() > fillRate || (i / 7) % 5 == 3) {
                continue;
            }
            var habits = EnumSet.noneOf(SittingHabit.class);
            if (random.nextBoolean()) {
                habits.add(SittingHabit.WALLET_IN_BACK_POCKET);
            }
            days.add(RandomDays.answered(random, account, first.plusDays(i), 11, habits));
        }
        entries.saveAll(days);
        return days.size();
    }
}
