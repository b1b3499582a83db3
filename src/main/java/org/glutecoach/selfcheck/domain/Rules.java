package org.glutecoach.selfcheck.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.glutecoach.selfcheck.Strength;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned points rules of {@code selfcheck/rules.json}: each answer that fits a pattern adds points; the
 * total says how strong the sign is. Changing a rule means a new version, and saved results keep theirs.
 */
public record Rules(String version, List<PatternRule> patterns, List<DerivedFlag> derivedFlags) {

    public Rules {
        patterns = List.copyOf(patterns);
        derivedFlags = List.copyOf(derivedFlags);
    }

    /** Points rules alone, with no derived red flags. */
    public Rules(String version, List<PatternRule> patterns) {
        this(version, patterns, List.of());
    }

    /** One pattern: its point rules and the totals at which the sign counts as some or strong. */
    public record PatternRule(String code, int someAt, int strongAt, List<PointRule> points) {

        public PatternRule {
            points = List.copyOf(points);
            if (someAt <= 0 || strongAt < someAt) {
                throw new IllegalArgumentException(code + ": need 0 < someAt <= strongAt");
            }
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
    public record PointRule(
            @Nullable String question,
            @Nullable Double atLeast,
            @Nullable Double below,
            @Nullable List<String> in,
            @Nullable String includes,
            @Nullable List<String> anyOf,
            @Nullable List<String> differ,
            int points) {

        /** The condition with its questions looked up once; fails if the questionnaire lacks one of them. */
        Condition bind(Questionnaire questionnaire) {
            if (differ != null) {
                int first = questionnaire.question(differ.get(0)).position();
                int second = questionnaire.question(differ.get(1)).position();
                return answers -> {
                    var a = answers.choiceAt(first);
                    var b = answers.choiceAt(second);
                    return a != null && b != null && !a.equals(b);
                };
            }
            if (anyOf != null) {
                int[] positions = anyOf.stream()
                        .mapToInt(id -> questionnaire.question(id).position())
                        .toArray();
                var values = List.copyOf(Objects.requireNonNull(in, "in"));
                return answers -> {
                    for (int position : positions) {
                        var choice = answers.choiceAt(position);
                        if (choice != null && values.contains(choice)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            int position = questionnaire
                    .question(Objects.requireNonNull(question, "question"))
                    .position();
            if (includes != null) {
                var value = includes;
                return answers -> answers.at(position) instanceof Answer.Choices c
                        && c.values().contains(value);
            }
            if (in != null) {
                var values = List.copyOf(in);
                return answers -> {
                    var choice = answers.choiceAt(position);
                    return choice != null && values.contains(choice);
                };
            }
            double from = atLeast == null ? Double.NEGATIVE_INFINITY : atLeast;
            double to = below == null ? Double.POSITIVE_INFINITY : below;
            return answers -> answers.at(position) instanceof Answer.Number n && n.value() >= from && n.value() < to;
        }
    }

    /** A point rule's condition, bound to one questionnaire. */
    interface Condition {
        boolean holds(Answers answers);
    }

    /**
     * These rules bound to one questionnaire: every question id is looked up once, so scoring a set of answers
     * reads arrays only (the evaluation benchmark's hot path).
     */
    Scoring bind(Questionnaire questionnaire) {
        return new Scoring(this, questionnaire);
    }

    static final class Scoring {

        private final List<PatternRule> patterns;
        private final Condition[][] conditions;
        private final int[][] points;

        private Scoring(Rules rules, Questionnaire questionnaire) {
            this.patterns = rules.patterns();
            this.conditions = new Condition[patterns.size()][];
            this.points = new int[patterns.size()][];
            for (int p = 0; p < patterns.size(); p++) {
                var rulesOfPattern = patterns.get(p).points();
                conditions[p] = rulesOfPattern.stream()
                        .map(rule -> rule.bind(questionnaire))
                        .toArray(Condition[]::new);
                points[p] = rulesOfPattern.stream().mapToInt(PointRule::points).toArray();
            }
        }

        List<PatternRule> patterns() {
            return patterns;
        }

        /** Points per pattern, in the same order as {@link #patterns()}. */
        int[] score(Answers answers) {
            var scores = new int[conditions.length];
            for (int p = 0; p < conditions.length; p++) {
                for (int r = 0; r < conditions[p].length; r++) {
                    if (conditions[p][r].holds(answers)) {
                        scores[p] += points[p][r];
                    }
                }
            }
            return scores;
        }
    }

    public static Rules read(InputStream json, JsonMapper mapper) {
        try (json) {
            var file = mapper.readValue(json, File.class);
            return new Rules(
                    file.version(),
                    file.patterns(),
                    file.redFlags() == null ? List.of() : file.redFlags().derived());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record File(
            String version,
            List<PatternRule> patterns,
            @Nullable RedFlagsFile redFlags,
            @Nullable String _source) {}

    /** The red-flag part of the file: flags raised by combinations of answers. */
    private record RedFlagsFile(
            List<DerivedFlag> derived, @Nullable String _source) {}
}
