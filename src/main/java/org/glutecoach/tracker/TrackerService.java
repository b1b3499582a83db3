package org.glutecoach.tracker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.routines.RoutineSessionEnded;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.tracker.domain.ChangeSinceStart;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.Entry;
import org.glutecoach.tracker.domain.EntryValues;
import org.glutecoach.tracker.domain.LoggedDays;
import org.glutecoach.tracker.domain.LoggedWeeks;
import org.glutecoach.tracker.domain.PersonalDay;
import org.glutecoach.tracker.domain.SorenessScores;
import org.glutecoach.tracker.domain.Summaries;
import org.glutecoach.tracker.domain.Weeks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the rest of the application may ask of the tracker: log a day, read days back, and the today page's view.
 * Every method is scoped to one account. Keeping anything needs the person's consent to keep health answers.
 */
@Service
@Transactional
public class TrackerService {

    private final Entries entries;
    private final LoggedDays loggedDays;
    private final SorenessScores sorenessScores;
    private final LoggedWeeks loggedWeeks;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TrackerService(
            Entries entries,
            LoggedDays loggedDays,
            SorenessScores sorenessScores,
            LoggedWeeks loggedWeeks,
            IdentityService identity,
            PrivacyService privacy,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.entries = entries;
        this.loggedDays = loggedDays;
        this.sorenessScores = sorenessScores;
        this.loggedWeeks = loggedWeeks;
        this.identity = identity;
        this.privacy = privacy;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The person's today (and the rules for days filled in late), in their own time zone. */
    @Transactional(readOnly = true)
    public PersonalDay personalDay(AccountId who) {
        var zone = identity.account(who).timeZone();
        return PersonalDay.at(clock.instant(), zone);
    }

    /**
     * Creates or replaces the person's entry for a day: today or up to 14 days back. Called outside a transaction
     * (as pages and the API do), it runs in its own, so that a first save racing another first save of the same
     * day, which the unique key refuses, is retried once as a replacement instead of failing.
     *
     * @param consentGivenNow the person ticked the consent box on the same form: it is recorded before saving,
     *        and only when the answers are valid
     * @throws InvalidEntry naming each field (and {@code date}) that breaks a rule; nothing is stored
     * @throws HealthDataConsentNeeded without the consent to keep health answers
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public SavedEntry log(AccountId who, LocalDate day, EntryInput input, boolean consentGivenNow) {
        var values = checked(who, day, input);
        var retryable = !TransactionSynchronizationManager.isActualTransactionActive();
        try {
            return Objects.requireNonNull(transaction.execute(status -> save(who, day, values, consentGivenNow)));
        } catch (DuplicateKeyException sameDayAtOnce) {
            if (!retryable) {
                throw sameDayAtOnce;
            }
            // Two first saves of the same day at once (a double tap, a retried request): the other one made the
            // day's row and committed, so this one, in a new transaction, replaces its answers like any later save.
            return Objects.requireNonNull(transaction.execute(status -> save(who, day, values, consentGivenNow)));
        }
    }

    private SavedEntry save(AccountId who, LocalDate day, EntryValues values, boolean consentGivenNow) {
        if (consentGivenNow) {
            privacy.decide(who, Map.of(ConsentKind.HEALTH_DATA, true));
        }
        if (!privacy.hasConsent(who, ConsentKind.HEALTH_DATA)) {
            throw new HealthDataConsentNeeded();
        }
        var entry =
                entries.findByAccountIdAndEntryDate(who.value(), day).orElseGet(() -> Entry.startDay(who.value(), day));
        var created = entry.isNew();
        entry.answer(values);
        var saved = entries.save(entry);
        if (created) {
            // A new day, not each change: htmx saves on every field, and the log is for what a person would ask about.
            events.publishEvent(AuditEvent.bySelf(who.value(), AuditAction.TRACKER_DAY_LOGGED));
        }
        return new SavedEntry(saved.view(), created);
    }

    /** Checks a day's answers and date without storing anything; the values if they are all right. */
    private EntryValues checked(AccountId who, LocalDate day, EntryInput input) {
        InvalidEntry dateProblem = null;
        try {
            personalDay(who).checkLoggable(day);
        } catch (InvalidEntry wrongDay) {
            dateProblem = wrongDay;
        }
        try {
            var values = EntryValues.of(input);
            if (dateProblem != null) {
                throw dateProblem;
            }
            return values;
        } catch (InvalidEntry wrongAnswers) {
            if (dateProblem == null) {
                throw wrongAnswers;
            }
            var all = new LinkedHashMap<>(dateProblem.messageKeysByField());
            all.putAll(wrongAnswers.messageKeysByField());
            throw new InvalidEntry(all);
        }
    }

    @Transactional(readOnly = true)
    public Optional<EntryView> entry(AccountId who, LocalDate day) {
        return entries.findByAccountIdAndEntryDate(who.value(), day).map(Entry::view);
    }

    /** The person's entries from one day to another (both included), oldest first. */
    @Transactional(readOnly = true)
    public List<EntryView> entries(AccountId who, LocalDate from, LocalDate to) {
        return entries.findByAccountIdAndEntryDateBetweenOrderByEntryDate(who.value(), from, to).stream()
                .map(Entry::view)
                .toList();
    }

    /** Deletes the person's entry for a day; whether there was one. */
    public boolean delete(AccountId who, LocalDate day) {
        var deleted = entries.deleteDay(who.value(), day);
        if (deleted) {
            events.publishEvent(AuditEvent.bySelf(who.value(), AuditAction.TRACKER_DAY_DELETED));
        }
        return deleted;
    }

    /**
     * The today page for a day (today when {@code day} is {@code null}): its entry, the day before, and the week.
     *
     * @throws InvalidEntry on {@code date} for a day ahead of today or too far back to fill in
     */
    @Transactional(readOnly = true)
    public DayView day(AccountId who, @Nullable LocalDate day) {
        var personal = personalDay(who);
        var shown = day == null ? personal.today() : day;
        personal.checkLoggable(shown);
        var weekStart = personal.today().minusDays(6);
        var from = weekStart.isBefore(shown.minusDays(1)) ? weekStart : shown.minusDays(1);
        var byDate = new HashMap<LocalDate, EntryView>();
        entries(who, from, personal.today()).forEach(e -> byDate.put(e.date(), e));
        var week = new ArrayList<DayView.WeekDay>();
        for (var date = weekStart; !date.isAfter(personal.today()); date = date.plusDays(1)) {
            week.add(new DayView.WeekDay(date, byDate.get(date)));
        }
        return new DayView(
                personal.today(),
                personal.earliestLate(),
                shown,
                byDate.get(shown),
                byDate.get(shown.minusDays(1)),
                week);
    }

    /**
     * The series and findings of a period, both days included.
     *
     * @throws InvalidEntry on {@code from} when it is after {@code to} or the period is longer than ten years
     */
    @Transactional(readOnly = true)
    public SummaryView summary(AccountId who, LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusYears(10).isBefore(to)) {
            throw new InvalidEntry(Map.of("from", "tracker.error.range"));
        }
        // Only the period's rows, on the (account, date) key, with the rolling sums worked out by the database.
        return Summaries.ofLoggedDays(loggedDays.between(who.value(), from, to), from, to);
    }

