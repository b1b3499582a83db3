package org.glutecoach.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
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

    private MailServer() {}

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
        return Arrays.stream(ensureStarted().getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    /** Waits up to 10 seconds for {@code count} mails to the address and returns them. */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .alias(count + " mails to " + address)
                .until(() -> mailsTo(address), mails -> mails.size() >= count);
    }

    /** Waits up to 10 seconds for a mail to the address with this subject. */
    public static MimeMessage awaitMailTo(String address, String subject) {
        try {
            return await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(
                            () -> mailsTo(address).stream()
                                    .filter(mail -> subject.equals(subject(mail)))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException none) {
            throw new AssertionError(
                    "No mail to " + address + " with subject \"" + subject + "\"; got "
                            + mailsTo(address).stream().map(MailServer::subject).toList(),
                    none);
        }
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
        try {
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND status = 'WAITING'",
                                    Integer.class,
                                    address)
                            == 0);
        } catch (ConditionTimeoutException stillWaiting) {
            // As before: the comparison that follows shows what is still waiting.
        }
    }

    /** How many mails each recipient whose address starts with {@code prefix} has received (a test's batch). */
    public static java.util.Map<String, Integer> countsByRecipient(String prefix) {
        var counts = new java.util.HashMap<String, Integer>();
        for (var message : ensureStarted().getReceivedMessages()) {
            try {
                var to = message.getAllRecipients()[0].toString();
                if (to.startsWith(prefix)) {
                    counts.merge(to, 1, Integer::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
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

    /** What follows {@code token=} in the mail's first link: the single-use secret the link carries. */
    public static String token(MimeMessage message) {
        var link = link(message);
        return link.substring(link.indexOf("token=") + 6);
    }

    /**
     * What a mail client sends to a mail's {@code List-Unsubscribe} address for a one-click unsubscribe (RFC 8058):
     * a POST with this body, and no cookies or CSRF token.
     */
    public static HttpResponse<String> unsubscribeInOneClick(String unsubscribe) {
        return new Visitor("")
                .send(HttpRequest.newBuilder(URI.create(unsubscribe))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
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
            return recipients != null
                    && Arrays.stream(recipients).map(Address::toString).anyMatch(address::equalsIgnoreCase);
        } catch (MessagingException e) {
            return false;
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
