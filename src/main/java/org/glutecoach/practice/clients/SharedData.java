package org.glutecoach.practice.clients;

import java.time.Instant;
import java.util.Optional;
import org.glutecoach.identity.AccountId;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.RedFlagEventView;
import org.glutecoach.selfcheck.SavedResult;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.tracker.ChartRange;
import org.glutecoach.tracker.TrackerService;
import org.springframework.stereotype.Component;

/**
 * Reads a consenting person's own data through each module's facade, for the client list and record. Callers ask
 * only for a person who shares with the practice at that moment ({@link ClientView#sharing()}).
 */
@Component
class SharedData {

    private static final int ROUTINE_SESSIONS = 14;

    private final SelfCheckService selfCheck;
    private final SelfCheckResults results;
    private final TrackerService tracker;
    private final RoutinesService routines;

    SharedData(SelfCheckService selfCheck, SelfCheckResults results, TrackerService tracker, RoutinesService routines) {
        this.selfCheck = selfCheck;
        this.results = results;
        this.tracker = tracker;
        this.routines = routines;
    }

    ClientRecordView.Shared of(AccountId person) {
        var latest =
                results.history(person).stream().findFirst().flatMap(result -> results.result(person, result.id()));
        return new ClientRecordView.Shared(
                selfCheck.redFlagEvents(person),
                latest.orElse(null),
                tracker.summary(person, ChartRange.FOUR_WEEKS),
                tracker.sorenessRisen(person),
                routines.sessions(person).stream().limit(ROUTINE_SESSIONS).toList());
    }

    /**
     * Whether the person's latest self-check ended on a red flag: their newest kept result has a red-flag
     * outcome, or a red-flag screen was shown to them after it (a screen that stops the self-check is often not
     * kept as a result).
     */
    boolean latestEndedOnRedFlag(AccountId person) {
        Optional<SavedResult> kept = results.history(person).stream().findFirst();
        var events = selfCheck.redFlagEvents(person);
        Optional<Instant> lastFlag = events.stream().findFirst().map(RedFlagEventView::shownAt);
        if (kept.isEmpty()) {
            return lastFlag.isPresent();
        }
        var result = kept.get();
        var keptAt = result.evaluatedAt() == null ? result.takenAt() : result.evaluatedAt();
        return isRedFlag(result.outcome())
                || lastFlag.filter(flag -> flag.isAfter(keptAt)).isPresent();
    }

    java.util.List<RedFlagEventView> redFlagsSince(AccountId person, Instant since) {
        return selfCheck.redFlagEvents(person).stream()
                .filter(flag -> !flag.shownAt().isBefore(since))
                .toList();
    }

    boolean sorenessRose(AccountId person) {
        return !tracker.sorenessRisen(person).isEmpty();
    }

    private static boolean isRedFlag(Outcome outcome) {
        return outcome == Outcome.EMERGENCY || outcome == Outcome.URGENT || outcome == Outcome.SOON;
    }
}
