package org.glutecoach.tracker;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.shared.PersonalData;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.Entry;
import org.springframework.stereotype.Component;

/** The tracker's part of a person's export: every day they logged, oldest first (erasure: {@link TrackerService}). */
@Component
class TrackerData implements PersonalData {

    private final Entries entries;

    TrackerData(Entries entries) {
        this.entries = entries;
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
                        .toList());
    }
}
