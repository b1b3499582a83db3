package org.glutecoach.timer.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.InvalidTimerInput;
import org.glutecoach.timer.TimerSettingsView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's timer settings: how often and how long the breaks are, their working hours, and how to tell them.
 * The interval and the break length come from the dosage sheet §3 (docs/domain/dosage.md): every 30 minutes for
 * 2 minutes by default; the range is wider than the sheet's 20-60 so people can start gently or go further.
 */
@Table("timer_settings")
public class BreakSchedule {

    public static final int FEWEST_MINUTES = 15;
    public static final int MOST_MINUTES = 90;
    public static final int SHORTEST_BREAK = 1;
    public static final int LONGEST_BREAK = 10;
    static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    static final WorkingHours DEFAULT_HOURS = new WorkingHours(
            LocalTime.of(9, 0), LocalTime.of(17, 30), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final @Id UUID accountId;
    private int intervalMinutes;
    private int breakMinutes;
    private LocalTime workStart;
    private LocalTime workEnd;
    /** The working days, as their names joined by commas (a set of a few fixed words). */
    private String workDays;

    private boolean sound;
    private boolean notifications;
    private @Version @Nullable Long version;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    BreakSchedule(
            UUID accountId,
            int intervalMinutes,
            int breakMinutes,
            LocalTime workStart,
            LocalTime workEnd,
            String workDays,
            boolean sound,
            boolean notifications,
            @Nullable Long version,
            @Nullable Instant updatedAt) {
        this.accountId = accountId;
        this.intervalMinutes = intervalMinutes;
        this.breakMinutes = breakMinutes;
        this.workStart = workStart;
        this.workEnd = workEnd;
        this.workDays = workDays;
        this.sound = sound;
        this.notifications = notifications;
        this.version = version;
        this.updatedAt = updatedAt;
    }

    /** The settings of someone who has saved none: every 30 minutes, 2-minute breaks, 09:00-17:30 Monday-Friday. */
    public static BreakSchedule defaults(UUID accountId) {
        return new BreakSchedule(
                accountId,
                30,
                2,
                DEFAULT_HOURS.start(),
                DEFAULT_HOURS.end(),
                joined(DEFAULT_HOURS.days()),
                false,
                false,
                null,
                null);
    }

    /**
     * Replaces every setting at once.
     *
     * @throws InvalidTimerInput naming each field that is missing or out of range; nothing changes then
     */
    public void change(ChangeTimerSettings wanted) {
        var errors = new LinkedHashMap<String, String>();
        var interval = within("intervalMinutes", wanted.intervalMinutes(), FEWEST_MINUTES, MOST_MINUTES, errors);
        var length = within("breakMinutes", wanted.breakMinutes(), SHORTEST_BREAK, LONGEST_BREAK, errors);
        var start = time("workStart", wanted.workStart(), errors);
        var end = time("workEnd", wanted.workEnd(), errors);
        if (start != null && start.equals(end)) {
            errors.put("workEnd", "timer.error.same-time");
        }
        var days = wanted.workDays();
        if (days == null || days.isEmpty()) {
            errors.put("workDays", "timer.error.no-days");
        }
        if (wanted.sound() == null) {
            errors.put("sound", "timer.error.required");
        }
        if (wanted.notifications() == null) {
            errors.put("notifications", "timer.error.required");
        }
        if (!errors.isEmpty() || interval == null || length == null || start == null || end == null || days == null) {
            throw new InvalidTimerInput(errors);
        }
        intervalMinutes = interval;
        breakMinutes = length;
        workStart = start;
        workEnd = end;
        workDays = joined(days);
        sound = Boolean.TRUE.equals(wanted.sound());
        notifications = Boolean.TRUE.equals(wanted.notifications());
    }

    public WorkingHours workingHours() {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workDays.split(","))
                .filter(name -> !name.isBlank())
                .map(DayOfWeek::valueOf)
                .forEach(days::add);
        return new WorkingHours(workStart, workEnd, days);
    }

    public TimerSettingsView view(ZoneId zone) {
        return new TimerSettingsView(
                intervalMinutes,
                breakMinutes,
                HOURS.format(workStart),
                HOURS.format(workEnd),
                workingHours().days().stream().sorted().toList(),
                sound,
                notifications,
                zone.getId(),
                version != null);
    }

    private static @Nullable Integer within(
            String field, @Nullable Integer value, int least, int most, LinkedHashMap<String, String> errors) {
        if (value == null) {
            errors.put(field, "timer.error.required");
        } else if (value < least || value > most) {
            errors.put(field, "timer.error." + field + ".range");
        }
        return errors.containsKey(field) ? null : value;
    }

    private static @Nullable LocalTime time(
            String field, @Nullable String value, LinkedHashMap<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "timer.error.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip(), HOURS);
        } catch (DateTimeParseException notATime) {
            errors.put(field, "timer.error.time");
            return null;
        }
    }

    private static String joined(Set<DayOfWeek> days) {
        return days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
