package org.glutecoach.tracker;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.PersonalData;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.Entry;
import org.glutecoach.tracker.domain.RescreenPrompts;
import org.glutecoach.tracker.reminder.DailyReminders;
import org.springframework.stereotype.Component;

/**
 * The tracker's part of a person's export: every day they logged, oldest first, the last re-screen prompt and
 * the daily reminder (erasure: {@link TrackerService}, {@link DailyReminders}).
 */
@Component
class TrackerData implements PersonalData {

    private final Entries entries;
    private final RescreenPrompts prompts;
    private final DailyReminders reminders;

    TrackerData(Entries entries, RescreenPrompts prompts, DailyReminders reminders) {
        this.entries = entries;
        this.prompts = prompts;
        this.reminders = reminders;
    }

    @Override
    public String section() {
        return "tracker";
    }

    @Override
    public Object of(UUID accountId) {
        return Map.of(
                "entries",
                entries.findByAccountIdOrderByEntryDate(accountId).stream()
                        .map(Entry::view)
                        .toList(),
                // When the tracker last asked the person to take the red-flag screen again, and for which sides.
                "rescreenPrompt",
                prompts.lastPrompt(new AccountId(accountId))
                        .<Object>map(prompt -> prompt)
                        .orElse(""),
                // The daily reminder's time (empty when off) and the days a reminder was sent for.
                "reminder",
                reminders.export(new AccountId(accountId)));
    }
}
