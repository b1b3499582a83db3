package org.glutecoach.timer;

import java.time.DayOfWeek;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * New timer settings, as sent by the API or the settings form; checked by the service (a missing value is a field
 * error, not a default).
 *
 * @param intervalMinutes minutes of sitting between breaks, 15 to 90
 * @param breakMinutes length of a break, 1 to 10
 * @param workStart start of working hours, {@code HH:mm}, in the person's time zone
 * @param workEnd end of working hours, {@code HH:mm}; earlier than the start means the next day (22:00-02:00)
 * @param workDays the days working hours start on, at least one
 */
public record ChangeTimerSettings(
        @Nullable Integer intervalMinutes,
        @Nullable Integer breakMinutes,
        @Nullable String workStart,
        @Nullable String workEnd,
        @Nullable Set<DayOfWeek> workDays,
        @Nullable Boolean sound,
        @Nullable Boolean notifications) {}
