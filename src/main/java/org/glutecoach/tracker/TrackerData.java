package org.glutecoach.tracker;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.PersonalData;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.Entry;
import org.springframework.stereotype.Component;

/**
 * The tracker's part of a person's export: every day they logged, oldest first, and the last re-screen prompt
 * (erasure: {@link TrackerService}).
 */
@Component
class TrackerData implements PersonalData {

    private final Entries entries;
    private final RescreenPrompts prompts;

    TrackerData(Entries entries, RescreenPrompts prompts) {
        this.entries = entries;
        this.prompts = prompts;
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
                        .orElse(""));
    }
}
