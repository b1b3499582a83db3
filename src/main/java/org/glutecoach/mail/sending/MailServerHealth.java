package org.glutecoach.mail.sending;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the SMTP server takes connections, as the health contributor {@code smtp}, alone in the group {@code mail} (
 * {@code /actuator/health/mail}; {@link MailHealthGroups} keeps it out of the overall status). The app serves
 * people without mail (mail waits in the outbox), so a mail outage must not take an instance out of a load
 * balancer. Each probe gives up after {@link #TIMEOUT}, so a hanging server cannot hold the health endpoint, and
 * with no SMTP host set there is nothing to probe.
 */
@Component("smtpHealthIndicator")
class MailServerHealth implements HealthIndicator {

    /** Connecting and reading the greeting each wait at most this long: the whole probe stays under a second. */
    static final Duration TIMEOUT = Duration.ofMillis(500);

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSenderImpl> senders;
    /** Made once: a new mail session per probe costs a class-path scan. */
    private volatile @Nullable JavaMailSenderImpl probe;

    MailServerHealth(MailSettings settings, ObjectProvider<JavaMailSenderImpl> senders) {
        this.settings = settings;
        this.senders = senders;
    }

    @Override
    public Health health() {
        var sender = senders.getIfAvailable();
        if (!settings.smtpConfigured() || sender == null) {
            return Health.unknown()
                    .withDetail("smtp", "no SMTP host set: mail waits in the outbox")
                    .build();
        }
        try {
            probe(sender).testConnection();
            return Health.up().build();
        } catch (MessagingException unreachable) {
            return Health.down()
                    .withDetail("error", unreachable.getClass().getSimpleName())
                    .build();
        }
    }

    private JavaMailSenderImpl probe(JavaMailSenderImpl sender) {
        var made = probe;
        if (made == null) {
            made = probeOf(sender);
            probe = made;
        }
        return made;
    }

    /** A copy of the relay's sender with short time-outs; the relay keeps its own, longer ones. */
    private static JavaMailSenderImpl probeOf(JavaMailSenderImpl sender) {
        var probe = new JavaMailSenderImpl();
        probe.setHost(sender.getHost());
        probe.setPort(sender.getPort());
        probe.setUsername(sender.getUsername());
        probe.setPassword(sender.getPassword());
        probe.setProtocol(sender.getProtocol());
        var properties = new Properties();
        properties.putAll(sender.getJavaMailProperties());
        var protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        var millis = String.valueOf(TIMEOUT.toMillis());
        properties.setProperty("mail." + protocol + ".connectiontimeout", millis);
        properties.setProperty("mail." + protocol + ".timeout", millis);
        properties.setProperty("mail." + protocol + ".writetimeout", millis);
        probe.setJavaMailProperties(properties);
        return probe;
    }
}
