package org.glutecoach.tracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.Secrets;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.domain.Entries;
import org.glutecoach.tracker.domain.Entry;
import org.glutecoach.tracker.domain.Reminder;
import org.glutecoach.tracker.domain.ReminderMail;
import org.glutecoach.tracker.domain.ReminderMails;
import org.glutecoach.tracker.domain.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The optional daily reminder email: off until the person switches it on (with their yes to reminder emails), at
 * the local time they chose. Each reminder is one transaction: the row for that day (unique per person and day),
 * the mail in the outbox and the next due time commit together or not at all, so a reminder is neither lost nor
 * sent twice, even by two instances. Every mail has a one-click unsubscribe that works without signing in.
 */
@Service
@Transactional
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    private static final int BATCH = 500;

    private final Reminders reminders;
    private final ReminderMails sent;
    private final Entries entries;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final MailOutbox mail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyReminders(
            Reminders reminders,
            ReminderMails sent,
            Entries entries,
            IdentityService identity,
            PrivacyService privacy,
            MailOutbox mail,
            TransactionTemplate transaction,
            Clock clock) {
        this.reminders = reminders;
        this.sent = sent;
        this.entries = entries;
        this.identity = identity;
        this.privacy = privacy;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderView reminder(AccountId who) {
        var time = reminders.findById(who.value()).map(Reminder::time).orElse(null);
        return new ReminderView(
                time, identity.account(who).timeZone(), privacy.hasConsent(who, ConsentKind.REMINDER_EMAILS));
    }

    /**
     * Switches the reminder on at a local time ({@code HH:mm}), or moves it there.
     *
     * @param consentGivenNow the person ticked the consent box on the same form: recorded only with a valid time
     * @throws InvalidEntry on {@code time} when it is not a time of day
     * @throws ReminderConsentNeeded without the person's yes to reminder emails
     */
    public ReminderView remindAt(AccountId who, String time, boolean consentGivenNow) {
        LocalTime at;
        try {
            at = LocalTime.parse(time.strip());
        } catch (DateTimeParseException notATime) {
            throw new InvalidEntry(Map.of("time", "tracker.reminder.error.time"));
        }
        if (consentGivenNow) {
            privacy.decide(who, Map.of(ConsentKind.REMINDER_EMAILS, true));
        }
        if (!privacy.hasConsent(who, ConsentKind.REMINDER_EMAILS)) {
            throw new ReminderConsentNeeded();
        }
        var zone = identity.account(who).timeZone();
        var reminder = reminders
                .findById(who.value())
                .map(existing -> {
                    existing.moveTo(at, clock.instant(), zone);
                    return existing;
                })
                .orElseGet(() -> Reminder.switchOn(who.value(), at, clock.instant(), zone));
        reminders.save(reminder);
        return reminder(who);
    }

    /** Switches the reminder off; the consent stays as the person left it. */
    public void switchOff(AccountId who) {
        reminders.switchOff(who.value());
    }

    /**
     * The one-click unsubscribe of a reminder mail: withdraws the yes to reminder emails (which switches the
     * reminder off). Saying it twice does no harm.
     *
     * @return whether the key belongs to a reminder mail
     */
    public boolean stopFromMail(String key) {
        var mailed = sent.findByUnsubscribeKeyHash(Secrets.hash(key));
        mailed.ifPresent(m -> {
            privacy.decide(new AccountId(m.accountId()), Map.of(ConsentKind.REMINDER_EMAILS, false));
            reminders.switchOff(m.accountId());
        });
        return mailed.isPresent();
    }

    @Transactional(readOnly = true)
    public boolean knowsKey(String key) {
        return sent.findByUnsubscribeKeyHash(Secrets.hash(key)).isPresent();
    }

    /**
     * Queues the reminders due now, up to a batch a run (the task runs every minute or so); returns how many.
     * Each in its own transaction: one that fails (another instance took it first) leaves the rest to go.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDue() {
        var queued = 0;
        for (var candidate : reminders.due(clock.instant(), BATCH)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> send(candidate.accountId())))) {
                    queued++;
                }
            } catch (DataAccessException | DbActionExecutionException takenElsewhere) {
                // Another instance changed the same reminder first (its version moved on, or the day's row exists).
                log.info("Reminder for {} left to the next run: {}", candidate.accountId(), takenElsewhere.toString());
            }
        }
        return queued;
    }

    private boolean send(UUID accountId) {
        var now = clock.instant();
        var reminder = reminders.findById(accountId).orElse(null);
        if (reminder == null || reminder.nextDueAt().isAfter(now)) {
            return false;
        }
        var who = new AccountId(accountId);
        if (!privacy.hasConsent(who, ConsentKind.REMINDER_EMAILS)) {
            reminders.switchOff(accountId);
            return false;
        }
        var account = identity.account(who);
        var day = reminder.remind(
                now,
                account.timeZone(),
                date -> entries.findByAccountIdAndEntryDate(accountId, date)
                        .filter(Entry::answeredByThePerson)
                        .isPresent(),
                date -> sent.existsByAccountIdAndReminderDate(accountId, date));
        reminders.save(reminder);
        // Mail only to an address the person has proven is theirs.
        if (day.isEmpty() || !account.emailVerified()) {
            return false;
        }
        var key = Secrets.random(32);
        sent.save(ReminderMail.sent(accountId, day.get(), Secrets.hash(key), now));
        mail.queue(Mail.of(
                        account.email(),
                        "tracker/mail/reminder",
                        Map.of("link", "/tracker", "settings", "/tracker/reminder"))
                .withOneClickUnsubscribe(mail.link("/tracker/reminder/stop?k=" + key))
                .about(accountId));
        return true;
    }

    /** The reminder's part of the person's export: the time chosen (empty when off) and the days reminded. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(AccountId who) {
        var part = new LinkedHashMap<String, Object>();
        part.put(
                "time",
                reminders.findById(who.value()).map(r -> r.time().toString()).orElse(""));
        List<String> days = sent.findByAccountIdOrderByReminderDate(who.value()).stream()
                .map(ReminderMail::reminderDate)
                .map(LocalDate::toString)
                .toList();
        part.put("sentFor", days);
        return part;
    }

    /** Withdrawing the yes to reminder emails stops them at once. */
    @EventListener
    void consentChanged(ConsentChanged changed) {
        if (changed.kind() == ConsentKind.REMINDER_EMAILS && !changed.given()) {
            reminders.switchOff(changed.accountId().value());
        }
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        reminders.switchOff(deleted.accountId().value());
        sent.deleteByAccountId(deleted.accountId().value());
    }
}
