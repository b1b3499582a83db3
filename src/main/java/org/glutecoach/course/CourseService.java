package org.glutecoach.course;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.course.domain.Enrolment;
import org.glutecoach.course.domain.Enrolment.Delivery;
import org.glutecoach.course.domain.Enrolment.Status;
import org.glutecoach.course.domain.Enrolments;
import org.glutecoach.course.lessons.LessonLibrary;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.CourseStartRequested;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.context.annotation.Lazy;
import org.glutecoach.shared.EmailAddresses;
import org.glutecoach.shared.PersonalData;
import org.glutecoach.shared.RateLimits;
import org.glutecoach.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling (double opt-in), reading lessons, and the person's controls: pause, resume, restart, all at once,
 * stop. Every mail goes through the outbox in the same transaction as the change that causes it.
 */
@Service
@Transactional
public class CourseService implements PersonalData {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(7, 30);
    public static final ZoneId DEFAULT_ZONE = DefaultTimeZone.ZONE;
    /** How long a passed full red-flag screen counts: a product convention (docs/domain/red-flags.md, rule 1). */
    public static final Duration PASSED_SCREEN_LASTS = Duration.ofDays(30);

    private final Enrolments enrolments;
    private final LessonLibrary lessons;
    private final MailOutbox mail;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final RateLimits limits;
    private final SelfCheckService selfCheck;
    private final Clock clock;

