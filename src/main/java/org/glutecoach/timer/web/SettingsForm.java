package org.glutecoach.timer.web;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.InvalidTimerInput;
import org.glutecoach.timer.TimerSettingsView;
import org.jspecify.annotations.Nullable;

/**
 * The settings form. Everything binds as text, so no posted value can fail to bind; a number that is not one is
 * named here, the rest by the timer's own checks. A box is ticked only when it posts "true".
 */
record SettingsForm(
        @Nullable String intervalMinutes,
        @Nullable String breakMinutes,
        @Nullable String workStart,
        @Nullable String workEnd,
        @Nullable List<String> workDays,
        @Nullable String sound,
        @Nullable String notifications) {

    SettingsForm {
        workDays = workDays == null ? List.of() : List.copyOf(workDays);
    }

    static SettingsForm of(TimerSettingsView settings) {
        return new SettingsForm(
                String.valueOf(settings.intervalMinutes()),
                String.valueOf(settings.breakMinutes()),
                settings.workStart(),
                settings.workEnd(),
                settings.workDays().stream().map(Enum::name).toList(),
                String.valueOf(settings.sound()),
                String.valueOf(settings.notifications()));
    }

    public boolean works(String day) {
        return workDays != null && workDays.contains(day);
    }

    /** @throws InvalidTimerInput for a number or a day that is not one */
    ChangeTimerSettings command() {
        var errors = new LinkedHashMap<String, String>();
        var interval = whole("intervalMinutes", intervalMinutes, errors);
        var length = whole("breakMinutes", breakMinutes, errors);
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var day : workDays == null ? List.<String>of() : workDays) {
            try {
                days.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException notADay) {
                errors.put("workDays", "timer.error.no-days");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidTimerInput(errors);
        }
        return new ChangeTimerSettings(
                interval, length, workStart, workEnd, days, "true".equals(sound), "true".equals(notifications));
    }

    private static @Nullable Integer whole(String field, @Nullable String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            errors.put(field, "timer.error.whole");
            return null;
        }
    }
}
