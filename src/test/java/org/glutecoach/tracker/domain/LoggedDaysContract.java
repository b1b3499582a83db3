package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.glutecoach.tracker.Side;
import org.glutecoach.tracker.SittingHabit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary read through the database ({@link LoggedDays}: only the period's rows, rolling sums in SQL) gives
 * exactly what the Java computation over the period's entries gives ({@link Summaries#of}), value for value and
 * to the bit, on seeded random logs with gaps, unrated sides, ties and ranges that start and end anywhere.
 * Run on H2 and on PostgreSQL.
 */
abstract class LoggedDaysContract {

    private static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);
    private static final SittingHabit[] HABITS = SittingHabit.values();

    @Autowired
    Entries entries;

    @Autowired
    LoggedDays loggedDays;

    @Test
    void theDatabasesSummaryIsTheJavaSummaryOnRandomLogs() {
        var random = new Random(20261201L);
        for (int person = 0; person < 24; person++) {
            var account = UUID.randomUUID();
            var first = EARLIEST.plusDays(random.nextInt(400));
            var span = 1 + random.nextInt(person % 4 == 0 ? 700 : 120);
            var logged = logRandomly(random, account, first, span);
            for (int range = 0; range < 8; range++) {
                var from = first.plusDays(random.nextInt(span + 20) - 10);
                var to = range == 0 ? first.plusDays(span) : from.plusDays(random.nextInt(span + 10));
                if (range == 1) {
                    from = first.minusDays(3);
                }
                var inJava = Summaries.of(
                        entries.findByAccountIdAndEntryDateBetweenOrderByEntryDate(account, from, to).stream()
                                .map(Entry::view)
                                .toList(),
                        from,
                        to);

                var inSql = Summaries.ofLoggedDays(loggedDays.between(account, from, to), from, to);

                assertThat(inSql)
                        .as("person %d (%d days logged from %s), %s to %s", person, logged, first, from, to)
                        .isEqualTo(inJava);
            }
        }
    }

    @Test
    void onlyThePeriodsRowsOfThatPersonAreRead() {
        var random = new Random(7L);
        var account = UUID.randomUUID();
        var someoneElse = UUID.randomUUID();
        var first = LocalDate.of(2024, 3, 1);
        logRandomly(random, someoneElse, first, 60);
        var logged = logRandomly(random, account, first, 60);

        var days = loggedDays.between(account, first.plusDays(10), first.plusDays(19));

        assertThat(days)
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day.date()).isBetween(first.plusDays(10), first.plusDays(19)));
        assertThat(days).extracting(LoggedDay::date).isSorted();
        assertThat(loggedDays.between(account, first, first.plusDays(59))).hasSize(logged);
    }

    @Test
    void sevenDaysInARowOfTheHighestRatingOnEverySideAddUpExactly() {
        // The query packs three sides' sums and counts into one number: the largest totals must not spill over.
        var account = UUID.randomUUID();
        var first = LocalDate.of(2025, 3, 24);
        var days = new ArrayList<Entry>();
        for (int i = 0; i < 9; i++) {
            var day = Entry.startDay(account, first.plusDays(i));
            day.answer(new EntryValues(16, null, 3, 10, 10, 10, false, Set.of(), false, false, null));
            days.add(day);
        }
        entries.saveAll(days);

        var logged = loggedDays.between(account, first, first.plusDays(8));

        assertThat(logged).hasSize(9);
        for (var side : Side.values()) {
            assertThat(logged.get(8).rating(side)).isEqualTo(new LoggedDay.Rating(10, 70, 7));
            assertThat(logged.get(0).rating(side)).isEqualTo(new LoggedDay.Rating(10, 10, 1));
        }
    }

    /** Logs random days through the repository, as the service saves them; how many days were logged. */
    private int logRandomly(Random random, UUID account, LocalDate first, int span) {
        var fillRate = 0.3 + 0.7 * random.nextDouble();
        // A narrow scale for some people, so ties and sides that never vary are common.
        var scale = random.nextBoolean() ? 11 : 1 + random.nextInt(3);
        var days = new ArrayList<Entry>();
        for (int i = 0; i < span; i++) {
            if (random.nextDouble() > fillRate) {
                continue;
            }
            var habits = EnumSet.noneOf(SittingHabit.class);
            for (var habit : HABITS) {
                if (random.nextInt(3) == 0) {
                    habits.add(habit);
                }
            }
            days.add(RandomDays.answered(random, account, first.plusDays(i), scale, habits));
        }
        entries.saveAll(days);
        return days.size();
    }
}
