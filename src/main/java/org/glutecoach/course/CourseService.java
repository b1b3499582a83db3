package org.glutecoach.course;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.course.domain.Enrolment;
import org.glutecoach.course.domain.Enrolment.Status;
import org.glutecoach.course.domain.Enrolments;
import org.glutecoach.course.domain.LessonRecords;
import org.glutecoach.course.lessons.LessonLibrary;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.CourseStartRequested;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.shared.EmailAddresses;
import org.glutecoach.shared.RateLimits;
import org.glutecoach.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Enrolling (double opt-in), reading lessons, and the person's controls: pause, carry on, start again, all at
 * once, stop. The rules of each move are the {@link Enrolment}'s; this loads it, asks it and saves it. Every mail
 * goes through the outbox in the same transaction as the change that causes it.
 */
@Service
@Transactional
public class CourseService {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(7, 30);
    public static final ZoneId DEFAULT_ZONE = DefaultTimeZone.ZONE;
    /** How long a passed full red-flag screen counts: a product convention (docs/domain/red-flags.md, rule 1). */
    public static final Duration PASSED_SCREEN_LASTS = Duration.ofDays(30);
    /** Matches no account: for looking up an address alone. */
    private static final UUID NO_ACCOUNT = new UUID(0, 0);

    private final Enrolments enrolments;
    private final LessonRecords records;
    private final LessonLibrary lessons;
    private final MailOutbox mail;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final RateLimits limits;
    private final SelfCheckService selfCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseService(
            Enrolments enrolments,
            LessonRecords records,
            LessonLibrary lessons,
            MailOutbox mail,
            IdentityService identity,
            PrivacyService privacy,
            RateLimits limits,
            SelfCheckService selfCheck,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enrolments = enrolments;
        this.records = records;
        this.lessons = lessons;
        this.mail = mail;
        this.identity = identity;
        this.privacy = privacy;
        this.limits = limits;
        this.selfCheck = selfCheck;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Lesson> lessons() {
        return lessons.all();
    }

    @Transactional(readOnly = true)
    public Optional<Lesson> lesson(int day) {
        return lessons.day(day);
    }

    /** Enrols an address after a short screen with no flag at all (see {@link #enrol(EnrolmentRequest)}). */
    public void enrol(String email, LocalTime time, ZoneId zone, @Nullable AccountId account) {
        enrol(new EnrolmentRequest(email, time, zone, account, null));
    }

    /**
     * Enrols an address: a confirmation mail, and nothing more until its link is followed. The answer is the same
     * whatever the address: if it is already enrolled, it gets a mail with a link to its course instead. An
     * address gets at most a few such mails a day, whoever asks; past that the answer is the same and nothing is
     * sent or changed. A short screen that said SOON puts the self-check's advice for SOON in the mail (HZ-09).
     */
    public void enrol(EnrolmentRequest request) {
        var address = EmailAddresses.normalised(request.email());
        var account = request.account();
        var redFlag = redFlagPauseNotPassed(account, address);
        if (redFlag.isPresent() && account != null) {
            throw new SelfCheckNeededFirst();
        }
        if (!limits.takeConfirmationMail(address)) {
            return;
        }
        var soon = request.soonAdvice();
        var existing = enrolments.current(address);
        if (existing.isPresent() && existing.get().status() != Status.PENDING) {
            mail.queue(Mail.of(
                    address,
                    "course/mail/already-enrolled",
                    withSoon(Map.of("link", manageLink(existing.get())), soon)));
            return;
        }
        var token = Secrets.random(24);
        var enrolment = existing.orElseGet(() -> Enrolment.pending(
                address,
                account == null ? null : account.value(),
                request.time(),
                request.zone(),
                Secrets.random(24),
                Secrets.hash(token),
                clock.instant()));
        enrolment.newConfirmToken(Secrets.hash(token));
        // Not signed in: the same answer as for any address, but the course it confirms stays paused (HZ-23).
        redFlag.ifPresent(paused -> enrolment.pauseForRedFlag(
                paused.pausedAccountId(), requireNonNull(paused.pausedAt(), "a red-flag pause has its time")));
        enrolments.save(enrolment);
        mail.queue(Mail.of(
                address, "course/mail/confirm", withSoon(Map.of("link", "/course/confirm?token=" + token), soon)));
    }

    /**
     * The latest red-flag pause of the account or the address (a stopped enrolment's too) when the account shown
     * the screen has not passed the full self-check since: enrolling again must not skip it (HZ-23).
     */
    private Optional<Enrolment> redFlagPauseNotPassed(@Nullable AccountId account, String address) {
        var accountId = account == null ? NO_ACCOUNT : account.value();
        return enrolments
                .latestRedFlagPause(accountId, address)
                .filter(paused -> !selfCheckPassedSincePause(paused, SelfCheckPassSeen.by(account)));
    }

    private static Map<String, Object> withSoon(Map<String, Object> variables, @Nullable SoonAdvice soon) {
        if (soon == null) {
            return variables;
        }
        var all = new java.util.HashMap<>(variables);
        all.put("soon", soon);
        return all;
    }

    /** Follows the confirmation link: day 1 goes out at once, the rest at the chosen time each day. */
    public Optional<EnrolmentView> confirm(String token) {
        return enrolments
                .findByConfirmTokenHash(Secrets.hash(token))
                .filter(e -> e.status() == Status.PENDING)
                .map(e -> {
                    e.confirm(clock.instant());
                    enrolments.save(e);
                    if (e.accountId() != null) {
                        // For a signed-in person the confirmed opt-in is also their consent to course emails.
                        privacy.decide(new AccountId(e.accountId()), Map.of(ConsentKind.COURSE_EMAILS, true));
                    }
                    return view(e);
                });
    }

    /**
     * The enrolment a request may act on: the one its mail-link key opens, or else the signed-in person's own.
     */
    @Transactional(readOnly = true)
    public Optional<EnrolmentView> access(@Nullable UUID id, @Nullable String key, @Nullable AccountId signedIn) {
        if (id != null && key != null) {
            return byKey(id, key);
        }
        return signedIn == null ? Optional.empty() : forAccount(signedIn);
    }

    /** The enrolment a mail link opens, if the key matches. */
    @Transactional(readOnly = true)
    public Optional<EnrolmentView> byKey(UUID id, String key) {
        return enrolments
                .findById(id)
                .filter(e -> Secrets.same(e.accessKey(), key))
                .map(this::view);
    }

    /**
     * The signed-in person's enrolment (by account or by address). Until the account has proved its address, an
     * enrolment of that address is not theirs to see: anyone can sign up with someone else's address.
     */
    @Transactional(readOnly = true)
    public Optional<EnrolmentView> forAccount(AccountId id) {
        return enrolmentOf(id).map(this::view);
    }

    private Optional<Enrolment> enrolmentOf(AccountId id) {
        var account = identity.account(id);
        return account.emailVerified()
                ? enrolments.forAccount(id.value(), account.email())
                : enrolments.madeByAccount(id.value());
    }

    /** Marks a lesson opened (or its task done) if it is open to this enrolment. */
    public boolean recordProgress(UUID id, int day, boolean taskDone) {
        var enrolment = enrolments.findById(id).orElseThrow();
        var rollingOrExercise = lessons.day(day).map(Lesson::rollingOrExercise).orElse(true);
        if (!enrolment.unlocked(day, rollingOrExercise, clock.instant())) {
            return false;
        }
        if (taskDone) {
            records.taskDone(id, day);
        } else {
            records.opened(id, day);
        }
        return true;
    }

    /**
     * The person's controls. Each works from the enrolment's own page, so only its owner reaches it.
     *
     * @throws EnrolmentChangeNotAllowed when the enrolment is not where the control applies (pausing a course
     *         that is not under way, say)
     * @throws SelfCheckNeededFirst when the lessons were paused for a red flag and the self-check has not been
     *         passed since
     */
    public EnrolmentView change(UUID id, Control control) {
        return change(id, control, SelfCheckPassSeen.NONE);
    }

    /**
     * The person's controls, with the passes of the self-check the request can show (see {@link #change(UUID,
     * Control)}).
     */
    public EnrolmentView change(UUID id, Control control, SelfCheckPassSeen seen) {
        var e = enrolments.findLockedById(id).orElseThrow();
        var now = clock.instant();
        switch (control) {
            case PAUSE -> e.pause(now);
            case RESUME -> e.carryOn(now, selfCheckPassedSincePause(e, seen));
            case RESTART -> {
                e.restart(now, selfCheckPassedSincePause(e, seen));
                records.clearProgress(id);
            }
            case ALL_AT_ONCE -> e.openAllAtOnce(selfCheckPassedSincePause(e, seen));
            case UNSUBSCRIBE -> e.stop();
        }
        return view(enrolments.save(e));
    }

    /**
     * After a red-flag pause: whether the self-check was passed since the screen. After a screen shown to an account,
     * that account's kept pass counts; after one shown to no account, a pass in the same browser or a kept pass of
     * the person signed in now.
     */
    private boolean selfCheckPassedSincePause(Enrolment e, SelfCheckPassSeen seen) {
        var account = e.pausedAccountId();
        var since = e.pausedAt();
        if (!e.waitsForTheSelfCheck() || since == null) {
            return false;
        }
        if (account != null) {
            return selfCheck.passedFullScreenSince(new AccountId(account), since);
        }
        var inThisBrowser = seen.inThisBrowserAt();
        var signedIn = seen.signedIn();
        return (inThisBrowser != null && !inThisBrowser.isBefore(since))
                || (signedIn != null && selfCheck.passedFullScreenSince(signedIn, since));
    }

    /**
     * A red-flag screen shown in a browser that opened these enrolments' mail links: an EMERGENCY or URGENT one
     * pauses each as {@link #redFlagShown} does for an account (HZ-23), naming no account, so that a pass in a
     * browser holding the link (or a kept pass of the person signed in) lets it go on; SOON does not. Published
     * inside the screen's transaction and handled after it, in a transaction of its own, so a failure here is
     * tried again (ADR 21) and never loses the record of the screen.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void redFlagShownInABrowser(RedFlagShownInABrowser shown) {
        if (!shown.tier().endsTheSelfCheck()) {
            return;
        }
        shown.enrolments().stream()
                .flatMap(id -> enrolments.findLockedById(id).stream())
                .filter(e -> !(e.waitsForTheSelfCheck() && shownAtOrBeforePause(e, shown.shownAt())))
                .filter(e -> e.pauseForRedFlag(null, shown.shownAt()))
                .forEach(enrolments::save);
    }

    /** Handed again after a pause as late or later was made: nothing new to record (ADR 21). */
    private static boolean shownAtOrBeforePause(Enrolment e, Instant shownAt) {
        var pausedAt = e.pausedAt();
        return pausedAt != null && !shownAt.isAfter(pausedAt);
    }

    /**
     * A new time of day or time zone. The days stay the same (still one lesson a day); the next lesson comes at
     * the new time on its day.
     */
    public EnrolmentView changeTime(UUID id, LocalTime time, ZoneId zone) {
        var e = enrolments.findLockedById(id).orElseThrow();
        e.changeTime(time, zone);
        return view(enrolments.save(e));
    }

    /** The controls a person has over their course. */
    public enum Control {
        PAUSE,
        RESUME,
        RESTART,
        ALL_AT_ONCE,
        UNSUBSCRIBE
    }

    /** The link to an enrolment's own course page, which works without signing in. */
    static String manageLink(Enrolment enrolment) {
        return "/course/my?e=" + enrolment.id() + "&k=" + enrolment.accessKey();
    }

    EnrolmentView view(Enrolment e) {
        var progress = records.progressOf(e.id());
        var now = clock.instant();
        var states = lessons.all().stream()
                .map(lesson -> {
                    var done = progress.getOrDefault(lesson.day(), 0);
                    return new EnrolmentView.LessonState(
                            lesson.day(),
                            lesson.title(),
                            lesson.minutes(),
                            e.unlocked(lesson.day(), lesson.rollingOrExercise(), now),
                            e.opensAt(lesson.day(), now),
                            done >= 1,
                            done >= 2);
                })
                .toList();
        return new EnrolmentView(
                e.id(),
                e.email(),
                e.status().name(),
                e.delivery().name(),
                e.timeOfDay(),
                e.timeZone(),
                states,
                e.accessKey(),
                e.waitsForTheSelfCheck());
    }

    /**
     * Starts the course for a signed-in person who asked for it on the consent page: their address is verified
     * and their yes to course emails is recorded, so no confirmation mail is needed. Day 1 goes out at once, at
     * 07:30 in their time zone after that. A course already under way (or pending) is left as it is, but a
     * pending one starts. Only for someone who passed a full red-flag screen in the last 30 days (red-flag rule
     * 1): anyone else answers the short screen first ({@link #startsWithoutTheShortScreen}), so nothing starts here.
     */
    @EventListener
    void startRequested(CourseStartRequested requested) {
        var account = identity.account(requested.accountId());
        if (!account.emailVerified()
                || !startsWithoutTheShortScreen(account.id())
                || redFlagPauseNotPassed(account.id(), account.email()).isPresent()) {
            return;
        }
        var existing = enrolments.forAccount(account.id().value(), account.email());
        if (existing.isPresent() && existing.get().status() != Status.PENDING) {
            return;
        }
        var enrolment = existing.orElseGet(() -> Enrolment.pending(
                account.email(),
                account.id().value(),
                DEFAULT_TIME,
                account.timeZone(),
                Secrets.random(24),
                Secrets.hash(Secrets.random(24)),
                clock.instant()));
        enrolment.confirm(clock.instant());
        enrolments.save(enrolment);
    }

    /** Whether the person passed a full red-flag screen lately enough to skip the course's short one (rule 1). */
    @Transactional(readOnly = true)
    public boolean startsWithoutTheShortScreen(AccountId account) {
        return selfCheck.passedFullScreenSince(account, clock.instant().minus(PASSED_SCREEN_LASTS));
    }

    /** A person who said no to course emails stops getting them, at once. */
    @EventListener
    void consentChanged(ConsentChanged changed) {
        if (changed.kind() == ConsentKind.COURSE_EMAILS && !changed.given()) {
            forAccount(changed.accountId()).ifPresent(view -> change(view.id(), Control.UNSUBSCRIBE));
        }
    }

    /**
     * An EMERGENCY or URGENT red-flag screen shown to a signed-in person pauses their course (issue 11, HZ-23):
     * no rolling or exercise lesson comes until they pass the self-check again. SOON does not pause: it lets the
     * person read on. After the screen's own transaction, in one of its own, so a failure here never loses the
     * record of the screen.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void redFlagShown(RedFlagShownToAccount shown) {
        var account = identity.findAccount(shown.accountId());
        // Handed again (ADR 21) after the person has already passed since: the screen is answered; nothing to do.
        if (!shown.tier().endsTheSelfCheck()
                || account.isEmpty()
                || selfCheck.passedFullScreenSince(shown.accountId(), shown.shownAt())) {
            return;
        }
        // Every enrolment not stopped of the account (and of its proven address), not only the newest.
        var id = shown.accountId().value();
        var found = account.get().emailVerified()
                ? enrolments.of(id, account.get().email())
                : enrolments.allMadeByAccount(id);
        var paused = found.stream()
                .flatMap(e -> enrolments.findLockedById(e.id()).stream())
                .filter(e -> e.pauseForRedFlag(id, shown.shownAt()))
                .map(enrolments::save)
                .count();
        if (paused > 0) {
            events.publishEvent(new CoursePausedForRedFlag(shown.accountId(), shown.tier(), shown.shownAt()));
        }
    }

    /**
     * What a person asks for when they enrol.
     *
     * @param soonAdvice the short screen's result when it said SOON: its advice goes into the mail (HZ-09)
     */
    public record EnrolmentRequest(
            String email,
            LocalTime time,
            ZoneId zone,
            @Nullable AccountId account,
            @Nullable SoonAdvice soonAdvice) {}
}
