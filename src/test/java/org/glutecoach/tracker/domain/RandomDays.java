package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.glutecoach.tracker.SittingHabit;
import org.jspecify.annotations.Nullable;

/**
 * A day's answers drawn from a seeded generator, for the contracts that compare what SQL sums with what Java works
 * out ({@link LoggedDaysContract}, {@link LoggedWeeksContract}). Each contract keeps its own rule for which days
 * are left out and which habits are ticked, so its logs keep the gaps and ties it is about.
 */
final class RandomDays {

    private RandomDays() {}

    /** The day started and answered: each measure below its bound, or (one time in five) not given. */
    static Entry answered(Random random, UUID account, LocalDate day, int scale, Set<SittingHabit> habits) {
        var entry = Entry.startDay(account, day);
        entry.answer(new EntryValues(
                maybe(random, 48 + 1),
                null,
                maybe(random, 21),
                maybe(random, scale),
                maybe(random, scale),
                maybe(random, scale),
                random.nextBoolean(),
                habits,
                random.nextInt(4) == 0,
                random.nextInt(4) == 0,
                null));
        return entry;
    }

    /** A number from 0 below {@code bound}, or (one time in five) not given. */
    private static @Nullable Integer maybe(Random random, int bound) {
        return random.nextInt(5) == 0 ? null : random.nextInt(bound);
    }
}
