package org.glutecoach.tracker.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily reminder's settings ({@code glutecoach.tracker.reminders.*}).
 *
 * @param sendInterval how often the sender looks for reminders due; a reminder comes at most this late
 */
@ConfigurationProperties("glutecoach.tracker.reminders")
public record ReminderSettings(@DefaultValue("1m") Duration sendInterval) {}
