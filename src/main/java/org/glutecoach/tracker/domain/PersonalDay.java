package org.glutecoach.tracker.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.glutecoach.tracker.InvalidEntry;

/**
 * The person's own day: "today" is the date on their wall clock, in their time zone, whatever the server's zone
 * and whatever summer time does. A day may be logged today or up to {@value #LATE_DAYS} days late, never ahead.
 */
public record PersonalDay(LocalDate today) {

    public static final int LATE_DAYS = 14;

    public static PersonalDay at(Instant now, ZoneId zone) {
        return new PersonalDay(now.atZone(zone).toLocalDate());
    }

    public LocalDate yesterday() {
        return today.minusDays(1);
    }

    /** The earliest day that may still be filled in late. */
    public LocalDate earliestLate() {
        return today.minusDays(LATE_DAYS);
    }

    /**
     * Checks a day that is logged on a page or through the API.
     *
     * @throws InvalidEntry on the {@code date} field, for a day ahead of today or more than 14 days back
     */
    public void checkLoggable(LocalDate day) {
        checkNotAhead(day);
        if (day.isBefore(earliestLate())) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.too-old"));
        }
    }

    /**
     * Checks a day that is imported: any past day, never ahead.
     *
     * @throws InvalidEntry on the {@code date} field, for a day ahead of today
     */
    public void checkNotAhead(LocalDate day) {
        if (day.isAfter(today)) {
            throw new InvalidEntry(Map.of("date", "tracker.error.date.future"));
        }
    }
}
