package org.glutecoach.tracker;

import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.timer.BreaksCounted;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.Entry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Breaks the desk timer counted go into that day's entry (started if the day has none), when they are more than
 * the entry shows. As with routines, nothing is kept without the consent to keep health answers. Runs after the
 * timer's transaction has committed, in its own; a count arriving twice changes nothing the second time.
 */
@Component
class BreaksFromTimer {

    private final Entries entries;
    private final PrivacyService privacy;

    BreaksFromTimer(Entries entries, PrivacyService privacy) {
        this.entries = entries;
        this.privacy = privacy;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void breaksCounted(BreaksCounted counted) {
        var who = counted.accountId();
        if (!privacy.hasConsent(who, ConsentKind.HEALTH_DATA)) {
            return;
        }
        var entry = entries.findByAccountIdAndEntryDate(who.value(), counted.day())
                .orElseGet(() -> Entry.startDay(who.value(), counted.day()));
        if (entry.countBreaks(counted.breaks())) {
            entries.save(entry);
        }
    }
}
