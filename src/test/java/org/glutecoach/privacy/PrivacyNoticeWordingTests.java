package org.glutecoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Collectors;
import org.glutecoach.shared.Readability;
import org.junit.jupiter.api.Test;

/**
 * The privacy notice is read by everyone before they give anything: it is plain English as a whole (the
 * readability gate, Flesch 60 or more), says what UK GDPR asks a notice to say, and never diagnoses.
 */
class PrivacyNoticeWordingTests {

    @Test
    void theNoticeIsPlainEnglishAndNeverDiagnoses() throws IOException {
        var notice = notice();

        assertThat(Readability.fleschReadingEase(String.join(" ", notice.values())))
                .isGreaterThanOrEqualTo(60);
        assertThat(notice.values()).noneMatch(Readability::isDiagnostic);
    }

    @Test
    void theNoticeSaysWhatTheLawAsksItToSay() throws IOException {
        var text = String.join(" ", notice().values());

        assertThat(text)
                .as("who is in charge, the basis for health data, automated advice, retention, rights, complaints")
                .contains("controller", "clearly said yes", "does not decide anything about you", "8 years")
                .contains("Download a copy", "Delete your account", "Information Commissioner's Office");
    }

    private static java.util.Map<String, String> notice() throws IOException {
        var properties = new Properties();
        try (var in = PrivacyNoticeWordingTests.class.getResourceAsStream("/messages/privacy.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("privacy.notice."))
                .collect(Collectors.toMap(key -> key, properties::getProperty));
    }
}
