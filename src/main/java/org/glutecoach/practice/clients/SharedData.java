package org.glutecoach.practice.clients;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glutecoach.identity.AccountId;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.selfcheck.RedFlagEventView;
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
     * The markers of a page of the client list for the people among them who share: whose latest self-check ended
     * on a red flag, and whose soreness rose by 2 points or more. One read per module for the whole page, however
     * many rows it has.
     */
    Markers markers(Collection<AccountId> sharing) {
        if (sharing.isEmpty()) {
            return new Markers(Set.of(), Set.of());
        }
        return new Markers(
                results.latestEndedOnRedFlag(sharing),
                tracker.sorenessRisen(sharing).keySet());
    }

    record Markers(Set<AccountId> redFlag, Set<AccountId> sorenessRose) {}

    /** The red-flag screens shown to each of these people since an instant, newest first (one read). */
    Map<AccountId, List<RedFlagEventView>> redFlagsSince(Collection<AccountId> sharing, Instant since) {
        return selfCheck.redFlagEventsSince(sharing, since);
    }

    /** The people among these whose soreness rose by 2 points or more (one read). */
    Set<AccountId> sorenessRose(Collection<AccountId> sharing) {
        return sharing.isEmpty() ? Set.of() : tracker.sorenessRisen(sharing).keySet();
    }
}
