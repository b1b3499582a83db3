package org.glutecoach.practice;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of the practice. */
@Service
public class PracticeService {

    private final PracticeSettings settings;
    private final MailOutbox mail;
    private final ReportLimit reports;

    @Autowired
    PracticeService(PracticeSettings settings, MailOutbox mail,
            @Value("${glutecoach.practice.reports-per-hour:20}") int reportsPerHour, Clock clock) {
        this.settings = settings;
        this.mail = mail;
        this.reports = new ReportLimit(reportsPerHour, clock);
    }

    /** Without mail, for tests of the contact details alone. */
    PracticeService(PracticeSettings settings) {
        this(settings, null, 0, Clock.systemUTC());
    }

    /** How to reach the practice; empty fields when the owner has not set them. */
    public PracticeContactView contact() {
        var phone = blankToNull(settings.phone());
        return new PracticeContactView(blankToNull(settings.name()), phone,
                phone == null ? null : phone.replaceAll("[^0-9+]", ""), blankToNull(settings.email()),
                blankToNull(settings.address()));
    }

    /**
     * Sends a "problem with this advice" report to the practice's email address through the outbox.
     *
     * @return whether it went to the outbox: {@code false} when the practice has no email address
     * @throws TooManyReports beyond the hourly cap of reports
     */
    @Transactional
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

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
