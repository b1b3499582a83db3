package org.glutecoach.practice;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.glutecoach.identity.AccountId;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.practice.domain.PracticeDetails;
import org.glutecoach.practice.domain.PracticeDetailsStore;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of the practice. Its contact details live in the database, where the
 * owner edits them; the {@code GLUTECOACH_PRACTICE_*} settings only fill them on the first start.
 */
@Service
@Transactional
public class PracticeService {

    private static final Logger log = LoggerFactory.getLogger(PracticeService.class);

    private final PracticeSettings settings;
    private final PracticeDetailsStore details;
    private final ApplicationEventPublisher events;
    private final MailOutbox mail;
    private final ReportLimit reports;

    PracticeService(
            PracticeSettings settings,
            PracticeDetailsStore details,
            ApplicationEventPublisher events,
            MailOutbox mail,
            Clock clock) {
        this.settings = settings;
        this.details = details;
        this.events = events;
        this.mail = mail;
        this.reports = new ReportLimit(settings.reportsPerHour(), clock);
    }

    /** How to reach the practice; empty fields when the owner has not set them. */
    @Transactional(readOnly = true)
    public PracticeContactView contact() {
        // Before the first start has stored them, the settings are what the owner gave.
        return view(details.find().orElseGet(this::fromSettings));
    }

    /**
     * The owner's new contact details, checked and stored; audited.
     *
     * @throws InvalidPracticeDetails naming the first field that cannot be used
     */
    public PracticeContactView changeContact(AccountId owner, ChangePracticeDetails change) {
        var changed = new PracticeDetails(change.name(), change.phone(), change.email(), change.address());
        details.save(changed);
        events.publishEvent(new AuditEvent(owner.value(), null, AuditAction.PRACTICE_DETAILS_CHANGED, null));
        return view(changed);
    }

    /**
     * Sends a "problem with this advice" report to the practice's email address through the outbox.
     *
     * @return whether it went to the outbox: {@code false} when the practice has no email address
     * @throws TooManyReports beyond the hourly cap of reports
     */
    public boolean reportProblem(ReportProblem report) {
        var to = contact().email();
        if (to == null) {
            return false;
        }
        if (!reports.tryTake()) {
            throw new TooManyReports();
        }
        var variables = new HashMap<String, Object>();
        variables.put("about", report.about() == null ? "" : report.about());
        variables.put("message", report.message());
        variables.put("replyTo", report.replyTo() == null ? "" : report.replyTo());
        var message = Mail.of(to, "practice/mail/problem-report", variables);
        mail.queue(report.replyTo() == null ? message : message.withHeaders(Map.of("Reply-To", report.replyTo())));
        return true;
    }

    /** On the first start, the settings become the stored details; later starts leave the owner's edits alone. */
    @EventListener(ApplicationReadyEvent.class)
    void storeSettingsOnFirstStart() {
        if (details.addIfAbsent(fromSettings())) {
            log.info("Stored the practice's contact details from the GLUTECOACH_PRACTICE_* settings; from now on "
                    + "the owner edits them on /practice/details");
        }
    }

    private PracticeDetails fromSettings() {
        return new PracticeDetails(settings.name(), settings.phone(), settings.email(), settings.address());
    }

    private static PracticeContactView view(PracticeDetails details) {
        return new PracticeContactView(
                details.name(), details.phone(), details.phoneLink(), details.email(), details.address());
    }
}
