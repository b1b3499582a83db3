package org.glutecoach.selfcheck.domain;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the chain of cause and effect for a pattern, step by step, with the person's own answers in it. Each
 * step is a {@link Phrase}: the wording lives in {@code messages/selfcheck.properties}. The model is the source
 * article's, restated in "may" language (docs/domain/mechanics-and-self-check.md).
 */
final class Explainer {

    private Explainer() {}

    static List<Phrase> steps(String pattern, Answers answers) {
        var steps = new ArrayList<Phrase>();
        switch (pattern) {
            case "P_SIT_LONG" -> sittingLong(answers, steps);
            case "P_OVERUSE" -> overuse(answers, steps);
            case "P_ONE_SIDE" -> oneSide(answers, steps);
            case "P_SIDE_LAG" -> sideLag(answers, steps);
            default -> throw new IllegalArgumentException("No explanation written for " + pattern);
        }
        return List.copyOf(steps);
    }

    private static final Map<String, Phrase> CAVEATS =
            phrases("selfcheck.caveat.", "P_SIT_LONG", "P_OVERUSE", "P_ONE_SIDE", "P_SIDE_LAG");
    private static final Map<String, Phrase> SIDES = phrases("selfcheck.side.", Sides.LEFT, Sides.RIGHT);
    private static final Map<String, Phrase> DURATIONS =
            phrases("selfcheck.duration.", "UNDER_30_MIN", "MIN_30_TO_60", "MIN_60_TO_120", "OVER_120_MIN");

    static Phrase caveat(String pattern) {
        return requireNonNull(CAVEATS.get(pattern), () -> "no caveat for " + pattern);
    }

    private static void sittingLong(Answers answers, List<Phrase> steps) {
        double hours = answers.numberOrNaN("SIT_HOURS");
        if (!Double.isNaN(hours)) {
            steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.hours", Numbers.plain(hours)));
        }
        answers.choice("SIT_LONGEST")
                .filter(longest -> !longest.equals("UNDER_30_MIN"))
                .ifPresent(longest -> steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.longest", duration(longest))));
        steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.stretched"));
        steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.weak"));
        Sides.weakerInSqueeze(answers)
                .ifPresent(side -> steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.felt-weak", side(side))));
        steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.pelvis"));
        steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.back"));
        if (answers.is("SPASMS", "YES")) {
            steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.spasms"));
        }
        if (answers.choices("WORSE_WITH").contains("SITTING")) {
            steps.add(Phrase.of("selfcheck.step.P_SIT_LONG.worse"));
        }
    }

    private static void overuse(Answers answers, List<Phrase> steps) {
        if (answers.is("HARD_GLUTE_WORK", "MOST_DAYS")) {
            steps.add(Phrase.of("selfcheck.step.P_OVERUSE.most-days"));
        } else if (answers.is("HARD_GLUTE_WORK", "SOMETIMES")) {
            steps.add(Phrase.of("selfcheck.step.P_OVERUSE.sometimes"));
        }
        if (answers.is("WORSE_AFTER_TRAINING", "YES")) {
            steps.add(Phrase.of("selfcheck.step.P_OVERUSE.after"));
        }
        if (answers.is("GLUTES_TIGHT", "YES")) {
            steps.add(Phrase.of("selfcheck.step.P_OVERUSE.tight"));
        }
        steps.add(Phrase.of("selfcheck.step.P_OVERUSE.short"));
        steps.add(Phrase.of("selfcheck.step.P_OVERUSE.pelvis"));
    }

    private static void oneSide(Answers answers, List<Phrase> steps) {
        answers.choice("PAIN_WHERE")
                .filter(where -> where.equals(Sides.LEFT) || where.equals(Sides.RIGHT))
                .ifPresent(where -> steps.add(Phrase.of("selfcheck.step.P_ONE_SIDE.where", side(where))));
        if (answers.is("BACK_POCKET", "YES")) {
            steps.add(Phrase.of("selfcheck.step.P_ONE_SIDE.pocket"));
        }
        answers.choice("LEAN_SIDE")
                .filter(lean -> !lean.equals("NO"))
                .ifPresent(lean -> steps.add(Phrase.of("selfcheck.step.P_ONE_SIDE.lean", side(lean))));
        steps.add(Phrase.of("selfcheck.step.P_ONE_SIDE.load"));
        steps.add(Phrase.of("selfcheck.step.P_ONE_SIDE.sore"));
    }

    private static void sideLag(Answers answers, List<Phrase> steps) {
        Sides.weakerInSqueeze(answers)
                .ifPresent(side ->
                        steps.add(Phrase.of("selfcheck.step.P_SIDE_LAG.squeeze", side(side), side(Sides.other(side)))));
        Sides.weakerAlone(answers)
                .ifPresent(side -> steps.add(Phrase.of("selfcheck.step.P_SIDE_LAG.alone", side(side))));
        double left = answers.numberOrNaN("T4_BRIDGE_LEFT");
        double right = answers.numberOrNaN("T4_BRIDGE_RIGHT");
        if (!Double.isNaN(left) && !Double.isNaN(right)) {
            steps.add(Phrase.of("selfcheck.step.P_SIDE_LAG.bridge", Numbers.plain(left), Numbers.plain(right)));
        }
        steps.add(Phrase.of("selfcheck.step.P_SIDE_LAG.meaning"));
    }

    static Phrase side(String side) {
        return requireNonNull(SIDES.get(side), () -> "no wording for side " + side);
    }

    static Phrase duration(String longest) {
        return requireNonNull(DURATIONS.get(longest), () -> "no wording for " + longest);
    }

    // Phrases are built once: an evaluation should not spend its time gluing strings together.
    private static Map<String, Phrase> phrases(String prefix, String... names) {
        var phrases = new java.util.HashMap<String, Phrase>();
        for (var name : names) {
            phrases.put(name, Phrase.of(prefix + name));
        }
        return Map.copyOf(phrases);
    }
}
