package org.glutecoach.selfcheck;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A result's words as they were shown when it was kept: the headline, the number to call, the red flags raised,
 * each pattern with its steps and caveat, the advice, the reassurance, the safety net, and a stop screen's action
 * lines and the answers that raised it. Kept with the result
 * (HZ-12 of the clinical review), so it is shown again as it was, whatever the questions and rules have become
 * since. Lists missing from an older stored shape read as empty.
 */
public record ResultText(
        String title,
        String message,
        @Nullable String callNumber,
        List<String> redFlags,
        List<EvaluationView.PatternView> patterns,
        boolean somePatternStandsOut,
        List<String> advice,
        List<String> reassurance,
        @Nullable SafetyNetView safetyNet,
        List<String> actions,
        List<String> raisedBy) {

    public ResultText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        advice = advice == null ? List.of() : List.copyOf(advice);
        reassurance = reassurance == null ? List.of() : List.copyOf(reassurance);
        actions = actions == null ? List.of() : List.copyOf(actions);
        raisedBy = raisedBy == null ? List.of() : List.copyOf(raisedBy);
    }

    public static ResultText of(EvaluationView shown) {
        return new ResultText(
                shown.title(),
                shown.message(),
                shown.callNumber(),
                shown.redFlags(),
                shown.patterns(),
                shown.somePatternStandsOut(),
                shown.advice(),
                shown.reassurance(),
                shown.safetyNet(),
                shown.actions(),
                shown.raisedBy());
    }

    /** These words as an evaluation again, with today's safety net (its signs only ever get clearer). */
    public EvaluationView asView(SavedResult kept, SafetyNetView safetyNet) {
        return new EvaluationView(
                kept.outcome(),
                title,
                message,
                callNumber,
                redFlags,
                patterns,
                somePatternStandsOut,
                advice,
                kept.questionnaireVersion(),
                kept.ruleVersion(),
                safetyNet,
                reassurance,
                actions,
                raisedBy);
    }
}
