package org.glutecoach.timer;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.PersonalData;
import org.glutecoach.timer.domain.BreakEvents;
import org.glutecoach.timer.domain.BreakSchedules;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The timer's part of a person's export (their settings and every event), and erasing it with their account
 * (ADR 7). Withdrawing the health-data consent leaves it: timer events say when someone got up, not how they are.
 */
@Component
class TimerData implements PersonalData {

    private final TimerService timer;
    private final BreakSchedules schedules;
    private final BreakEvents events;

    TimerData(TimerService timer, BreakSchedules schedules, BreakEvents events) {
        this.timer = timer;
        this.schedules = schedules;
        this.events = events;
    }

    @Override
    public String section() {
        return "timer";
    }

    @Override
    public Object of(UUID accountId) {
        var who = new AccountId(accountId);
        return Map.of("settings", timer.settings(who), "events", timer.events(who));
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        events.deleteByAccountId(deleted.accountId().value());
        schedules.deleteById(deleted.accountId().value());
    }
}
