package org.glutecoach.tracker.web;

import org.glutecoach.tracker.reminder.ReminderView;
import org.jspecify.annotations.Nullable;

/** The reminder page's form: the time as text (checked by the tracker), and the consent box ("true" if ticked). */
record ReminderForm(@Nullable String time, @Nullable String reminderEmails) {

    static ReminderForm of(ReminderView reminder) {
        var time = reminder.time();
        return new ReminderForm(time == null ? "20:00" : time.toString(), null);
    }

    boolean consents() {
        return "true".equals(reminderEmails);
    }
}
