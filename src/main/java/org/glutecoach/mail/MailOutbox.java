package org.glutecoach.mail;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.glutecoach.mail.sending.MailRenderer;
import org.glutecoach.mail.sending.MailSettings;
import org.glutecoach.mail.sending.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may do with mail: queue it with their change, and forget a person's mails. */
@Service
public class MailOutbox {

    private static final int WAITING_SHOWN = 50;

    private final Outbox outbox;
    private final MailRenderer renderer;
    private final MailSettings settings;

    MailOutbox(Outbox outbox, MailRenderer renderer, MailSettings settings) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.settings = settings;
    }

    /**
     * Renders the mail now and writes it to the outbox in the caller's transaction: if that transaction rolls
     * back, the mail is never sent. The relay sends it within seconds when SMTP is reachable.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queue(Mail mail) {
        return outbox.add(mail.to(), renderer.render(mail), mail.headers(), mail.about());
    }

    /** A path of this installation as a full address, for headers and anything else outside a template. */
    public String link(String path) {
        return renderer.baseUrl() + path;
    }

    /** Erases every mail to this address, sent or waiting (when the person deletes their account). */
    @Transactional
    public void forget(String recipient) {
        outbox.deleteByRecipient(recipient);
    }

    /**
     * Erases every mail about the account (see {@link Mail#about}), to whichever address it went, and every mail
     * to the addresses given (the account's proven ones), sent or waiting.
     */
    @Transactional
    public void forget(UUID account, Collection<String> recipients) {
        outbox.deleteAbout(account);
        recipients.forEach(outbox::deleteByRecipient);
    }

    /**
     * Empties the bodies of mails sent before this time (the daily task does it for those older than
     * {@code glutecoach.mail.keep-sent-bodies}); subjects and dates stay as the record.
     *
     * @return how many mails were emptied
     */
    @Transactional
    public int emptySentBodies(java.time.Instant sentBefore) {
        return outbox.emptySentBodies(sentBefore);
    }

    @Transactional(readOnly = true)
    public List<SentMail> mailsTo(String recipient) {
        return outbox.mailsTo(recipient);
    }

    @Transactional(readOnly = true)
    public MailStatus status() {
        return new MailStatus(settings.smtpConfigured(), outbox.waitingCount(), outbox.oldestWaiting(WAITING_SHOWN));
    }
}
