package org.glutecoach.selfcheck.domain;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.glutecoach.selfcheck.RedFlagTier;
import org.jspecify.annotations.Nullable;

/**
 * A red flag raised by a combination of answers rather than by one question (the ids marked <em>derived</em> in
 * docs/domain/red-flags.md), read from {@code selfcheck/rules.json}. It is raised when every clause of
 * {@code allOf} holds; a clause holds when any one of its conditions does. Questions ask one thing each; the
 * logic that joins them lives here (red-flag set rule 8).
 */
public record DerivedFlag(String id, RedFlagTier tier, List<List<Condition>> allOf) {

    public DerivedFlag {
        allOf = allOf.stream().map(List::copyOf).toList();
        if (allOf.isEmpty() || allOf.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException(id + ": every clause needs at least one condition");
        }
    }

    /**
     * One condition on one answer: a yes or not sure ({@code yesOrNotSure}), or a number ({@code number}) at
     * least {@code atLeast} and/or below {@code below}.
     */
    private static final String ONE_OF = "a condition names yesOrNotSure or number (checked when made)";

    public record Condition(
            @Nullable String yesOrNotSure,
            @Nullable String number,
            @Nullable Double atLeast,
            @Nullable Double below) {

        public Condition {
            if ((yesOrNotSure == null) == (number == null)) {
                throw new IllegalArgumentException("A condition names either yesOrNotSure or number");
            }
            if (number != null && atLeast == null && below == null) {
                throw new IllegalArgumentException(number + ": a number condition needs atLeast or below");
            }
        }

        static Condition yes(String question) {
            return new Condition(question, null, null, null);
        }

        String question() {
            return yesOrNotSure != null ? yesOrNotSure : requireNonNull(number, ONE_OF);
        }

        boolean holds(Answers answers) {
            if (yesOrNotSure != null) {
                return answers.yesOrNotSure(yesOrNotSure);
            }
            double value = answers.numberOrNaN(requireNonNull(number, ONE_OF));
            return !Double.isNaN(value) && (atLeast == null || value >= atLeast) && (below == null || value < below);
        }
    }

    /** Fails at start, not mid-evaluation, when a condition names a question the questionnaire lacks. */
    void checkAgainst(Questionnaire questionnaire) {
        allOf.forEach(clause -> clause.forEach(condition -> questionnaire.question(condition.question())));
    }

    boolean raisedBy(Answers answers) {
        for (var clause : allOf) {
            if (clause.stream().noneMatch(condition -> condition.holds(answers))) {
                return false;
            }
        }
        return true;
    }

    /** The conditions that hold, in clause order: what the person told us that raised this flag. */
    List<Condition> holding(Answers answers) {
        var holding = new ArrayList<Condition>();
        allOf.forEach(clause -> clause.stream().filter(c -> c.holds(answers)).forEach(holding::add));
        return holding;
    }

    /**
     * Whether answering the still unanswered questions could raise this flag: every clause holds already or
     * names a question not yet answered.
     */
    boolean couldStillBeRaised(Answers answers) {
        for (var clause : allOf) {
            if (clause.stream().noneMatch(c -> c.holds(answers) || !answers.has(c.question()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this question is one of the answers this flag reads. */
    boolean reads(String questionId) {
        return allOf.stream()
                .anyMatch(clause -> clause.stream().anyMatch(c -> c.question().equals(questionId)));
    }
}
