package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.glutecoach.tracker.InvalidEntry;
import org.jspecify.annotations.Nullable;

/** Reads a day written as {@code yyyy-MM-dd} (the form's date field, the API's path, the CSV). */
public final class Dates {

    private Dates() {}

    /**
     * @throws InvalidEntry on the {@code date} field when the text is not a date
     */
    public static LocalDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.missing"));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.invalid"));
        }
    }
}
