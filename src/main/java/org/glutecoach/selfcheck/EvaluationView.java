package org.glutecoach.selfcheck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation, worded. For EMERGENCY and URGENT, {@code patterns} and {@code advice} are always empty: a red
 * flag outranks every explanation. {@code callNumber} is the number to tap to call, when there is one.
 * {@code safetyNet} is the safety-net block, on every SELF_CARE and SOON result (rule 7), otherwise {@code null};
 * {@code reassurance} the lines every SELF_CARE result says (rule 11), otherwise empty.
 */
public record EvaluationView(Outcome outcome, String title, String message, @Nullable String callNumber,
        List<String> redFlags, List<PatternView> patterns, boolean somePatternStandsOut, List<String> advice,
        String questionnaireVersion, String ruleVersion,
        @Nullable SafetyNetView safetyNet, List<String> reassurance) {

    public EvaluationView {
        reassurance = List.copyOf(reassurance);
    }

    /** A pattern that may play a part, how strongly the answers point to it, and why, step by step. */
    public record PatternView(String code, String title, Strength strength, String strengthLabel,
            List<String> steps, String caveat) {
    }
}
