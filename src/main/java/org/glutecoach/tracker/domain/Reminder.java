package org.glutecoach.tracker.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's daily reminder email, at a local time in their own time zone. It is due once a day at that time (a
 * time that summer time skips comes an hour later that day); a day already logged, or already reminded, gets none.
 */
@Table("tracker_reminders")
public class Reminder {

    private final @Id UUID accountId;
    private String timeOfDay;
    private Instant nextDueAt;
    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    Reminder(
            UUID accountId,
            String timeOfDay,
            Instant nextDueAt,
            @Nullable Long version,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.accountId = accountId;
        this.timeOfDay = timeOfDay;
        this.nextDueAt = nextDueAt;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A reminder switched on now: first due at the chosen time today, or tomorrow if that time has passed. */
    public static Reminder switchOn(UUID accountId, LocalTime at, Instant now, ZoneId zone) {
        var reminder = new Reminder(accountId, "00:00", now, null, null, null);
        reminder.moveTo(at, now, zone);
        return reminder;
    }

    /** A new time of day; the next reminder follows it from now on. */
    public void moveTo(LocalTime at, Instant now, ZoneId zone) {
        timeOfDay = at.withSecond(0).withNano(0).toString();
        var today = LocalDate.ofInstant(now, zone);
        var dueToday = dueAt(today, zone);
        nextDueAt = dueToday.isAfter(now) ? dueToday : dueAt(today.plusDays(1), zone);
    }

    /**
     * Which of the person's days to remind them of now, if any, and when to look again. Nothing before the
     * chosen time of their today (after a change of time zone, say), nothing for a day already logged or already
     * reminded. Either way the next look is the chosen time of their next day.
     *
     * @param logged whether the person has logged a day
     * @param reminded whether a reminder for a day has already gone
     */
    public Optional<LocalDate> remind(
            Instant now, ZoneId zone, Predicate<LocalDate> logged, Predicate<LocalDate> reminded) {
        var today = LocalDate.ofInstant(now, zone);
        var dueToday = dueAt(today, zone);
        if (now.isBefore(dueToday)) {
            nextDueAt = dueToday;
            return Optional.empty();
        }
        nextDueAt = dueAt(today.plusDays(1), zone);
        return logged.test(today) || reminded.test(today) ? Optional.empty() : Optional.of(today);
    }

    /** The chosen time on a day in the zone; a time summer time skips moves on by the gap (01:30 becomes 02:30). */
    Instant dueAt(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, time(), zone).toInstant();
    }

    public UUID accountId() {
        return accountId;
    }

    public LocalTime time() {
        return LocalTime.parse(timeOfDay);
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }
}
