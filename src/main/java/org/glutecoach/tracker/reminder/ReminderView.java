package org.glutecoach.tracker.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The person's daily reminder as the settings page shows it.
 *
 * @param time the chosen local time; {@code null} when the reminder is off
 * @param consent whether the person has said yes to reminder emails
 */
public record ReminderView(@Nullable LocalTime time, ZoneId zone, boolean consent) {

    public boolean on() {
        return time != null;
    }
}
