package org.glutecoach.selfcheck.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.ResultComparison;
import org.glutecoach.selfcheck.SafetyNetView;
import org.glutecoach.selfcheck.SavedResult;
import org.jspecify.annotations.Nullable;

/**
 * How a kept result is shown again and compared with the one before it (hazard HZ-12 of the clinical review): with
 * the words it was shown with, when it has them; kept before those were stored and made with today's versions,
 * its answers explained again, only if that gives the outcome that was kept; otherwise only what it found. A kept
 * result is never explained with rules it was not made with, and never fails to load.
 */
public final class ResultComparisonRule {

    /** The versions a result is made with. */
    public record Versions(String questionnaire, String rules, String redFlagSet) {}

    private final Versions today;
    private final Function<Map<String, Object>, EvaluationView> explain;
    private final ResultChanges changes;
    private final SafetyNetView safetyNet;

    /**
     * @param explain answers to the result the self-check shows today (throws {@link InvalidAnswers} when they no
     *        longer make one)
     * @param text message key to its words, {@code null} when there is no such message
     * @param safetyNet today's safety-net block, shown on every kept result (its signs only ever get clearer)
     */
    public ResultComparisonRule(
            Versions today,
            Function<Map<String, Object>, EvaluationView> explain,
            Function<String, @Nullable String> text,
            SafetyNetView safetyNet) {
        this.today = today;
        this.explain = explain;
        this.changes = new ResultChanges(text);
        this.safetyNet = safetyNet;
    }

    /** One of these results (newest first) compared with the one before it; empty when it is not among them. */
    public Optional<ResultComparison> compare(List<SavedResult> newestFirst, UUID resultId) {
        for (int i = 0; i < newestFirst.size(); i++) {
            if (newestFirst.get(i).id().equals(resultId)) {
                return Optional.of(
                        compared(newestFirst.get(i), i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null));
            }
        }
        return Optional.empty();
    }

    private ResultComparison compared(SavedResult result, @Nullable SavedResult previous) {
        EvaluationView explanation = null;
        var shown = ResultComparison.Shown.OLDER_VERSION;
        if (result.shown() != null) {
            explanation = result.shown().asView(result, safetyNet);
            shown = ResultComparison.Shown.AS_SHOWN;
        } else if (madeWithTodaysVersions(result)) {
            explanation = explainedAgain(result);
            shown = explanation == null ? shown : ResultComparison.Shown.EXPLAINED_AGAIN;
        }
        var changed = previous == null ? List.<ResultComparison.Change>of() : changes.between(previous, result);
        var versions = previous == null ? List.<String>of() : ResultChanges.versionsChanged(previous, result);
        return new ResultComparison(result, explanation, previous, changed, shown, versions, safetyNet);
    }

    private boolean madeWithTodaysVersions(SavedResult result) {
        return result.questionnaireVersion().equals(today.questionnaire())
                && result.ruleVersion().equals(today.rules())
                && today.redFlagSet().equals(result.redFlagSetVersion());
    }

    /** The answers explained again, only if that gives the outcome that was kept; otherwise {@code null}. */
    private @Nullable EvaluationView explainedAgain(SavedResult result) {
        try {
            var again = explain.apply(result.answers());
            return again.outcome() == result.outcome() ? again : null;
        } catch (InvalidAnswers | IllegalArgumentException unusable) {
            return null;
        }
    }
}
