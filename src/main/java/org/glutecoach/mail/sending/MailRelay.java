package org.glutecoach.mail.sending;

import jakarta.activation.FileTypeMap;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what is due from the outbox, in batches shared over a few SMTP connections at once. It runs as one
 * db-scheduler task, which only one instance executes at a time, so two instances never send the same mail. A mail is marked sent right after
 * the server accepts it; if the process dies in between, it is sent again after the restart, with the same
 * Message-ID so mail clients can tell it is the same message.
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
            log.warn("""
                    Mail NOT SENT (no SMTP server is set: GLUTECOACH_SMTP_HOST). It waits in the outbox and goes out \
                    once a server is set; here is its text, so you can follow its links on this machine.
                    ----- mail {} (not sent) -----
                    To: {}
                    Subject: {}

                    {}
                    ----- end of mail {} (not sent) -----""", mail.id(), mail.recipient(), mail.subject(),
                    mail.text().strip(), mail.id());
        }
        outbox.markShownInLog(waiting.stream().map(Outbox.Due::id).toList());
    }

    private boolean send(JavaMailSenderImpl sender, List<Outbox.Due> batch) {
        var byMessage = new IdentityHashMap<MimeMessage, Outbox.Due>();
        for (var mail : batch) {
            try {
                byMessage.put(message(sender, mail), mail);
            } catch (MessagingException | RuntimeException unusable) {
                outbox.markFailed(mail, "Could not build the message: " + unusable.getMessage());
            }
        }
        var failures = sendOverConnections(sender, new ArrayList<>(byMessage.keySet()));
        var sent = new ArrayList<UUID>();
        for (var entry : byMessage.entrySet()) {
            var failure = failures.get(entry.getKey());
            if (failure == null) {
                sent.add(entry.getValue().id());
            } else {
                outbox.markFailed(entry.getValue(), describe(failure));
            }
        }
        outbox.markSent(sent);
        if (!failures.isEmpty()) {
            log.warn("Mail relay: {} of {} mails not sent, will retry: {}", failures.size(), byMessage.size(),
                    describe(failures.values().iterator().next()));
        }
        return failures.isEmpty();
    }

    /**
     * Sends the messages over up to {@code connections} SMTP connections at once (each its own share of the
     * batch), and returns the ones that failed with why.
     */
    private Map<Object, Exception> sendOverConnections(JavaMailSenderImpl sender, List<MimeMessage> messages) {
        var shares = new ArrayList<List<MimeMessage>>();
        var size = Math.max(1, (messages.size() + settings.connections() - 1) / settings.connections());
        for (var from = 0; from < messages.size(); from += size) {
            shares.add(messages.subList(from, Math.min(from + size, messages.size())));
        }
        var failures = new ConcurrentHashMap<Object, Exception>();
        var sending = shares.stream().map(share -> CompletableFuture.runAsync(() -> {
            try {
                sender.send(share.toArray(MimeMessage[]::new));
            } catch (MailSendException partly) {
                if (partly.getFailedMessages().isEmpty()) {
                    share.forEach(message -> failures.put(message, partly));
                } else {
                    failures.putAll(partly.getFailedMessages());
                }
            } catch (MailException other) {
                share.forEach(message -> failures.put(message, other));
            }
        }, connections)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(sending).join();
        return failures;
    }

    private MimeMessage message(JavaMailSenderImpl sender, Outbox.Due mail) throws MessagingException {
        var message = new StableIdMessage(sender.getSession(), "<" + mail.id() + "@glutecoach>");
        var helper = new Helper(message);
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    private static Map<Object, Exception> everyone(Map<MimeMessage, Outbox.Due> byMessage, Exception failure) {
        var all = new IdentityHashMap<Object, Exception>();
        byMessage.keySet().forEach(message -> all.put(message, failure));
        return all;
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
