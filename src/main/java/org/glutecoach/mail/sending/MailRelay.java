package org.glutecoach.mail.sending;

import jakarta.activation.FileTypeMap;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what is due from the outbox, in batches shared over a few SMTP connections at once. It runs as one
 * db-scheduler task, which only one instance executes at a time, so two instances never send the same mail. Each
 * mail is marked sent as soon as the server accepts it; if the process dies in between, that one mail (at most one
 * per connection) is sent again by whichever instance takes over, with the same Message-ID so mail clients can
 * tell it is the same message.
 */
@Component
public class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    /**
     * Jakarta Mail looks its stream provider up with a fresh ServiceLoader (a scan of the class path) every time a
     * message part is written, unless this property names it: that lookup was over half the relay's time.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSenderImpl> senders;
    private final MailSettings settings;
    private final ExecutorService connections;

    MailRelay(Outbox outbox, ObjectProvider<JavaMailSenderImpl> senders, MailSettings settings) {
        this.outbox = outbox;
        this.senders = senders;
        this.settings = settings;
        if (System.getProperty(STREAM_PROVIDER) == null && isPresent(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
        this.connections = Executors.newFixedThreadPool(settings.connections(), runnable -> {
            var thread = new Thread(runnable, "mail-relay-connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        connections.shutdown();
    }

    /** Sends everything due; stops at the first batch that fails, to try again after the back-off. */
    public void sendDue() {
        if (!settings.smtpConfigured()) {
            showWaitingInLog();
            return;
        }
        var sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        while (true) {
            var batch = outbox.due(settings.batchSize());
            if (batch.isEmpty() || !send(sender, batch) || batch.size() < settings.batchSize()) {
                return;
            }
        }
    }

    /**
     * With no SMTP host set (someone trying the app on their own machine), writes each waiting mail's text part to
     * the log once, marked as not sent, so its links can be followed. The mail stays waiting, to go out once a
     * server is set. Real installations set a server and never log a mail.
     */
    private void showWaitingInLog() {
        var waiting = outbox.notShownInLog(settings.batchSize());
        for (var mail : waiting) {
            log.warn(
                    """
                    Mail NOT SENT (no SMTP server is set: GLUTECOACH_SMTP_HOST). It waits in the outbox and goes out \
                    once a server is set; here is its text, so you can follow its links on this machine.
                    ----- mail {} (not sent) -----
                    To: {}
                    Subject: {}

                    {}
                    ----- end of mail {} (not sent) -----""",
                    mail.id(),
                    mail.recipient(),
                    mail.subject(),
                    mail.text().strip(),
                    mail.id());
        }
        outbox.markShownInLog(waiting.stream().map(Outbox.Due::id).toList());
    }

    /**
     * Sends a batch over up to {@code connections} SMTP connections at once, each its own share of the batch, and
     * returns whether every mail went.
     */
    private boolean send(JavaMailSenderImpl sender, List<Outbox.Due> batch) {
        var shares = new ArrayList<List<Outbox.Due>>();
        var size = Math.max(1, (batch.size() + settings.connections() - 1) / settings.connections());
        for (var from = 0; from < batch.size(); from += size) {
            shares.add(batch.subList(from, Math.min(from + size, batch.size())));
        }
        var failed = new AtomicInteger();
        var sending = shares.stream()
                .map(share -> CompletableFuture.runAsync(
                        () -> failed.addAndGet(sendOverOneConnection(sender, share)), connections))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(sending).join();
        return failed.get() == 0;
    }

    /**
     * Sends a share over one SMTP connection and marks each mail sent as soon as the server has accepted it, so a
     * process killed mid-batch repeats at most the one mail in flight on each connection (with the same
     * Message-ID, so receivers can drop the copy).
     *
     * @return how many mails could not be sent (each recorded with its error, to be tried again later)
     */
    private int sendOverOneConnection(JavaMailSenderImpl sender, List<Outbox.Due> share) {
        Transport transport;
        try {
            transport = connect(sender);
        } catch (MessagingException unreachable) {
            share.forEach(mail -> outbox.markFailed(mail, describe(unreachable)));
            log.warn(
                    "Mail relay: could not connect, {} mails will be tried again: {}",
                    share.size(),
                    describe(unreachable));
            return share.size();
        }
        var failed = 0;
        try {
            for (var i = 0; i < share.size(); i++) {
                var mail = share.get(i);
                MimeMessage message;
                try {
                    message = message(sender, mail);
                    message.saveChanges();
                } catch (MessagingException | RuntimeException unusable) {
                    outbox.markFailed(mail, "Could not build the message: " + unusable.getMessage());
                    continue;
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException refused) {
                    failed++;
                    outbox.markFailed(mail, describe(refused));
                    log.warn("Mail relay: a mail was not sent, will retry: {}", describe(refused));
                    if (!transport.isConnected()) {
                        share.subList(i + 1, share.size()).forEach(rest -> outbox.markFailed(rest, describe(refused)));
                        return failed + share.size() - i - 1;
                    }
                    continue;
                }
                outbox.markSent(List.of(mail.id()));
            }
            return failed;
        } finally {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // Every mail is recorded already; a connection that will not close cleanly changes nothing.
            }
        }
    }

    /** A connection as Spring's sender would open it (same host, port, user and session properties). */
    private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        var transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        var username = sender.getUsername();
        var password = sender.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        transport.connect(sender.getHost(), sender.getPort(), username, password);
        return transport;
    }

    private MimeMessage message(JavaMailSenderImpl sender, Outbox.Due mail) throws MessagingException {
        var message = new StableIdMessage(sender.getSession(), "<" + mail.id() + "@glutecoach>");
        var helper = new Helper(message);
        helper.setFrom(settings.from());
        message.setSentDate(new java.util.Date());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    private static String describe(Exception failure) {
        var cause = failure;
        while (cause.getCause() instanceof Exception deeper && cause != deeper) {
            cause = deeper;
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, MailRelay.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    /**
     * Spring's helper builds a new file-type map (reading its list of MIME types and scanning the class path)
     * for every message, to name attachments. Our mails have none, so every message shares one map.
     */
    private static final class Helper extends MimeMessageHelper {

        private static final FileTypeMap SHARED = sharedFileTypeMap();

        Helper(MimeMessage message) throws MessagingException {
            super(message, true, "UTF-8");
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
            return SHARED;
        }

        private static FileTypeMap sharedFileTypeMap() {
            var map = new ConfigurableMimeFileTypeMap();
            map.afterPropertiesSet();
            return map;
        }
    }

    /** Keeps the Message-ID we chose instead of a new random one on every try. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
