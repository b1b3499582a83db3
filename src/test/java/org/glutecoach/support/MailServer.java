package org.glutecoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * One real SMTP server (GreenMail) for the whole test run, which every test application context sends to. Tests use
 * unique addresses and look only at their own mail. {@link #outage} stops it for a while.
 *
 * <p>The port is a free one chosen when the class loads, so two builds on one machine do not fight over a fixed port.
 * It reaches every test context as the system property {@code spring.mail.port}, set before the first context starts
 * ({@link MailPortListener} loads this class when the test run begins).
 */
public final class MailServer {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");
    private static final ServerSetup SMTP = ServerSetupTest.SMTP.port(freePort());
    private static GreenMail server;

    static {
        System.setProperty("spring.mail.port", String.valueOf(SMTP.getPort()));
    }

    private MailServer() {
    }

    public static synchronized GreenMail ensureStarted() {
        if (server == null) {
            server = new GreenMail(SMTP);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return server;
    }

    /** The SMTP port the test contexts send to. */
    public static int port() {
        return SMTP.getPort();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the test SMTP server", e);
        }
    }

    /** Runs {@code during} with the SMTP server down, then brings it back (with the mail it had). */
    public static synchronized void outage(Runnable during) {
        ensureStarted().stop();
        try {
            during.run();
        } finally {
            server = new GreenMail(SMTP);
            server.start();
        }
    }

    /** Every mail received so far for the address. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(ensureStarted().getReceivedMessages()).filter(message -> isTo(message, address))
                .toList();
    }

    /** Waits up to 10 seconds for {@code count} mails to the address and returns them. */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var mails = mailsTo(address);
            if (mails.size() >= count) {
                return mails;
            }
            sleep(50);
        }
        var mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    /** Waits up to 10 seconds for a mail to the address with this subject. */
    public static MimeMessage awaitMailTo(String address, String subject) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var match = mailsTo(address).stream().filter(mail -> subject.equals(subject(mail))).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            sleep(50);
        }
        throw new AssertionError("No mail to " + address + " with subject \"" + subject + "\"; got "
                + mailsTo(address).stream().map(MailServer::subject).toList());
    }

    public static MimeMessage awaitMailTo(String address) {
        var mails = awaitMailsTo(address, 1);
        return mails.get(mails.size() - 1);
    }

    /**
     * Waits up to 10 seconds until the outbox holds nothing waiting for the address, so that a mail turning from
     * waiting to sent does not show up as a change in a test that compares what is stored.
     */
    public static void awaitOutboxSent(org.springframework.jdbc.core.JdbcTemplate jdbc, String address) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND status = 'WAITING'",
                Integer.class, address) > 0 && Instant.now().isBefore(deadline)) {
            sleep(20);
        }
    }

    /** The plain-text part of a multipart/alternative mail. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The first link in the plain-text part. */
    public static String link(MimeMessage message) {
        var matcher = LINK.matcher(text(message));
        assertThat(matcher.find()).as("a link in the mail").isTrue();
        return matcher.group();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage message, String type) {
        try {
            return find(message.getContent(), type);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return String.valueOf(part.getContent());
                }
                var nested = find(part.getContent(), type);
                if (!nested.isEmpty()) {
                    return nested;
                }
            }
        }
        return "";
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).map(Address::toString)
                    .anyMatch(address::equalsIgnoreCase);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Imported by the test application contexts so the server is up before they send anything. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Running {
        public Running() {
            ensureStarted();
        }
    }
}
