package org.glutecoach.selfcheck;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.glutecoach.selfcheck.domain.DerivedFlag;
import org.glutecoach.selfcheck.domain.Questionnaire;
import org.springframework.core.io.ClassPathResource;

/**
 * The red-flag set's wording in one canonical text, and its SHA-256: every red-flag question and option, the
 * answers Yes / No / Not sure, the section titles and intros of the screen, the stop screens (titles, reasons,
 * action lines, the answers told back), the red-flag error and page keys, the safety-net block
 * ({@code safetyNet.*} in shared.properties), and the screen's logic (questions, tiers, derived flags). One
 * {@code key=value} line each, sorted by key, UTF-8, {@code \n} line ends. The clinical safety officer's sign-off
 * quotes the set version with this hash (docs/self-check.md says how to print it).
 */
public final class RedFlagWording {

    /** Message keys of selfcheck.properties that are red-flag wording, whatever question ids they name. */
    private static final Pattern RED_FLAG_KEYS = Pattern.compile("selfcheck\\.(answer\\..*|told\\..*|action\\..*"
            + "|section\\.RED_FLAGS_.*|outcome\\.(EMERGENCY|URGENT|SOON|NOT_FOR_UNDER_16)\\..*|page\\.told"
            + "|error\\.exclusive|question\\.AGE)");

    private RedFlagWording() {}

    /** The canonical text the hash is taken over. */
    public static String canonical() {
        var questionnaire = SelfCheckFixtures.questionnaire();
        var redFlagIds = questionnaire.redFlags().stream().map(q -> q.id()).toList();
        var lines = new TreeMap<String, String>();
        read("messages/selfcheck.properties").forEach((key, value) -> {
            var k = (String) key;
            boolean aRedFlagQuestion = redFlagIds.stream()
                    .anyMatch(
                            id -> k.equals("selfcheck.question." + id) || k.startsWith("selfcheck.option." + id + "."));
            if (aRedFlagQuestion || RED_FLAG_KEYS.matcher(k).matches()) {
                lines.put(k, (String) value);
            }
        });
        read("messages/shared.properties").forEach((key, value) -> {
            if (((String) key).startsWith("safetyNet.")) {
                lines.put((String) key, (String) value);
            }
        });
        questionnaire
                .redFlags()
                .forEach(q -> lines.put(
                        "logic.question." + q.id(),
                        q.redFlagTier() + " "
                                + q.type() + " " + q.options() + (q.raisesAlone() ? "" : " feeds-only")
                                + (q.exclusiveOption() == null ? "" : " exclusive:" + q.exclusiveOption())));
        SelfCheckFixtures.rules()
                .derivedFlags()
                .forEach(flag -> lines.put(
                        "logic.derived." + flag.id(),
                        flag.tier() + " when "
                                + String.join(
                                        " AND ",
                                        flag.allOf().stream()
                                                .map(clause -> "("
                                                        + String.join(
                                                                " OR ",
                                                                clause.stream()
                                                                        .map(RedFlagWording::describe)
                                                                        .toList())
                                                        + ")")
                                                .toList())));
        lines.put("logic.inflam-features-for-soon", String.valueOf(Questionnaire.INFLAM_FEATURES_FOR_SOON));
        var text = new StringBuilder();
        lines.forEach((key, value) ->
                text.append(key).append('=').append(value.strip()).append('\n'));
        return text.toString();
    }

    private static String describe(DerivedFlag.Condition condition) {
        if (condition.yesOrNotSure() != null) {
            return condition.yesOrNotSure() + " yes or not sure";
        }
        return condition.number()
                + (condition.atLeast() == null ? "" : " >= " + condition.atLeast())
                + (condition.below() == null ? "" : " < " + condition.below());
    }

    public static String sha256() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties read(String path) {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
