package org.glutecoach.timer.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Working hours on working days, read in the person's zone. An end at or before the start means the next day
 * (22:00-02:00), so the hours that start on a day may end on the next; the days name where they start.
 */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public WorkingHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("Working hours must not start and end at the same time");
        }
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean pastMidnight() {
        return !end.isAfter(start);
    }

    /**
     * The working hours that start on this day, as instants, if it is a working day. A time the clocks skip (the
     * change to summer time) is moved on by the gap; a time they pass twice is the first of the two, so the hours
     * are as long as they really are that day.
     */
    public Optional<Window> startingOn(LocalDate day, ZoneId zone) {
        if (!days.contains(day.getDayOfWeek())) {
            return Optional.empty();
        }
        var from = ZonedDateTime.of(day, start, zone).toInstant();
        var until = ZonedDateTime.of(pastMidnight() ? day.plusDays(1) : day, end, zone)
                .toInstant();
        return Optional.of(new Window(from, until));
    }

    /** A stretch of working time, its start included and its end not. */
    public record Window(Instant start, Instant end) {

        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }
}
