package org.glutecoach.timer;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A person's timer settings (the defaults until they save their own).
 *
 * @param workStart {@code HH:mm} in the person's time zone
 * @param workEnd {@code HH:mm}; earlier than {@code workStart} when working hours go past midnight
 * @param workDays the days working hours start on, Monday first
 * @param timeZone the person's time zone (set on their account), in which working hours are read
 * @param saved whether the person has saved settings (false: these are the defaults)
 */
public record TimerSettingsView(
        int intervalMinutes,
        int breakMinutes,
        String workStart,
        String workEnd,
        List<DayOfWeek> workDays,
        boolean sound,
        boolean notifications,
        String timeZone,
        boolean saved) {}
