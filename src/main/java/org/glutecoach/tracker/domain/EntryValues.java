package org.glutecoach.tracker.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.glutecoach.shared.PlainText;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.SittingHabit;
import org.jspecify.annotations.Nullable;

/**
 * A day's answers that keep every rule: sitting 0-24 hours in half hours, the longest spell no longer than the
 * hours sat, soreness 0-10 whole numbers per side, a note of at most 500 characters a person can type (no
 * control characters, see {@link PlainText}). Built only by {@link #of},
 * which names every broken rule at once.
 */
public record EntryValues(
        @Nullable Integer halfHoursSitting,
        @Nullable Integer longestSpellMinutes,
        @Nullable Integer breaks,
        @Nullable Integer sorenessLeft,
        @Nullable Integer sorenessRight,
        @Nullable Integer sorenessMiddle,
        boolean spasms,
        Set<SittingHabit> sitting,
        boolean releaseDone,
        boolean activationDone,
        @Nullable String note) {

    public static final int NOTE_LIMIT = 500;
    static final int MOST_BREAKS = 200;

    public EntryValues {
        sitting = sitting.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sitting));
    }

    /**
     * Checks the answers.
     *
     * @throws InvalidEntry naming each field that breaks a rule
     */
    public static EntryValues of(EntryInput input) {
        var errors = new LinkedHashMap<String, String>();
        var halfHours = halfHours(input.hoursSitting(), errors);
        var spell = whole("longestSpellMinutes", input.longestSpellMinutes(), 0, 24 * 60, errors);
        if (spell != null && halfHours != null && spell > halfHours * 30) {
            errors.put("longestSpellMinutes", "tracker.error.spell.over-hours");
        }
        var breaks = whole("breaks", input.breaks(), 0, MOST_BREAKS, errors);
        var left = whole("sorenessLeft", input.sorenessLeft(), 0, 10, errors);
        var right = whole("sorenessRight", input.sorenessRight(), 0, 10, errors);
        var middle = whole("sorenessMiddle", input.sorenessMiddle(), 0, 10, errors);
        var habits = EnumSet.noneOf(SittingHabit.class);
        for (var name : input.sitting()) {
            try {
                habits.add(SittingHabit.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                errors.put("sitting", "tracker.error.sitting.unknown");
            }
        }
        var sentNote = input.note();
        var note = sentNote == null || sentNote.isBlank() ? null : sentNote.strip();
        if (note != null && note.codePointCount(0, note.length()) > NOTE_LIMIT) {
            errors.put("note", "tracker.error.note.long");
        } else if (note != null && !PlainText.isTypeable(note, true)) {
            errors.put("note", "tracker.error.note.characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntry(errors);
        }
        return new EntryValues(
                halfHours,
                spell,
                breaks,
                left,
                right,
                middle,
                input.spasms(),
                habits,
                input.releaseDone(),
                input.activationDone(),
                note);
    }

    private static @Nullable Integer halfHours(@Nullable String text, Map<String, String> errors) {
        var number = number("hoursSitting", text, errors);
        if (number == null) {
            return null;
        }
        var halves = number.multiply(BigDecimal.valueOf(2));
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(24)) > 0) {
            errors.put("hoursSitting", "tracker.error.hours.range");
            return null;
        }
        if (halves.stripTrailingZeros().scale() > 0) {
            errors.put("hoursSitting", "tracker.error.hours.half");
            return null;
        }
        return halves.intValueExact();
    }

    private static @Nullable Integer whole(
            String field, @Nullable String text, int least, int most, Map<String, String> errors) {
        var number = number(field, text, errors);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(least)) < 0
                || number.compareTo(BigDecimal.valueOf(most)) > 0) {
            errors.put(field, "tracker.error." + field + ".range");
            return null;
        }
        return number.intValueExact();
    }

    private static @Nullable BigDecimal number(String field, @Nullable String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var number = new BigDecimal(text.strip());
            if (number.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
                errors.put(field, "tracker.error." + field + ".range");
                return null;
            }
            return number;
        } catch (NumberFormatException notANumber) {
            errors.put(field, "tracker.error.number");
            return null;
        }
    }
}