    /** The series and findings of one of the chart ranges, up to the person's today. */
    @Transactional(readOnly = true)
    public SummaryView summary(AccountId who, ChartRange range) {
        var today = personalDay(who).today();
        // Only "all" starts on the first logged day; the others need no look-up for it.
        var first = range == ChartRange.ALL
                ? entries.findFirstByAccountIdOrderByEntryDate(who.value())
                        .map(Entry::day)
                        .orElse(null)
                : null;
        return summary(who, range.from(today, first), today);
    }

    /**
     * The charts of a summary: a point a day, or for a period over {@value Weeks#DRAWN_BY_WEEK_BEYOND_DAYS} days
     * (a long "all") a point a week, the weeks' means worked out in SQL. The findings and the charts' text
     * summaries stay those of the days.
     */
    @Transactional(readOnly = true)
    public List<TrackerChart> charts(AccountId who, SummaryView summary) {
        if (!Weeks.drawnByWeek(summary.from(), summary.to())) {
            return TrackerChart.of(summary);
        }
        return TrackerChart.ofWeeks(summary, loggedWeeks.between(who.value(), summary.from(), summary.to()));
    }

    /**
     * The sides whose soreness rose by 2 points or more, as of the person's today: the re-screen prompt's rule
     * ({@link RescreenPrompts}), read without recording a prompt (for the practice's client list and record).
     */
    @Transactional(readOnly = true)
    public List<Side> sorenessRisen(AccountId who) {
        var today = personalDay(who).today();
        var days = entries(who, LocalDate.of(1900, 1, 1), today);
        return java.util.Arrays.stream(Side.values())
                .filter(side -> {
                    var scores = new java.util.TreeMap<LocalDate, Integer>();
                    days.forEach(day -> {
                        var score = side.soreness(day);
                        if (score != null) {
                            scores.put(day.date(), score);
                        }
                    });
                    return org.glutecoach.tracker.domain.ChangeSinceStart.roseByTwo(scores, today);
                })
                .toList();
    }

