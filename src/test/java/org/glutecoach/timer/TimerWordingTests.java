package org.glutecoach.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import org.glutecoach.shared.Readability;
import org.junit.jupiter.api.Test;

/**
 * The timer's words are plain English and never diagnose, and the note on the evidence says honestly what the
 * studies behind the 30 minutes measured (docs/domain/dosage.md §3).
 */
class TimerWordingTests {

    static final double PLAIN_ENGLISH = 60;

    @Test
    void whatThePagesSayIsPlainEnglishAndNotDiagnostic() {
        var messages = messages();
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var key : messages.stringPropertyNames()) {
            var text = new MessageFormat(messages.getProperty(key), Locale.UK).format(new Object[] {"30", "2", "3"});
            if (Readability.isDiagnostic(text)) {
                problems.add("diagnostic  " + key + ": " + text);
            }
            if (!key.matches("timer\\.(intro|how|evidence|needs-script|settings\\.(intro|on-device)|stats\\.(intro"
                    + "|explained|device))(\\..*)?")) {
                continue;
            }
            checked++;
            var ease = Readability.fleschReadingEase(text);
            if (ease < PLAIN_ENGLISH) {
                problems.add(String.format(Locale.ROOT, "%.0f  %s: %s", ease, key, text));
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void theEvidenceNoteSaysTheStudiesMeasuredBloodSugarNotBackPain() {
        var evidence = messages().getProperty("timer.evidence");
        assertThat(evidence).contains("blood sugar, not back pain").contains("may");
    }

    private static Properties messages() {
        var properties = new Properties();
        try (var in = TimerWordingTests.class.getResourceAsStream("/messages/timer.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
