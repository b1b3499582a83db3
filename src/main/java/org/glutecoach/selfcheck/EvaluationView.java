package org.glutecoach.selfcheck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation, worded. For EMERGENCY and URGENT, {@code patterns} and {@code advice} are always empty: a red
 * flag outranks every explanation. {@code callNumber} is the number to tap to call, when there is one.
 * {@code safetyNet} is the safety-net block, on every SELF_CARE and SOON result and the under-16 page (rules 6
 * and 7), otherwise {@code null}; {@code reassurance} the lines every SELF_CARE result says (rule 11), otherwise
 * empty. {@code actions} and {@code raisedBy} are the same lines the stop screens show: what to do, main action
 * first, and the person's answers that raised the flags, in plain words, so they can tell 111 or A&amp;E.
 */
public record EvaluationView(
        Outcome outcome,
        String title,
        String message,
        @Nullable String callNumber,
        List<String> redFlags,
        List<PatternView> patterns,
        boolean somePatternStandsOut,
        List<String> advice,
        String questionnaireVersion,
        String ruleVersion,
        @Nullable SafetyNetView safetyNet,
        List<String> reassurance,
        List<String> actions,
        List<String> raisedBy) {

    public EvaluationView {
        reassurance = List.copyOf(reassurance);
        actions = List.copyOf(actions);
        raisedBy = List.copyOf(raisedBy);
    }

    /** A 999 or 111 screen: the page then leaves out the footer's general "speak to a GP" line. */
    public boolean urgentAdvice() {
        return callNumber != null;
    }

    /** A pattern that may play a part, how strongly the answers point to it, and why, step by step. */
    public record PatternView(
            String code, String title, Strength strength, String strengthLabel, List<String> steps, String caveat) {}
}