    CourseService(Enrolments enrolments, LessonLibrary lessons, MailOutbox mail, IdentityService identity,
            @Lazy PrivacyService privacy, RateLimits limits, SelfCheckService selfCheck, Clock clock) {
        this.selfCheck = selfCheck;
        this.limits = limits;
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.mail = mail;
        this.identity = identity;
        this.privacy = privacy;
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

    /**
     * Enrols an address: a confirmation mail, and nothing more until its link is followed. The answer is the same
     * whatever the address: if it is already enrolled, it gets a mail with a link to its course instead. An
     * address gets at most a few such mails a day, whoever asks; past that the answer is the same and nothing is
     * sent or changed.
     */
    public void enrol(String email, LocalTime time, ZoneId zone, @Nullable AccountId account) {
        var address = EmailAddresses.normalised(email);
        if (!limits.takeConfirmationMail(address)) {
            return;
        }
        var existing = enrolments.current(address);
        if (existing.isPresent() && existing.get().status() != Status.PENDING) {
            mail.queue(Mail.of(address, "course/mail/already-enrolled", Map.of("link", manageLink(existing.get()))));
            return;
        }
        var token = Secrets.random(24);
        if (existing.isPresent()) {
            enrolments.newConfirmToken(existing.get().id(), Secrets.hash(token));
        } else {
            var enrolment = new Enrolment(UUID.randomUUID(), address, account == null ? null : account.value(),
                    Status.PENDING, Delivery.DAILY, time, zone, null, 1, 1, null, Secrets.random(24), clock.instant());
            enrolments.add(enrolment, Secrets.hash(token));
        }
        mail.queue(Mail.of(address, "course/mail/confirm", Map.of("link", "/course/confirm?token=" + token)));
    }

    /** Follows the confirmation link: day 1 goes out at once, the rest at the chosen time each day. */
    public Optional<EnrolmentView> confirm(String token) {
        return enrolments.findByConfirmToken(Secrets.hash(token)).filter(e -> e.status() == Status.PENDING).map(e -> {
            var now = clock.instant();
            enrolments.schedule(e.id(), Status.ACTIVE, Delivery.DAILY, java.time.LocalDate.ofInstant(now,
                    e.timeZone()), e.round(), 1, now);
            if (e.accountId() != null) {
                // For a signed-in person the confirmed opt-in is also their consent to course emails.
                privacy.decide(new AccountId(e.accountId()), Map.of(ConsentKind.COURSE_EMAILS, true));
            }
            return view(enrolments.find(e.id()).orElseThrow());
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
        return withKey(id, key).map(this::view);
    }

    /**
     * The signed-in person's enrolment (by account or by address). Until the account has proved its address, an
     * enrolment of that address is not theirs to see: anyone can sign up with someone else's address.
     */
    @Transactional(readOnly = true)
    public Optional<EnrolmentView> forAccount(AccountId id) {
        var account = identity.findAccount(id).orElseThrow();
        var found = account.emailVerified() ? enrolments.forAccount(id.value(), account.email())
                : enrolments.madeByAccount(id.value());
        return found.map(this::view);
    }

    /** Marks a lesson opened (or its task done) if it is open to this enrolment. */
    public boolean recordProgress(UUID id, int day, boolean taskDone) {
        var enrolment = enrolments.find(id).orElseThrow();
        if (!enrolment.unlocked(day, clock.instant())) {
            return false;
        }
        if (taskDone) {
            enrolments.taskDone(id, day);
        } else {
            enrolments.opened(id, day);
        }
        return true;
    }

    /** The person's controls. Each works from the enrolment's own page, so only its owner reaches it. */
    public EnrolmentView change(UUID id, Control control) {
        var e = enrolments.find(id).orElseThrow();
        var now = clock.instant();
        switch (control) {
            case PAUSE -> {
                if (e.status() == Status.ACTIVE) {
                    enrolments.schedule(id, Status.PAUSED, e.delivery(), e.startDate(), e.round(), e.nextDay(), null);
                }
            }
            case RESUME -> {
                if (e.status() == Status.PAUSED) {
                    var start = Enrolment.startForNext(e.nextDay(), e.timeOfDay(), e.timeZone(), now);
                    enrolments.schedule(id, Status.ACTIVE, e.delivery(), start, e.round(), e.nextDay(),
                            e.delivery() == Delivery.DAILY ? Enrolment.dueAt(start, e.nextDay(), e.timeOfDay(),
                                    e.timeZone(), now) : null);
                }
            }
            case RESTART -> {
                if (e.status() != Status.PENDING && e.status() != Status.UNSUBSCRIBED) {
                    enrolments.clearProgress(id);
                    enrolments.schedule(id, Status.ACTIVE, Delivery.DAILY, java.time.LocalDate.ofInstant(now,
                            e.timeZone()), e.round() + 1, 1, now);
                }
            }
            case ALL_AT_ONCE -> {
                if (e.status() == Status.ACTIVE || e.status() == Status.PAUSED) {
                    enrolments.schedule(id, Status.ACTIVE, Delivery.ALL_AT_ONCE, e.startDate(), e.round(),
                            e.nextDay(), null);
                }
            }
            case UNSUBSCRIBE -> enrolments.schedule(id, Status.UNSUBSCRIBED, e.delivery(), e.startDate(), e.round(),
                    e.nextDay(), null);
            default -> throw new IllegalArgumentException("Unknown control " + control);
        }
        return view(enrolments.find(id).orElseThrow());
    }

    /**
     * A new time of day or time zone. The days stay the same (still one lesson a day); the next lesson comes at
     * the new time on its day.
     */
    public EnrolmentView changeTime(UUID id, LocalTime time, ZoneId zone) {
        var e = enrolments.find(id).orElseThrow();
        var start = e.startDate();
        var waiting = e.status() == Status.ACTIVE && e.delivery() == Delivery.DAILY && e.nextDay() > 1;
        var due = waiting && start != null && e.nextDueAt() != null
                ? Enrolment.dueAt(start, e.nextDay(), time, zone, e.nextDueAt()) : e.nextDueAt();
        enrolments.changeTime(id, time, zone, start, due);
        return view(enrolments.find(id).orElseThrow());
    }

    /** The controls a person has over their course. */
    public enum Control { PAUSE, RESUME, RESTART, ALL_AT_ONCE, UNSUBSCRIBE }

    /** The link to an enrolment's own course page, which works without signing in. */
    public static String manageLink(Enrolment enrolment) {
        return "/course/my?e=" + enrolment.id() + "&k=" + enrolment.accessKey();
    }

    Optional<Enrolment> withKey(UUID id, String key) {
        return enrolments.find(id).filter(e -> Secrets.same(e.accessKey(), key));
    }

    EnrolmentView view(Enrolment e) {
        var progress = enrolments.progressOf(e.id());
        var now = clock.instant();
        var states = lessons.all().stream().map(lesson -> {
            var done = progress.getOrDefault(lesson.day(), 0);
            return new EnrolmentView.LessonState(lesson.day(), lesson.title(), lesson.minutes(),
                    e.unlocked(lesson.day(), now), e.opensAt(lesson.day(), now), done >= 1, done >= 2);
        }).toList();
        return new EnrolmentView(e.id(), e.email(), e.status().name(), e.delivery().name(), e.timeOfDay(),
                e.timeZone(), states, e.accessKey());
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
        var account = identity.findAccount(requested.accountId()).orElseThrow();
        if (!account.emailVerified() || !startsWithoutTheShortScreen(account.id())) {
            return;
        }
        var existing = enrolments.forAccount(account.id().value(), account.email());
        if (existing.isPresent() && existing.get().status() != Status.PENDING) {
            return;
        }
        var id = existing.map(Enrolment::id).orElseGet(() -> {
            var enrolment = new Enrolment(UUID.randomUUID(), account.email(), account.id().value(), Status.PENDING,
                    Delivery.DAILY, DEFAULT_TIME, account.timeZone(), null, 1, 1, null, Secrets.random(24),
                    clock.instant());
            enrolments.add(enrolment, Secrets.hash(Secrets.random(24)));
            return enrolment.id();
        });
        var now = clock.instant();
        enrolments.schedule(id, Status.ACTIVE, Delivery.DAILY, java.time.LocalDate.ofInstant(now,
                account.timeZone()), 1, 1, now);
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

    /** Erases the person's enrolments; one of an address the account never proved belongs to that address. */
    @EventListener
    void erase(AccountDeleted deleted) {
        if (deleted.emailVerified()) {
            enrolments.deleteFor(deleted.accountId().value(), deleted.email());
        } else {
            enrolments.deleteMadeByAccount(deleted.accountId().value());
        }
    }

    @Override
    public String section() {
        return "course";
    }

    @Override
    public Object of(UUID accountId) {
        var account = identity.findAccount(new AccountId(accountId)).orElseThrow();
        var own = account.emailVerified() ? enrolments.of(accountId, account.email())
                : enrolments.allMadeByAccount(accountId);
        return Map.of("enrolments", own.stream().map(e -> {
            var data = new HashMap<String, Object>();
            data.put("email", e.email());
            data.put("status", e.status());
            data.put("delivery", e.delivery());
            data.put("timeOfDay", e.timeOfDay().toString());
            data.put("timeZone", e.timeZone().getId());
            data.put("startDate", e.startDate() == null ? null : e.startDate().toString());
            data.put("createdAt", e.createdAt());
            data.put("lessonsSent", enrolments.deliveries(e.id()));
            data.put("progress", enrolments.progressOf(e.id()));
            return data;
        }).toList());
    }
}
