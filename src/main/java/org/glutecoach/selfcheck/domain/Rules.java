package org.glutecoach.selfcheck.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glutecoach.selfcheck.Strength;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned points rules of {@code selfcheck/rules.json}: each answer that fits a pattern adds points; the
 * total says how strong the sign is. Changing a rule means a new version, and saved results keep theirs.
 */
public record Rules(String version, List<PatternRule> patterns) {

    public Rules {
        patterns = List.copyOf(patterns);
    }

    /** Points per pattern code, in the file's order, for these answers. */
    public Map<String, Integer> score(Answers answers) {
        var scores = new LinkedHashMap<String, Integer>();
        for (var pattern : patterns) {
            scores.put(pattern.code(), pattern.score(answers));
        }
        return scores;
    }

    /** One pattern: its point rules and the totals at which the sign counts as some or strong. */
    public record PatternRule(String code, int someAt, int strongAt, List<PointRule> points) {

        public PatternRule {
            points = List.copyOf(points);
            if (someAt <= 0 || strongAt < someAt) {
                throw new IllegalArgumentException(code + ": need 0 < someAt <= strongAt");
            }
        }

        int score(Answers answers) {
            int total = 0;
            for (var rule : points) {
                if (rule.matches(answers)) {
                    total += rule.points();
                }
            }
            return total;
        }

        /** How strong a total is; empty when it is zero. */
        public @Nullable Strength strength(int score) {
            if (score >= strongAt) {
                return Strength.STRONG;
            }
            if (score >= someAt) {
                return Strength.SOME;
            }
            return score > 0 ? Strength.LITTLE : null;
        }
    }

    /**
     * One condition on the answers and the points it adds. Exactly one kind of condition is set: a number range
     * ({@code atLeast}/{@code below}), a choice among values ({@code in}), a ticked value ({@code includes}),
     * any of several questions answered with one of {@code in} ({@code anyOf}), or two questions answered
     * differently ({@code differ}).
     */
    public record PointRule(@Nullable String question, @Nullable Double atLeast, @Nullable Double below,
            @Nullable List<String> in, @Nullable String includes, @Nullable List<String> anyOf,
            @Nullable List<String> differ, int points) {

        boolean matches(Answers answers) {
            if (differ != null) {
                var first = answers.choiceOrNull(differ.get(0));
                var second = answers.choiceOrNull(differ.get(1));
                return first != null && second != null && !first.equals(second);
            }
            if (anyOf != null) {
                for (var id : anyOf) {
                    var choice = answers.choiceOrNull(id);
                    if (choice != null && Objects.requireNonNull(in).contains(choice)) {
                        return true;
                    }
                }
                return false;
            }
            var id = Objects.requireNonNull(question, "question");
            if (includes != null) {
                return answers.choices(id).contains(includes);
            }
            if (in != null) {
                var choice = answers.choiceOrNull(id);
                return choice != null && in.contains(choice);
            }
            double number = answers.numberOrNaN(id);
            return !Double.isNaN(number) && (atLeast == null || number >= atLeast)
                    && (below == null || number < below);
        }
    }

    public static Rules read(InputStream json, JsonMapper mapper) {
        try (json) {
            var file = mapper.readValue(json, File.class);
            return new Rules(file.version(), file.patterns());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record File(String version, List<PatternRule> patterns, @Nullable String _source) {
    }
}