    /**
     * {@link #sorenessRisen(AccountId)} for many people in two reads (their time zones, then only the days the
     * rule needs, {@link SorenessScores}), for the practice's client list; people with no side risen are missing.
     */
    @Transactional(readOnly = true)
    public Map<AccountId, List<Side>> sorenessRisen(java.util.Collection<AccountId> people) {
        var now = clock.instant();
        var todays = new HashMap<AccountId, LocalDate>();
        identity.timeZonesOf(people)
                .forEach(
                        (who, zone) -> todays.put(who, PersonalDay.at(now, zone).today()));
        if (todays.isEmpty()) {
            return Map.of();
        }
        var latest = java.util.Collections.max(todays.values());
        var earliest = java.util.Collections.min(todays.values());
        var scores = new HashMap<AccountId, Map<Side, java.util.TreeMap<LocalDate, Integer>>>();
        sorenessScores
                .startsAndRecent(todays.keySet().stream().map(AccountId::value).toList(), earliest.minusDays(6), latest)
                .forEach(day -> {
                    var who = new AccountId(day.account());
                    var today = todays.get(who);
                    if (today == null || day.date().isAfter(today)) {
                        return;
                    }
                    var sides = scores.computeIfAbsent(who, ignored -> new java.util.EnumMap<>(Side.class));
                    put(sides, Side.LEFT, day.date(), day.left());
                    put(sides, Side.RIGHT, day.date(), day.right());
                    put(sides, Side.MIDDLE, day.date(), day.middle());
                });
        var risen = new HashMap<AccountId, List<Side>>();
        scores.forEach((who, sides) -> {
            var today = Objects.requireNonNull(todays.get(who));
            var rose = sides.entrySet().stream()
                    .filter(side -> ChangeSinceStart.roseByTwo(side.getValue(), today))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            if (!rose.isEmpty()) {
                risen.put(who, rose);
            }
        });
        return risen;
    }

    private static void put(
            Map<Side, java.util.TreeMap<LocalDate, Integer>> sides, Side side, LocalDate day, @Nullable Integer score) {
        if (score != null) {
            sides.computeIfAbsent(side, ignored -> new java.util.TreeMap<>()).put(day, score);
        }
    }

    public boolean keepsHealthData(AccountId who) {
        return privacy.hasConsent(who, ConsentKind.HEALTH_DATA);
    }

    /**
     * A routine session ended: that day's entry shows release or activation as done (the entry is started if the
     * day has none) and keeps the activation ratings. Nothing is kept without the consent to keep health answers.
     * Runs after the routine's own transaction has committed, in its own; also when published outside one.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void routineEnded(RoutineSessionEnded ended) {
        var who = ended.accountId();
        if (!privacy.hasConsent(who, ConsentKind.HEALTH_DATA)) {
            return;
        }
        var entry = entries.findByAccountIdAndEntryDate(who.value(), ended.day())
                .orElseGet(() -> Entry.startDay(who.value(), ended.day()));
        entry.markRoutine(ended.releaseDone(), ended.activationDone(), ended.activationLeft(), ended.activationRight());
        entries.save(entry);
    }

    /** Withdrawing the consent deletes the log unless the person chose to keep what was kept read-only. */
    @EventListener
    void consentChanged(ConsentChanged changed) {
        if (changed.deletesHealthData()) {
            entries.deleteByAccountId(changed.accountId().value());
        }
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        entries.deleteByAccountId(deleted.accountId().value());
    }
}
