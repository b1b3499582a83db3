package org.glutecoach.tracker.web;

import java.util.List;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.EntryView;
import org.jspecify.annotations.Nullable;

/**
 * The today page's form. Everything binds as text, so no posted value can fail to bind: the tracker's own checks
 * then name each problem beside its field. A box is ticked only when it posts "true".
 */
record EntryForm(
        @Nullable String date,
        @Nullable String hoursSitting,
        @Nullable String longestSpellMinutes,
        @Nullable String breaks,
        @Nullable String sorenessLeft,
        @Nullable String sorenessRight,
        @Nullable String sorenessMiddle,
        @Nullable String spasms,
        @Nullable List<String> sitting,
        @Nullable String releaseDone,
        @Nullable String activationDone,
        @Nullable String note,
        @Nullable String healthData) {

    EntryForm {
        sitting = sitting == null ? List.of() : List.copyOf(sitting);
    }

    /** The day's own answers, to change them. */
    static EntryForm of(EntryView entry) {
        return new EntryForm(
                entry.date().toString(),
                text(entry.hoursSitting()),
                text(entry.longestSpellMinutes()),
                text(entry.breaks()),
                text(entry.sorenessLeft()),
                text(entry.sorenessRight()),
                text(entry.sorenessMiddle()),
                flag(entry.spasms()),
                names(entry),
                flag(entry.releaseDone()),
                flag(entry.activationDone()),
                entry.note(),
                null);
    }

    /**
     * A new day: the sitting answers of the day before are filled in (most working days look alike), soreness and
     * the rest are left for today.
     */
    static EntryForm newDay(String date, @Nullable EntryView dayBefore) {
        if (dayBefore == null) {
            return new EntryForm(date, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new EntryForm(
                date,
                text(dayBefore.hoursSitting()),
                text(dayBefore.longestSpellMinutes()),
                text(dayBefore.breaks()),
                null,
                null,
                null,
                null,
                names(dayBefore),
                null,
                null,
                null,
                null);
    }

    EntryInput input() {
        return new EntryInput(
                hoursSitting,
                longestSpellMinutes,
                breaks,
                sorenessLeft,
                sorenessRight,
                sorenessMiddle,
                ticked(spasms),
                sitting == null ? List.of() : sitting,
                ticked(releaseDone),
                ticked(activationDone),
                note);
    }

    boolean consents() {
        return ticked(healthData);
    }

    public boolean has(String habit) {
        return sitting != null && sitting.contains(habit);
    }

    private static boolean ticked(@Nullable String box) {
        return "true".equals(box);
    }

    private static @Nullable String flag(boolean value) {
        return value ? "true" : null;
    }

    private static List<String> names(EntryView entry) {
        return entry.sitting().stream().map(Enum::name).toList();
    }

    private static @Nullable String text(@Nullable Number number) {
        if (number == null) {
            return null;
        }
        var value = number.doubleValue();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
