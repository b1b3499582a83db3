package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Fails when any red-flag wording (questions, options, actions, stop screens, the safety-net block) or the
 * screen's logic changes while the red-flag set version does not (hazard HZ-11: an unreviewed screen going live).
 * The version and the SHA-256 of {@link RedFlagWording#canonical()} that were reviewed are committed in
 * {@code src/test/resources/selfcheck/red-flag-wording.properties}. Every run also writes the current pair to
 * {@code target/red-flag-wording.txt} (and the canonical text beside it), for the sign-off record.
 */
class RedFlagWordingSnapshotTests {

    static final String SNAPSHOT = "src/test/resources/selfcheck/red-flag-wording.properties";

    @Test
    void theRedFlagWordingIsTheReviewedWordingOfItsVersion() throws IOException {
        var version = SelfCheckFixtures.questionnaire().redFlagSetVersion();
        var hash = RedFlagWording.sha256();
        Files.writeString(Path.of("target/red-flag-wording.txt"), version + " " + hash + "\n");
        Files.writeString(Path.of("target/red-flag-wording-canonical.txt"), RedFlagWording.canonical());
        var recorded = recorded();
        assertThat(problem(version, hash, recorded.getProperty("version"), recorded.getProperty("sha256")))
                .as("red-flag wording snapshot")
                .isEmpty();
    }

    @Test
    void aWordingChangeWithoutANewVersionFailsAndSaysWhatToDo() {
        var problem = problem("rf-2026-12-1", "b".repeat(64), "rf-2026-12-1", "a".repeat(64));
        assertThat(problem)
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("bump redFlagSetVersion", "clinical", SNAPSHOT, "target/red-flag-wording.txt"));
    }

    @Test
    void aNewVersionNeedsItsReviewedHashRecorded() {
        assertThat(problem("rf-2027-01-1", "b".repeat(64), "rf-2026-12-1", "a".repeat(64)))
                .hasValueSatisfying(text -> assertThat(text).contains("rf-2027-01-1", SNAPSHOT));
        assertThat(problem("rf-2026-12-1", "a".repeat(64), "rf-2026-12-1", "a".repeat(64)))
                .isEmpty();
    }

    @Test
    void theHashCoversEveryKindOfRedFlagText() {
        var canonical = RedFlagWording.canonical();
        assertThat(canonical)
                .contains(
                        "selfcheck.question.E_SADDLE=",
                        "selfcheck.question.E_NUMB_WORSE=",
                        "selfcheck.option.S_INFLAM_FEATURES.NONE=",
                        "selfcheck.action.call999=",
                        "selfcheck.action.not-sure=",
                        "selfcheck.outcome.EMERGENCY.title=",
                        "selfcheck.told.E_SADDLE=",
                        "selfcheck.outcome.NOT_FOR_UNDER_16.text=",
                        "safetyNet.intro=",
                        "safetyNet.sign.saddle=",
                        "logic.derived.E_CANCER_NERVES=EMERGENCY when (U_CANCER yes or not sure) AND (U_ONE_LEG yes or not sure OR",
                        "logic.derived.S_SEVERE=SOON when (PAIN_NOW >= 8.0)",
                        "logic.question.U_INJURY=URGENT");
        assertThat(canonical).doesNotContain("selfcheck.question.SIT_HOURS", "selfcheck.advice.");
    }

    /** What is wrong, worded as what to do; empty when the wording is the one recorded for its version. */
    static Optional<String> problem(String version, String hash, String recordedVersion, String recordedHash) {
        if (version.equals(recordedVersion) && hash.equals(recordedHash)) {
            return Optional.empty();
        }
        var howToPrint = " Print the current version and hash with: ./mvnw -o -q test "
                + "-Dtest=RedFlagWordingSnapshotTests -Dsurefire.failIfNoSpecifiedTests=false; cat "
                + "target/red-flag-wording.txt";
        if (version.equals(recordedVersion)) {
            return Optional.of("The red-flag wording or logic changed (sha256 " + hash + ", reviewed: "
                    + recordedHash + ") but the red-flag set version is still " + version + ". Do this: (1) bump "
                    + "redFlagSetVersion in src/main/resources/selfcheck/questionnaire.json; (2) get the change "
                    + "clinically reviewed and signed off (the clinical safety officer's sign-off record quotes "
                    + "version and hash); (3) then write the new version and sha256 into " + SNAPSHOT + "."
                    + howToPrint);
        }
        return Optional.of("The red-flag set version is now " + version + " but " + SNAPSHOT + " records "
                + recordedVersion + ". Once the clinical review of " + version + " is signed off, write its "
                + "version and sha256 (" + hash + ") into " + SNAPSHOT + "." + howToPrint);
    }

    private static Properties recorded() {
        var properties = new Properties();
        try (var in = new ClassPathResource("selfcheck/red-flag-wording.properties").getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
