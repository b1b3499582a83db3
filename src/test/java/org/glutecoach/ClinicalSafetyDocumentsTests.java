package org.glutecoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clinical safety documents stay true to the code they describe (docs/clinical-safety/README.md): every test
 * the hazard log, the safety case report and the DPIA name as the check of a control exists, and the safety case
 * report names this release's versions and the red-flag wording hash recorded for them. A renamed test or a new
 * red-flag set without a new report fails here, so a reviewer is never pointed at evidence that is not there.
 */
class ClinicalSafetyDocumentsTests {

    static final List<Path> DOCUMENTS = List.of(
            Path.of("docs/clinical-safety/hazard-log.md"),
            Path.of("docs/clinical-safety/safety-case-report.md"),
            Path.of("docs/privacy/dpia.md"));
    static final Path SAFETY_CASE = Path.of("docs/clinical-safety/safety-case-report.md");
    static final Path TEST_SOURCES = Path.of("src/test/java");
    static final Path WORDING_SNAPSHOT = Path.of("src/test/resources/selfcheck/red-flag-wording.properties");

    /** `SomeTests.someMethod`, `SomeTests#someMethod` or `SomeTests` alone, in code quotes. */
    static final Pattern TEST_REFERENCE = Pattern.compile("`(\\w+(?:Tests|Contract))(?:[.#](\\w+))?`");

    static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @Test
    void everyTestTheDocumentsNameExists() {
        var references = 0;
        var missing = new ArrayList<String>();
        for (var document : DOCUMENTS) {
            var matcher = TEST_REFERENCE.matcher(read(document));
            while (matcher.find()) {
                references++;
                if (!exists(matcher.group(1), matcher.group(2))) {
                    missing.add(document.getFileName() + ": " + matcher.group());
                }
            }
            assertThat(read(document))
                    .as("%s names tests in full, so each can be checked", document)
                    .doesNotContain("`…");
        }
        assertThat(references)
                .as("test references in the clinical safety documents")
                .isGreaterThan(50);
        assertThat(missing)
                .as("tests named in the clinical safety documents that do not exist")
                .isEmpty();
    }

    @Test
    void aRenamedOrMissingTestIsNoticed() {
        assertThat(exists("ClinicalSafetyDocumentsTests", "everyTestTheDocumentsNameExists"))
                .isTrue();
        assertThat(exists("ClinicalSafetyDocumentsTests", "exists"))
                .as("a method of any return type")
                .isTrue();
        assertThat(exists("ClinicalSafetyDocumentsTests", "isNoticed"))
                .as("a call or part of a name")
                .isFalse();
        assertThat(exists("ClinicalSafetyDocumentsTests", "aTestThatWasNeverWritten"))
                .isFalse();
        assertThat(exists("NoSuchTests", null)).isFalse();
    }

    @Test
    void theSafetyCaseReportNamesThisReleasesVersionsAndWordingHash() {
        var report = read(SAFETY_CASE);
        var questionnaire = read(Path.of("src/main/resources/selfcheck/questionnaire.json"));
        var rules = read(Path.of("src/main/resources/selfcheck/rules.json"));
        var projectVersion = Pattern.compile("<artifactId>glute-coach</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(Path.of("pom.xml")))
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertThat(report)
                .as("the safety case report names the versions of the release it describes")
                .contains(
                        "`" + projectVersion + "`", "`" + jsonField(questionnaire, "redFlagSetVersion") + "`",
                        "`" + jsonField(questionnaire, "version") + "`", "`" + jsonField(rules, "version") + "`");

        var recorded = new Properties();
        try (var in = Files.newBufferedReader(WORDING_SNAPSHOT, StandardCharsets.UTF_8)) {
            recorded.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(recorded.getProperty("version")).isEqualTo(jsonField(questionnaire, "redFlagSetVersion"));
        var hash = recorded.getProperty("sha256", "");
        assertThat(report)
                .as("the safety case report quotes the red-flag wording hash recorded in %s", WORDING_SNAPSHOT)
                .contains(SHA_256.matcher(hash).matches() ? "`" + hash + "`" : "not yet recorded");
    }

    private static boolean exists(String testClass, String method) {
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            Optional<Path> source = files.filter(
                            file -> file.getFileName().toString().equals(testClass + ".java"))
                    .findFirst();
            return source.isPresent()
                    && (method == null
                            || Pattern.compile("[\\w>]\\s+" + method + "\\(")
                                    .matcher(read(source.get()))
                                    .find());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonField(String json, String field) {
        return Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(json)
                .results()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field))
                .group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
