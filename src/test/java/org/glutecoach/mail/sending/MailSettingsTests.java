package org.glutecoach.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTests {

    private final MailSettings settings = new MailSettings("", Duration.ZERO, 0, Duration.ofSeconds(30), 0, "");

    @Test
    void theWaitDoublesFromTheFirstRetryAndStopsAtAnHour() {
        assertThat(settings.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backOff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backOff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backOff(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void withoutAnSmtpHostMailIsKeptNotSent() {
        assertThat(settings.smtpConfigured()).isFalse();
        assertThat(new MailSettings("", Duration.ZERO, 0, Duration.ZERO, 0, "smtp.example.org").smtpConfigured())
                .isTrue();
        assertThat(settings.from()).isEqualTo("Glute Coach <no-reply@localhost>");
        assertThat(settings.batchSize()).isEqualTo(100);
        assertThat(settings.connections()).isEqualTo(3);
    }
}
