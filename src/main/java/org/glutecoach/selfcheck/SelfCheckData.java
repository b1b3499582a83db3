package org.glutecoach.selfcheck;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.selfcheck.domain.RedFlagEvent;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.shared.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The self-check's part of a person's export, and erasing it with their account. */
@Component
class SelfCheckData implements PersonalData {

    private final RedFlagEvents redFlagEvents;
    private final SelfCheckResults results;

    SelfCheckData(RedFlagEvents redFlagEvents, SelfCheckResults results) {
        this.redFlagEvents = redFlagEvents;
        this.results = results;
    }

    @Override
    public String section() {
        return "selfCheck";
    }

    @Override
    public Object of(UUID accountId) {
        return Map.of(
                "redFlagScreens",
                redFlagEvents.findByAccountIdOrderByShownAt(accountId).stream()
                        .map(RedFlagEvent::exported)
                        .toList(),
                "results",
                results.history(new org.glutecoach.identity.AccountId(accountId)));
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        redFlagEvents.deleteByAccountId(deleted.accountId().value());
    }
}
