package org.glutecoach.tracker;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One day's entry as pages, the API and the export see it. {@code null} means the person did not say, which is
 * not the same as 0.
 *
 * @param activationLeft how well the left side switched on in a routine that day, 0-10, when the routine asked
 */
public record EntryView(
        LocalDate date,
        @Nullable Double hoursSitting,
        @Nullable Integer longestSpellMinutes,
        @Nullable Integer breaks,
        @Nullable Integer sorenessLeft,
        @Nullable Integer sorenessRight,
        @Nullable Integer sorenessMiddle,
        boolean spasms,
        List<SittingHabit> sitting,
        boolean releaseDone,
        boolean activationDone,
        @Nullable Integer activationLeft,
        @Nullable Integer activationRight,
        @Nullable String note) {

    public EntryView {
        sitting = List.copyOf(sitting);
    }

    /** Whether the day has any soreness answer (for the week view and the charts). */
    public boolean hasSoreness() {
        return sorenessLeft != null || sorenessRight != null || sorenessMiddle != null;
    }
}
