package org.glutecoach.selfcheck.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.glutecoach.selfcheck.ResultComparison;
import org.glutecoach.selfcheck.SavedResult;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two kept results: the numbered answers, the two squeeze tests, each pattern's strength,
 * and the versions they were made with. Reads only what both results hold, so a question that has since been
 * removed or renamed is left out, never an error.
 */
final class ResultChanges {

    /** Answers with a number, in this order. */
    private static final List<String> NUMBERS =
            List.of("PAIN_NOW", "PAIN_WORST", "SIT_HOURS", "T4_BRIDGE_LEFT", "T4_BRIDGE_RIGHT");
    /** The squeeze tests (issue 12): a choice each, shown with its words. */
    private static final List<String> SELF_TESTS =
            List.of("T1_SQUEEZE_LEFT", "T1_SQUEEZE_RIGHT", "T2_ONE_SIDE_LEFT", "T2_ONE_SIDE_RIGHT");

    /** Message key to text, or {@code null} when there is no such message. */
    private final Function<String, @Nullable String> text;

    ResultChanges(Function<String, @Nullable String> text) {
        this.text = text;
    }

    List<ResultComparison.Change> between(SavedResult before, SavedResult after) {
        var changes = new ArrayList<ResultComparison.Change>();
        for (var question : NUMBERS) {
            compare(changes, before, after, question, String::valueOf);
        }
        for (var question : SELF_TESTS) {
            compare(changes, before, after, question, value -> option(question, String.valueOf(value)));
        }
        var codes = new LinkedHashMap<String, Boolean>();
        before.patterns().forEach(p -> codes.put(p.code(), true));
        after.patterns().forEach(p -> codes.put(p.code(), true));
        for (var code : codes.keySet()) {
            var then = strengthOf(before, code);
            var now = strengthOf(after, code);
            changes.add(new ResultComparison.Change(
                    orKey("selfcheck.pattern." + code + ".title"), then, now, then.equals(now)));
        }
        return changes;
    }

    /** Which versions differ between the two: {@code questionnaire}, {@code rules}, {@code redFlagSet}. */
    static List<String> versionsChanged(SavedResult before, SavedResult after) {
        var changed = new ArrayList<String>();
        if (!Objects.equals(before.questionnaireVersion(), after.questionnaireVersion())) {
            changed.add("questionnaire");
        }
        if (!Objects.equals(before.ruleVersion(), after.ruleVersion())) {
            changed.add("rules");
        }
        if (!Objects.equals(before.redFlagSetVersion(), after.redFlagSetVersion())) {
            changed.add("redFlagSet");
        }
        return changed;
    }

    private void compare(
            List<ResultComparison.Change> changes,
            SavedResult before,
            SavedResult after,
            String question,
            Function<Object, String> words) {
        var then = before.answers().get(question);
        var now = after.answers().get(question);
        if (then != null && now != null) {
            changes.add(new ResultComparison.Change(
                    orKey("selfcheck.compare." + question),
                    words.apply(then),
                    words.apply(now),
                    String.valueOf(then).equals(String.valueOf(now))));
        }
    }

    /** An option's words; an option renamed since shows as it was stored. */
    private String option(String question, String value) {
        var specific = text.apply("selfcheck.option." + question + "." + value);
        if (specific != null) {
            return specific;
        }
        var shared = text.apply("selfcheck.answer." + value);
        return shared != null ? shared : value;
    }

    private String strengthOf(SavedResult result, String code) {
        return result.patterns().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(p -> orKey("selfcheck.fit." + p.strength().name()))
                .orElseGet(() -> orKey("selfcheck.compare.not-found"));
    }

    private String orKey(String key) {
        var words = text.apply(key);
        return words != null ? words : key;
    }
}
