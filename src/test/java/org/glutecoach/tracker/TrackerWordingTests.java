package org.glutecoach.tracker;

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
 * The health wording of the tracker (findings, links, the wallet comparison, the re-screen prompt) is plain
 * English and never diagnoses or claims a cure, with the numbers filled in as a person would see them.
 */
class TrackerWordingTests {

    static final double PLAIN_ENGLISH = 60;

    @Test
    void findingsAndPromptsArePlainEnglishAndNotDiagnostic() {
        var messages = messages();
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var key : messages.stringPropertyNames()) {
            if (!key.matches("tracker\\.(finding|link|wallet|rescreen|findings|soreness|mail)\\..*")
                    && !key.matches("tracker\\.reminder\\.(intro|consent\\.text|stop\\.text|error\\..*)")) {
                continue;
            }
            var text = new MessageFormat(messages.getProperty(key), Locale.UK)
                    .format(new Object[] {"Left side", "4.3", "2.1", 9, 11});
            checked++;
            var ease = Readability.fleschReadingEase(text);
            if (ease < PLAIN_ENGLISH) {
                problems.add(String.format(Locale.ROOT, "%.0f  %s: %s", ease, key, text));
            }
            if (Readability.isDiagnostic(text)) {
                problems.add("diagnostic  " + key + ": " + text);
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(problems).isEmpty();
    }

    @Test
    void whatIsNotYetPossibleIsPlainEnglishForAnyCounts() {
        var messages = messages();
        var problems = new ArrayList<String>();
        var keys = messages.stringPropertyNames().stream()
                .filter(key -> key.startsWith("tracker.not-yet.") || key.startsWith("tracker.chart.summary.yes-no"))
                .toList();
        for (var key : keys) {
            for (var counts : new Object[][] {{0, 14, 0, 14, 0, 0}, {1, 1, 1, 1, 1, 1}, {13, 5, 2, 9, 0.25, 3}}) {
                var text = new MessageFormat(messages.getProperty(key), Locale.UK).format(counts);
                var ease = Readability.fleschReadingEase(text);
                if (ease < PLAIN_ENGLISH) {
                    problems.add(String.format(Locale.ROOT, "%.0f  %s: %s", ease, key, text));
                }
                if (Readability.isDiagnostic(text) || text.contains("{")) {
                    problems.add("diagnostic or unfilled  " + key + ": " + text);
                }
            }
        }
        assertThat(keys).hasSize(8);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFindingSaysItIsALinkNotACauseOrWhatToDo() {
        var messages = messages();
        assertThat(messages.getProperty("tracker.link.more")).contains("a link, not a cause");
        assertThat(messages.getProperty("tracker.link.less")).contains("a link, not a cause");
        assertThat(messages.getProperty("tracker.wallet.compared")).contains("a link, not a cause");
        assertThat(messages.getProperty("tracker.finding.WORSE")).contains("self-check", "GP", "111");
        assertThat(messages.getProperty("tracker.finding.MEANINGFUL_IMPROVEMENT"))
                .doesNotContain("worked");
    }

    private static Properties messages() {
        var properties = new Properties();
        try (var in = TrackerWordingTests.class.getResourceAsStream("/messages/tracker.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
