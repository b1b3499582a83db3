package org.glutecoach.routines;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.routines.domain.LaggingSideRule;
import org.glutecoach.routines.domain.PersonalRoutines;
import org.glutecoach.routines.domain.RedFlagHold;
import org.glutecoach.routines.domain.RedFlagHolds;
import org.glutecoach.routines.domain.RoutineSession;
import org.glutecoach.routines.domain.RoutineSessions;
import org.glutecoach.routines.domain.ScreenConfirmation;
import org.glutecoach.routines.domain.ScreenConfirmations;
import org.glutecoach.routines.domain.SessionTimes;
import org.glutecoach.routines.library.ExerciseLibrary;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.DefaultTimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the rest of the application may ask of the routines: the library, the ready-made routines and a person's
 * own, whether a person may start one, and recording the sessions they finish or stop.
 */
@Service
@Transactional
public class RoutinesService {

    /** A passed full red-flag screen counts for this long before a first routine (as for the course). */
    static final Duration PASSED_SCREEN_LASTS = Duration.ofDays(30);

    private final ExerciseLibrary library;
    private final MyRoutines mine;
    private final boolean shortenedDoses;
    private final RoutineSessions sessions;
    private final ScreenConfirmations confirmations;
    private final RedFlagHolds holds;
    private final SelfCheckService selfCheck;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoutinesService(
            RoutinesSettings settings,
            RoutineSessions sessions,
            PersonalRoutines personal,
            ScreenConfirmations confirmations,
            RedFlagHolds holds,
            SelfCheckService selfCheck,
            IdentityService identity,
            PrivacyService privacy,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.library = ExerciseLibrary.load(settings.dir());
        this.mine = new MyRoutines(library, personal, clock);
        this.shortenedDoses = settings.shortenedDoses();
        this.sessions = sessions;
        this.confirmations = confirmations;
        this.holds = holds;
        this.selfCheck = selfCheck;
        this.identity = identity;
        this.privacy = privacy;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
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

    /** A routine the person may play: a ready-made one, or one of their own (by its id); another's is not there. */
    @Transactional(readOnly = true)
    public Optional<RoutineView> routine(AccountId who, String id) {
        return library.routine(id).or(() -> mine.byRoutineId(who, id));
    }

    /** Whether the player may shorten every hold and rest ({@code ?scale=}): for tests only, off by default. */
    public boolean allowsShortenedDoses() {
        return shortenedDoses;
    }

    /** The person's own routines, oldest first. */
    @Transactional(readOnly = true)
    public List<RoutineView> myRoutines(AccountId who) {
        return mine.all(who);
    }

    /** One of the person's own routines; another person's is "not there". */
    @Transactional(readOnly = true)
    public Optional<RoutineView> myRoutine(AccountId who, UUID id) {
        return mine.one(who, id);
    }

    /**
     * Saves a new routine of the person's own.
     *
     * @throws InvalidRoutine for a blank or long name, no or too many exercises, one not in the library, or a
     *         release not followed by a move that switches the muscle on; nothing is saved
     */
    public RoutineView createRoutine(AccountId who, SaveRoutine command) {
        return mine.create(who, command);
    }

    /**
     * Renames the person's routine and replaces its exercises; empty when it is not theirs.
     *
     * @throws InvalidRoutine as {@link #createRoutine}; nothing is changed
     */
    public Optional<RoutineView> changeRoutine(AccountId who, UUID id, SaveRoutine command) {
        return mine.change(who, id, command);
    }

    /** @throws InvalidRoutine for a blank or long name */
    public Optional<RoutineView> renameRoutine(AccountId who, UUID id, @Nullable String name) {
        return mine.rename(who, id, name);
    }

    /** Moves the exercise at {@code position} (from 0) by {@code by} places, −1 up or +1 down. */
    public Optional<RoutineView> moveExercise(AccountId who, UUID id, int position, int by) {
        return mine.move(who, id, position, by);
    }

    /** @throws InvalidRoutine when the exercise is not in the library or the routine would break a rule */
    public Optional<RoutineView> addExercise(AccountId who, UUID id, @Nullable String exercise) {
        return mine.add(who, id, exercise);
    }

    /** @throws InvalidRoutine when the routine would be left empty or with a release on its own */
    public Optional<RoutineView> removeExercise(AccountId who, UUID id, int position) {
        return mine.remove(who, id, position);
    }

    /** Deletes the person's routine; false when it is not theirs. Its sessions stay in their history. */
    public boolean deleteRoutine(AccountId who, UUID id) {
        return mine.delete(who, id);
    }

    /** The library's moves that switch the muscle on one side at a time: what a lagging side needs more of. */
    @Transactional(readOnly = true)
    public List<Exercise> singleSideWork() {
        return library.exercises().stream()
                .filter(exercise -> exercise.kind().switchesOn() && exercise.sides() == Sides.EACH)
                .toList();
    }

    /**
     * The side whose activation ratings have stayed lower for two weeks ({@link LaggingSideRule}), if there is one.
     */
    @Transactional(readOnly = true)
    public Optional<LaggingSide> laggingSide(AccountId who) {
        var now = clock.instant();
        var rated = sessions
                .findByAccountIdAndEndedAtAfterOrderByEndedAt(
                        who.value(), now.minus(LaggingSideRule.WINDOW).minusSeconds(1))
                .stream()
                .flatMap(session -> session.rated().stream())
                .toList();
        return LaggingSideRule.of(rated, now);
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
        return hold(who).isPresent();
    }

    /** Why the person's routines wait for a new pass of the red-flag screen, if they do. */
    @Transactional(readOnly = true)
    public Optional<HoldReason> hold(AccountId who) {
        return holds.findById(who.value()).map(RedFlagHold::cause);
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
        // Handed again (ADR 21) after the person has already passed since: the screen is answered; nothing to do.
        if (!shown.tier().endsTheSelfCheck()
                || identity.findAccount(shown.accountId()).isEmpty()
                || selfCheck.passedFullScreenSince(shown.accountId(), shown.shownAt())) {
            return;
        }
        var who = shown.accountId().value();
        confirmations.deleteById(who);
        holds.save(holds.findById(who)
                .map(hold -> hold.shownAgain(shown.shownAt()))
                .orElseGet(() -> RedFlagHold.shown(who, shown.shownAt())));
    }

    /**
     * Records a finished or stopped session once: the same id again (also sent twice at once), or the same routine
     * finished again within a minute, is the session already recorded. A new session publishes
     * {@link RoutineSessionEnded}. Pins and needles or numbness in a comfort check puts the person's routines on
     * hold until they pass the red-flag screen again, whether or not the session can be kept.
     *
     * @param consentGivenNow the person ticked the consent box on the page that sent it: recorded before saving
     * @throws HealthDataConsentNeeded without the consent to keep health answers: nothing of the session is kept
     * @throws SessionRefused for an unknown routine, times that do not fit ({@link SessionTimes}), or an id that
     *         is another person's
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SessionView recordSession(AccountId who, RecordSession command, boolean consentGivenNow) {
        var routine = routine(who, command.routineId())
                .orElseThrow(() -> new SessionRefused(
                        "No routine is called " + command.routineId() + ".",
                        Map.of("routineId", "routines.session.routine.unknown")));
        SessionTimes.check(command.startedAt(), command.endedAt(), clock.instant());
        if (command.comfortChecks().stream().anyMatch(RecordSession.ComfortCheck::nerve)) {
            transactions.executeWithoutResult(status -> holdForNerve(who, command));
        }
        try {
            return Objects.requireNonNull(transactions.execute(status -> keep(who, routine, command, consentGivenNow)));
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // The same id sent twice at once: the other request has just stored it, and this one answers with it.
            return Objects.requireNonNull(transactions.execute(status -> keep(who, routine, command, false)));
        }
    }

    /** {@link #recordSession(AccountId, RecordSession, boolean)} with no consent given on the way. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SessionView recordSession(AccountId who, RecordSession command) {
        return recordSession(who, command, false);
    }

    private SessionView keep(AccountId who, RoutineView routine, RecordSession command, boolean consentGivenNow) {
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
        if (consentGivenNow) {
            privacy.decide(who, Map.of(ConsentKind.HEALTH_DATA, true));
        }
        if (!privacy.hasConsent(who, ConsentKind.HEALTH_DATA)) {
            throw new HealthDataConsentNeeded();
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

    /**
     * Pins and needles or numbness can mean a nerve is pressed (dosage.md §1): the person's screen confirmation is
     * withdrawn and their routines wait until they pass the red-flag screen again after this session (a resend of a
     * session already recorded changes nothing).
     */
    private void holdForNerve(AccountId who, RecordSession command) {
        if (sessions.existsById(command.id())) {
            return;
        }
        var now = clock.instant();
        var at = command.endedAt().isBefore(now) ? command.endedAt() : now;
        confirmations.deleteById(who.value());
        holds.save(holds.findById(who.value())
                .map(hold -> hold.heldAgain(at, HoldReason.NERVE))
                .orElseGet(() -> RedFlagHold.held(who.value(), at, HoldReason.NERVE)));
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
    public Optional<SessionView> session(AccountId who, UUID id) {
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
