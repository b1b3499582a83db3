package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.glutecoach.tracker.InvalidEntry;
import org.jspecify.annotations.Nullable;

/** Reads a day written as {@code yyyy-MM-dd} (the form's date field, the API's path, the CSV). */
public final class Dates {

    /**
     * No day before this is a day anyone logged; a year like -999999999 would also be more than PostgreSQL's date
     * type holds (an import of it would fail in the database, not as a message beside the line).
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private Dates() {}

    /**
     * @throws InvalidEntry on the {@code date} field when the text is not a date, or a day before {@link #EARLIEST}
     */
    public static LocalDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.missing"));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.invalid"));
        }
        if (day.isBefore(EARLIEST)) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.too-early"));
        }
        return day;
    }
}
