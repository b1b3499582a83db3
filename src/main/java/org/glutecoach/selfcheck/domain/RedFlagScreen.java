package org.glutecoach.selfcheck.domain;

import static org.glutecoach.selfcheck.domain.Questionnaire.INFLAM_FEATURES;
import static org.glutecoach.selfcheck.domain.Questionnaire.INFLAM_FEATURES_FOR_SOON;
import static org.glutecoach.selfcheck.domain.Questionnaire.INFLAM_GATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glutecoach.selfcheck.RedFlagTier;

/**
 * The red-flag screen over a set of answers: which flags were raised and the most urgent tier among them.
 * "Not sure" counts as yes (docs/domain/red-flags.md, rule 4).
 */
record RedFlagScreen(List<String> raised, Optional<RedFlagTier> tier, boolean unsureAboutAnEmergency) {

    static RedFlagScreen of(Questionnaire questionnaire, Answers answers) {
        var raised = new ArrayList<String>();
        RedFlagTier tier = null;
        boolean unsure = false;
        for (var question : questionnaire.redFlags()) {
            if (raises(question, answers)) {
                raised.add(question.id());
                var flagTier = question.redFlagTier();
                tier = tier == null || flagTier.isMoreUrgentThan(tier) ? flagTier : tier;
                unsure |= flagTier == RedFlagTier.EMERGENCY && answers.is(question, "NOT_SURE");
            }
        }
        return new RedFlagScreen(List.copyOf(raised), Optional.ofNullable(tier),
                unsure && tier == RedFlagTier.EMERGENCY);
    }

    private static boolean raises(Question question, Answers answers) {
        if (question.id().equals(INFLAM_GATE)) {
            return false; // only opens its follow-up question (NICE NG65 entry criterion)
        }
        if (question.id().equals(INFLAM_FEATURES)) {
            return answers.yesOrNotSure(INFLAM_GATE)
                    && answers.choices(INFLAM_FEATURES).size() >= INFLAM_FEATURES_FOR_SOON;
        }
        return answers.yesOrNotSure(question);
    }

    /**
     * Whether a red-flag question must be answered before this screen can conclude: every flag more urgent than
     * the tier already raised (so nothing more urgent is missed), and all of them when none is raised.
     */
    boolean needs(Question question, Answers answers) {
        if (question.id().equals(INFLAM_FEATURES)) {
            return tier.isEmpty() && answers.yesOrNotSure(INFLAM_GATE);
        }
        return tier.isEmpty() || question.redFlagTier().isMoreUrgentThan(tier.get());
    }
}
