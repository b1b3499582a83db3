package org.glutecoach.course.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's place in the course. Day 1 comes as soon as they confirm; day N at their chosen local time on the
 * (N-1)th day after {@code startDate}. Working in local dates and times is what keeps a daylight-saving change
 * from moving or skipping a lesson: 07:30 stays 07:30.
 */
public record Enrolment(UUID id, String email, @Nullable UUID accountId, Status status, Delivery delivery,
        LocalTime timeOfDay, ZoneId timeZone, @Nullable LocalDate startDate, int round, int nextDay,
        @Nullable Instant nextDueAt, String accessKey, Instant createdAt) {

    public enum Status { PENDING, ACTIVE, PAUSED, FINISHED, UNSUBSCRIBED }

    public enum Delivery { DAILY, ALL_AT_ONCE }

    /** When lesson {@code day} is due: at once for day 1, then the chosen local time on each following day. */
    public static Instant dueAt(LocalDate start, int day, LocalTime time, ZoneId zone, Instant dayOneAt) {
        return day == 1 ? dayOneAt : ZonedDateTime.of(start.plusDays(day - 1L), time, zone).toInstant();
    }

    /** The first start date from which lesson {@code day} falls at the chosen time after {@code now}. */
    public static LocalDate startForNext(int day, LocalTime time, ZoneId zone, Instant now) {
        var date = LocalDate.ofInstant(now, zone);
        if (!ZonedDateTime.of(date, time, zone).toInstant().isAfter(now)) {
            date = date.plusDays(1);
        }
        return date.minusDays(day - 1L);
    }

    /**
     * Whether the person may read lesson {@code day} now: once sent, or once due even if the sender has not run
     * yet (the web need not wait for the mail).
     */
    public boolean unlocked(int day, Instant now) {
        return switch (status) {
            case FINISHED -> true;
            case ACTIVE -> delivery == Delivery.ALL_AT_ONCE || day < nextDay
                    || day == nextDay && nextDueAt != null && !nextDueAt.isAfter(now);
            case PAUSED -> delivery == Delivery.ALL_AT_ONCE || day < nextDay;
            default -> false;
        };
    }

    /** When a locked lesson opens, if it will open by itself. */
    public @Nullable ZonedDateTime opensAt(int day, Instant now) {
        if (status != Status.ACTIVE || delivery != Delivery.DAILY || startDate == null || unlocked(day, now)) {
            return null;
        }
        return ZonedDateTime.of(startDate.plusDays(day - 1L), timeOfDay, timeZone);
    }
}
