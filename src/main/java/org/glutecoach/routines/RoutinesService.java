package org.glutecoach.routines;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.routines.domain.RedFlagHold;
import org.glutecoach.routines.domain.RedFlagHolds;
import org.glutecoach.routines.domain.RoutineSession;
import org.glutecoach.routines.domain.RoutineSessions;
import org.glutecoach.routines.domain.ScreenConfirmation;
import org.glutecoach.routines.domain.ScreenConfirmations;
import org.glutecoach.routines.library.ExerciseLibrary;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the rest of the application may ask of the routines: the library, the ready-made routines, whether a
 * person may start one, and recording the sessions they finish or stop.
 */
@Service
@Transactional
public class RoutinesService {

    /** A passed full red-flag screen counts for this long before a first routine (as for the course). */
    static final Duration PASSED_SCREEN_LASTS = Duration.ofDays(30);
    /** A session may end a little in the future of our clock (the phone's clock may run ahead), no more. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final ExerciseLibrary library;
    private final RoutineSessions sessions;
    private final ScreenConfirmations confirmations;
    private final RedFlagHolds holds;
    private final SelfCheckService selfCheck;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoutinesService(
            RoutinesSettings settings,
            RoutineSessions sessions,
            ScreenConfirmations confirmations,
            RedFlagHolds holds,
            SelfCheckService selfCheck,
            IdentityService identity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.library = ExerciseLibrary.load(settings.dir());
        this.sessions = sessions;
        this.confirmations = confirmations;
        this.holds = holds;
        this.selfCheck = selfCheck;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** The exercises that match, in the library's order (release, activation, strength, desk break). */
    @Transactional(readOnly = true)
    public List<Exercise> exercises(LibraryFilter filter) {
        return library.exercises().stream().filter(filter::matches).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Exercise> exercise(String id) {
        return library.exercise(id);
    }

    /** The ready-made routines (ours and the practice's) that match, by name. */
    @Transactional(readOnly = true)
    public List<RoutineView> routines(LibraryFilter filter) {
        return library.routines().stream().filter(filter::matches).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RoutineView> routine(String id) {
        return library.routine(id);
    }

    /**
     * Whether the person may start a routine, must confirm their recent passed screen, or must take it. Only a
     * confirmed pass counts, never sessions alone (the API records sessions whatever the screen). After an
     * EMERGENCY or URGENT screen, only a pass after it counts: neither an old confirmation nor routines done before.
     */
    @Transactional(readOnly = true)
    public Readiness readiness(AccountId who) {
        var recentEnough = clock.instant().minus(PASSED_SCREEN_LASTS);
        var hold = holds.findById(who.value());
        if (hold.isEmpty() && confirmations.existsById(who.value())) {
            return Readiness.READY;
        }
        var since = hold.map(RedFlagHold::shownAt)
                .filter(shownAt -> shownAt.isAfter(recentEnough))
                .orElse(recentEnough);
        return selfCheck.passedFullScreenSince(who, since) ? Readiness.CONFIRM : Readiness.TAKE_SCREEN;
    }

    /** Whether the person's routines wait because they were shown an EMERGENCY or URGENT red-flag screen. */
    @Transactional(readOnly = true)
    public boolean heldForRedFlag(AccountId who) {
        return holds.existsById(who.value());
    }

    /** The person confirms their recent passed screen; without one, nothing changes and they must take it. */
    public Readiness confirmScreen(AccountId who) {
        var readiness = readiness(who);
        if (readiness == Readiness.CONFIRM) {
            holds.deleteById(who.value());
            confirmations.deleteById(who.value());
            confirmations.save(ScreenConfirmation.confirmed(who.value(), clock.instant()));
            return Readiness.READY;
        }
        return readiness;
    }

    /**
     * An EMERGENCY or URGENT red-flag screen shown to a signed-in person stops their routines until they pass the
     * self-check again (HZ-02 control 7, HZ-03 control 5), as it pauses the course: their confirmation is
     * withdrawn and the time kept. SOON does not stop them. After the screen's own transaction, in one of its own,
     * so a failure here never loses the record of the screen.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void redFlagShown(RedFlagShownToAccount shown) {
        if (!shown.tier().endsTheSelfCheck()
                || identity.findAccount(shown.accountId()).isEmpty()) {
            return;
        }
        var who = shown.accountId().value();
        confirmations.deleteById(who);
        holds.save(holds.findById(who)
                .map(hold -> hold.shownAgain(shown.shownAt()))
                .orElseGet(() -> RedFlagHold.shown(who, shown.shownAt())));
    }

    /**
     * Records a finished or stopped session once: the same id again, or the same routine finished again within a
     * minute, is the session already recorded. A new session publishes {@link RoutineSessionEnded}.
     *
     * @throws SessionRefused for an unknown routine, an end before the start or in the future, or an id that is
     *         another person's
     */
    public SessionView recordSession(AccountId who, RecordSession command) {
        var routine = library.routine(command.routineId())
                .orElseThrow(() -> new SessionRefused("No routine is called " + command.routineId() + "."));
        if (command.endedAt().isBefore(command.startedAt())
                || command.endedAt().isAfter(clock.instant().plus(CLOCK_SLACK))) {
            throw new SessionRefused("The session must end after it starts, and not in the future.");
        }
        var same = sessions.findById(command.id());
        if (same.isPresent()) {
            if (!same.get().accountId().equals(who.value())) {
                throw new SessionRefused("This session id is taken.");
            }
            return same.get().view();
        }
        var again = sessions.findTop5ByAccountIdOrderByEndedAtDesc(who.value()).stream()
                .filter(recorded -> recorded.sameAs(command))
                .findFirst();
        if (again.isPresent()) {
            return again.get().view();
        }
        var session = sessions.save(RoutineSession.record(who.value(), command, clock.instant()));
        events.publishEvent(new RoutineSessionEnded(
                who,
                dayOf(who, session),
                did(routine, command, ExerciseKind.RELEASE::equals),
                did(routine, command, ExerciseKind::switchesOn),
                session.ratingLeft(),
                session.ratingRight()));
        return session.view();
    }

    /** The person's sessions, newest first. */
    @Transactional(readOnly = true)
    public List<SessionView> sessions(AccountId who) {
        return sessions.findByAccountIdOrderByEndedAtDesc(who.value()).stream()
                .map(RoutineSession::view)
                .toList();
    }

    /** One of the person's sessions; another person's is "not there". */
    @Transactional(readOnly = true)
    public Optional<SessionView> session(AccountId who, java.util.UUID id) {
        return sessions.findById(id)
                .filter(session -> session.accountId().equals(who.value()))
                .map(RoutineSession::view);
    }

    private LocalDate dayOf(AccountId who, RoutineSession session) {
        var zone = identity.findAccount(who).map(AccountView::timeZone).orElse(DefaultTimeZone.ZONE);
        return LocalDate.ofInstant(session.endedAt(), zone);
    }

    private static boolean did(RoutineView routine, RecordSession command, Predicate<ExerciseKind> kind) {
        return routine.steps().stream()
                .filter(step -> kind.test(step.exercise().kind()))
                .anyMatch(step -> command.exercises().contains(step.exercise().id()));
    }
}
