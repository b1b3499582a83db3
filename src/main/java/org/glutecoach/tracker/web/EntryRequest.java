package org.glutecoach.tracker.web;

import java.util.List;
import org.glutecoach.tracker.EntryInput;
import org.jspecify.annotations.Nullable;

/**
 * A day's entry as the API takes it. A missing or null measure means "did not say"; {@code date}, if sent, must be
 * the day in the address.
 */
record EntryRequest(
        @Nullable String date,
        @Nullable Double hoursSitting,
        @Nullable Integer longestSpellMinutes,
        @Nullable Integer breaks,
        @Nullable Integer sorenessLeft,
        @Nullable Integer sorenessRight,
        @Nullable Integer sorenessMiddle,
        @Nullable Boolean spasms,
        @Nullable List<String> sitting,
        @Nullable Boolean releaseDone,
        @Nullable Boolean activationDone,
        @Nullable String note) {

    EntryInput input() {
        return new EntryInput(
                text(hoursSitting),
                text(longestSpellMinutes),
                text(breaks),
                text(sorenessLeft),
                text(sorenessRight),
                text(sorenessMiddle),
                Boolean.TRUE.equals(spasms),
                sitting == null ? List.of() : sitting,
                Boolean.TRUE.equals(releaseDone),
                Boolean.TRUE.equals(activationDone),
                note);
    }

    /** The number as sent, for the tracker's own checks: "NaN" or "Infinity" there is a field error, not a crash. */
    private static @Nullable String text(@Nullable Number number) {
        return number == null ? null : number.toString();
    }
}
