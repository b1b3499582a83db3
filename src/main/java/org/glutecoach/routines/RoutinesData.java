package org.glutecoach.routines;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.routines.domain.PersonalRoutines;
import org.glutecoach.routines.domain.RedFlagHolds;
import org.glutecoach.routines.domain.RoutineSessions;
import org.glutecoach.routines.domain.ScreenConfirmations;
import org.glutecoach.shared.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The routines' part of a person's export (their sessions and their own routines), and erasing it with their
 * account (ADR 7), or the sessions with the health-data consent (their own routines are not health answers).
 */
@Component
class RoutinesData implements PersonalData {

    private final RoutinesService routines;
    private final RoutineSessions sessions;
    private final ScreenConfirmations confirmations;
    private final RedFlagHolds holds;
    private final PersonalRoutines personal;

    RoutinesData(
            RoutinesService routines,
            RoutineSessions sessions,
            ScreenConfirmations confirmations,
            RedFlagHolds holds,
            PersonalRoutines personal) {
        this.routines = routines;
        this.sessions = sessions;
        this.confirmations = confirmations;
        this.holds = holds;
        this.personal = personal;
    }

    @Override
    public String section() {
        return "routines";
    }

    @Override
    public Object of(UUID accountId) {
        var confirmed = confirmations.findById(accountId);
        return Map.of(
                "sessions",
                routines.sessions(new AccountId(accountId)),
                "screenConfirmedAt",
                confirmed.map(c -> (Object) c.confirmedAt().toString()).orElse(""),
                "ownRoutines",
                personal.findByAccountIdOrderByCreatedAt(accountId).stream()
                        .map(routine -> Map.of(
                                "id", routine.id().toString(),
                                "name", routine.name(),
                                "createdAt", routine.createdAt().toString(),
                                "exercises", routine.exercises()))
                        .toList(),
                "onHoldSince",
                holds.findById(accountId)
                        .map(hold -> (Object) Map.of(
                                "since",
                                hold.shownAt().toString(),
                                "why",
                                hold.cause().name()))
                        .orElse(""));
    }

    /**
     * A session holds health answers (how each side switched on, comfort and nerve checks): withdrawing the
     * health-data consent deletes them with the rest of the person's health data, unless they chose to keep it.
     */
    @EventListener
    void consentChanged(ConsentChanged changed) {
        if (changed.deletesHealthData()) {
            sessions.deleteByAccountId(changed.accountId().value());
        }
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        sessions.deleteByAccountId(deleted.accountId().value());
        confirmations.deleteById(deleted.accountId().value());
        holds.deleteById(deleted.accountId().value());
        personal.deleteByAccountId(deleted.accountId().value());
    }
}
