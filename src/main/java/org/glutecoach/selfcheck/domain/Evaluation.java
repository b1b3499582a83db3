package org.glutecoach.selfcheck.domain;

import java.util.List;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.Strength;
import org.jspecify.annotations.Nullable;

/**
 * The result of one self-check, still as phrases to be worded. For EMERGENCY and URGENT it holds nothing but the
 * flags and what to do: a red flag outranks every explanation.
 *
 * @param redFlags every flag raised, questions and derived flags alike, by id; kept for under-16s too
 * @param actionShown the stop or SOON screen's action as the domain notes name it ({@code call999},
 *        {@code callCancerTeam}, {@code call111}, {@code bookGp2w}); {@code null} when no flag was raised
 * @param actions the action lines, main one first (for NOT_FOR_UNDER_16: tell an adult, see a GP)
 * @param raisedBy the answers that raised the flags, in plain words, so the person can tell 111 or A&amp;E
 */
public record Evaluation(
        Outcome outcome,
        List<String> redFlags,
        boolean unsureAboutAnEmergency,
        List<Finding> findings,
        List<Phrase> advice,
        Answers answers,
        String questionnaireVersion,
        String ruleVersion,
        @Nullable String actionShown,
        List<Phrase> actions,
        List<Phrase> raisedBy) {

    public Evaluation {
        actions = List.copyOf(actions);
        raisedBy = List.copyOf(raisedBy);
        redFlags = List.copyOf(redFlags);
        findings = List.copyOf(findings);
        advice = List.copyOf(advice);
    }

    /** Whether any pattern reached at least "some". */
    public boolean somePatternStandsOut() {
        return findings.stream().anyMatch(f -> f.strength() != Strength.LITTLE);
    }

    /**
     * What every self-care result also says (red-flag set rule 11, NHS.uk and NICE NG59): most back pain is not
     * serious and gets better within a few weeks, keeping to normal activities and work helps, and a pharmacist
     * can advise on pain relief. Empty for every other outcome.
     */
    public List<Phrase> reassurance() {
        return outcome == Outcome.SELF_CARE ? REASSURANCE : List.of();
    }

    private static final List<Phrase> REASSURANCE = List.of(
            Phrase.of("selfcheck.reassure.not-serious"),
            Phrase.of("selfcheck.reassure.stay-active"),
            Phrase.of("selfcheck.reassure.pharmacist"));

    /** A pattern that fits, how strongly, and why, step by step. */
    public record Finding(String code, Strength strength, int score, List<Phrase> steps, Phrase caveat) {
        public Finding {
            steps = List.copyOf(steps);
        }
    }
}
