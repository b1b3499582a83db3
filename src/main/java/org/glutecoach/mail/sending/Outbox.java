package org.glutecoach.mail.sending;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glutecoach.mail.SentMail;
import org.glutecoach.mail.WaitingMail;
import org.glutecoach.shared.SealedSecrets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The outbox as the mail module uses it: seals the bodies of what is queued and opens those of what is due, and
 * says when a failed mail is tried again. The rows themselves are {@link OutboxMail}s in {@link OutboxMails}.
 */
@Component
public class Outbox {

    private static final int MAX_ERROR = 500;

    private final OutboxMails mails;
    private final MailSettings settings;
    private final SealedSecrets sealed;
    private final Clock clock;

    Outbox(OutboxMails mails, MailSettings settings, SealedSecrets sealed, Clock clock) {
        this.mails = mails;
        this.settings = settings;
        this.sealed = sealed;
        this.clock = clock;
    }

    /** One mail ready to send. */
    public record Due(
            UUID id,
            String recipient,
            String subject,
            String text,
            String html,
            Map<String, String> headers,
            int attempts) {}

    /**
     * Adds a mail to send. Both bodies are sealed (ADR 8): they carry live links (reset, verification,
     * invitation), and a copy of the database must not be a way into accounts. The relay opens them to send.
     */
    public UUID add(String recipient, RenderedMail mail, Map<String, String> headers, @Nullable UUID about) {
        return mails.save(OutboxMail.waiting(
                        recipient,
                        mail.subject(),
                        sealed.seal(mail.text()),
                        sealed.seal(mail.html()),
                        headerLines(headers),
                        about,
                        clock.instant()))
                .id();
    }

    List<Due> due(int limit) {
        return mails.due(clock.instant(), limit).stream().map(this::due).toList();
    }

    /** Waiting mails not yet written to the log (with no SMTP server set), oldest first. */
    List<Due> notShownInLog(int limit) {
        return mails.notShownInLog(limit).stream().map(this::due).toList();
    }

    void markShownInLog(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            mails.markShownInLog(ids, clock.instant());
        }
    }

    /** A mail ready to send (or to show in the log): its sealed bodies opened. */
    private Due due(OutboxMail mail) {
        return new Due(
                mail.id(),
                mail.recipient(),
                mail.subject(),
                sealed.open(mail.sealedText()),
                sealed.open(mail.sealedHtml()),
                headers(mail.headerLines()),
                mail.attempts());
    }

    void markSent(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            mails.markSent(ids, clock.instant());
        }
    }

    /** Records a failed try and when to try again (see {@link MailSettings#backOff}); it never gives up. */
    void markFailed(Due mail, String error) {
        var attempts = mail.attempts() + 1;
        var now = clock.instant();
        mails.markFailed(mail.id(), attempts, now.plus(settings.backOff(attempts)), truncate(error), now);
    }

    /**
     * Empties the bodies of mails sent before the given time; the row stays as the record of what was sent when
     * (subject and dates, for the person's export).
     *
     * @return how many mails were emptied
     */
    public int emptySentBodies(Instant sentBefore) {
        return mails.emptySentBodies(sentBefore);
    }

    public void deleteAbout(UUID account) {
        mails.deleteByAccountId(account);
    }

    public void deleteByRecipient(String recipient) {
        mails.deleteByRecipient(recipient);
    }

    public List<SentMail> mailsTo(String recipient) {
        return mails.findByRecipientOrderByCreatedAt(recipient).stream()
                .map(OutboxMail::sentMail)
                .toList();
    }

    public long waitingCount() {
        return mails.countWaiting();
    }

    public List<WaitingMail> oldestWaiting(int limit) {
        return mails.oldestWaiting(limit).stream().map(OutboxMail::waitingMail).toList();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static String headerLines(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, String> headers(String lines) {
        var headers = new LinkedHashMap<String, String>();
        lines.lines().filter(line -> line.contains(": ")).forEach(line -> {
            var colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        });
        return headers;
    }
}
