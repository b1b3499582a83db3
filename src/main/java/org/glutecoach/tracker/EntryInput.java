package org.glutecoach.tracker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A day's answers as a person typed or sent them, not checked yet: numbers arrive as text so that the page and
 * the API share one set of checks and one set of messages. A blank or missing value means "did not say".
 *
 * @param hoursSitting hours, in half hours (e.g. "7.5")
 * @param sitting names of {@link SittingHabit}s
 */
public record EntryInput(
        @Nullable String hoursSitting,
        @Nullable String longestSpellMinutes,
        @Nullable String breaks,
        @Nullable String sorenessLeft,
        @Nullable String sorenessRight,
        @Nullable String sorenessMiddle,
        boolean spasms,
        List<String> sitting,
        boolean releaseDone,
        boolean activationDone,
        @Nullable String note) {

    public EntryInput {
        // A JSON body may hold a null in the list: it is a way of sitting that is not known, answered as such.
        sitting = sitting.stream().map(name -> name == null ? "" : name).toList();
    }
}
