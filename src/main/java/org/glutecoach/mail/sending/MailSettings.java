package org.glutecoach.mail.sending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Mail settings ({@code glutecoach.mail.*}) plus whether an SMTP host is set at all: without one the app still
 * runs and keeps every mail until one is configured.
 *
 * @param from the sender, e.g. {@code Glute Coach <no-reply@example.org>}
 * @param relayInterval how long the relay waits between runs
 * @param batchSize how many mails one SMTP connection sends before the relay records them as sent
 * @param firstRetry the wait after a first failed try; it doubles with each failure, up to an hour
 * @param connections how many SMTP connections the relay uses at once
 * @param smtpHost copied from {@code spring.mail.host}
 */
@ConfigurationProperties("glutecoach.mail")
public record MailSettings(
        String from, Duration relayInterval, int batchSize, Duration firstRetry, int connections, String smtpHost) {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public MailSettings {
        if (!StringUtils.hasText(from)) {
            from = "Glute Coach <no-reply@localhost>";
        }
        if (relayInterval == null || relayInterval.isNegative() || relayInterval.isZero()) {
            relayInterval = Duration.ofSeconds(2);
        }
        if (batchSize < 1) {
            batchSize = 100;
        }
        if (firstRetry == null || firstRetry.isNegative() || firstRetry.isZero()) {
            firstRetry = Duration.ofSeconds(30);
        }
        if (connections < 1) {
            connections = 3;
        }
        smtpHost = smtpHost == null ? "" : smtpHost;
    }

    /** How long to wait after the given number of failed tries: doubling from the first retry, at most an hour. */
    Duration backOff(int failedTries) {
        var doublings = Math.min(failedTries - 1, 20);
        var wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public boolean smtpConfigured() {
        return StringUtils.hasText(smtpHost);
    }
}
