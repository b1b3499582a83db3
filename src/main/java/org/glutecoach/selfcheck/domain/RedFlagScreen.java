package org.glutecoach.selfcheck.domain;

import static java.util.Objects.requireNonNull;
import static org.glutecoach.selfcheck.domain.Questionnaire.INFLAM_FEATURES;
import static org.glutecoach.selfcheck.domain.Questionnaire.INFLAM_FEATURES_FOR_SOON;
import static org.glutecoach.selfcheck.domain.Questionnaire.INFLAM_GATE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.glutecoach.selfcheck.RedFlagTier;
import org.jspecify.annotations.Nullable;

/**
 * The red-flag screen over a set of answers (set rf-2026-12-1, docs/domain/red-flags.md): which flags were raised,
 * by a question or by a combination of answers (a {@link DerivedFlag}), the most urgent tier among them, what the
 * stop screen tells the person to do, and which of their answers raised it. "Not sure" counts as yes (rule 4).
 *
 * @param told the answers that raised a flag, as phrases in questionnaire order (rule 9)
 */
record RedFlagScreen(
        List<String> raised,
        Optional<RedFlagTier> tier,
        boolean unsureAboutAnEmergency,
        boolean emergencyByQuestion,
        List<Phrase> told,
        List<DerivedFlag> derived) {

    /** Cancer with nerve signs: its own action line, the cancer team's helpline (NICE NG234). */
    static final String CANCER_NERVES = "E_CANCER_NERVES";
    /** Past cancer: the action adds "tell them you have had cancer". */
    static final String CANCER = "U_CANCER";
    /** Severe pain now: the action adds the pharmacist line. */
    static final String SEVERE = "S_SEVERE";

    private static final String RED_FLAGS_ONLY = "only red-flag questions reach the screen";

    static RedFlagScreen of(Questionnaire questionnaire, List<DerivedFlag> derived, Answers answers) {
        var raised = new ArrayList<String>();
        var told = new LinkedHashMap<Question, Phrase>();
        RedFlagTier tier = null;
        boolean anEmergencyQuestion = false;
        boolean everyEmergencyAnswerUnsure = true;
        for (var question : questionnaire.redFlags()) {
            if (raises(question, answers)) {
                raised.add(question.id());
                told.put(question, toldOf(question, answers));
                tier = moreUrgent(tier, requireNonNull(question.redFlagTier(), RED_FLAGS_ONLY));
                if (question.redFlagTier() == RedFlagTier.EMERGENCY) {
                    anEmergencyQuestion = true;
                    everyEmergencyAnswerUnsure &= answers.is(question, "NOT_SURE");
                }
            }
        }
        boolean aDerivedEmergency = false;
        for (var flag : derived) {
            if (flag.raisedBy(answers)) {
                raised.add(flag.id());
                tier = moreUrgent(tier, flag.tier());
                aDerivedEmergency |= flag.tier() == RedFlagTier.EMERGENCY;
                for (var condition : flag.holding(answers)) {
                    var question = questionnaire.question(condition.question());
                    told.putIfAbsent(question, toldOf(question, answers));
                }
            }
        }
        var inOrder = told.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().position()))
                .map(java.util.Map.Entry::getValue)
                .toList();
        // The 111 line only when every emergency answer is a "not sure" and nothing else makes it an emergency.
        boolean unsure = anEmergencyQuestion && everyEmergencyAnswerUnsure && !aDerivedEmergency;
        return new RedFlagScreen(
                List.copyOf(raised), Optional.ofNullable(tier), unsure, anEmergencyQuestion, inOrder, derived);
    }

    private static RedFlagTier moreUrgent(@Nullable RedFlagTier tier, RedFlagTier other) {
        return tier == null || other.isMoreUrgentThan(tier) ? other : tier;
    }

    private static boolean raises(Question question, Answers answers) {
        if (question.id().equals(INFLAM_FEATURES)) {
            return answers.yesOrNotSure(INFLAM_GATE) && ticked(answers) >= INFLAM_FEATURES_FOR_SOON;
        }
        return question.raisesAlone() && answers.yesOrNotSure(question);
    }

    /** Features ticked; "None of these" is an answer, not a feature. */
    private static int ticked(Answers answers) {
        var choices = answers.choices(INFLAM_FEATURES);
        return choices.contains("NONE") ? choices.size() - 1 : choices.size();
    }

    /** One answer in plain words, as the person could tell it to 111 or A&E. */
    private static Phrase toldOf(Question question, Answers answers) {
        if (question.id().equals(INFLAM_FEATURES)) {
            return Phrase.of("selfcheck.told." + INFLAM_FEATURES, ticked(answers));
        }
        var number = answers.number(question.id());
        if (number.isPresent()) {
            return Phrase.of("selfcheck.told." + question.id(), Numbers.plain(number.get()));
        }
        var said = Phrase.of("selfcheck.told." + question.id());
        return answers.is(question, "NOT_SURE") ? Phrase.of("selfcheck.told.not-sure", said) : said;
    }

    /**
     * What the screen asks the person to do, as the domain notes name it: {@code call999}, {@code callCancerTeam}
     * (cancer with nerve signs and no other emergency sign), {@code call111} or {@code bookGp2w}.
     */
    Optional<String> action() {
        return tier.map(t -> switch (t) {
            case EMERGENCY -> emergencyByQuestion ? "call999" : "callCancerTeam";
            case URGENT -> "call111";
            case SOON -> "bookGp2w";
        });
    }

    /**
     * The screen's action lines, first the main one. The 999 screen names 999 / A&E only, unless every emergency
     * answer was "Not sure": then a line that cannot read as a downgrade adds 111 (rule 4).
     *
     * @param child whether the person is under 16: a stop screen then also says to tell an adult (rule 6)
     */
    List<Phrase> actions(boolean child) {
        var action = action();
        if (action.isEmpty()) {
            return List.of();
        }
        var lines = new ArrayList<Phrase>();
        lines.add(Phrase.of("selfcheck.action." + action.get()));
        if (child) {
            lines.add(Phrase.of("selfcheck.action.tell-adult"));
        }
        if (raised.contains(CANCER)
                && !action.get().equals("callCancerTeam")
                && !action.get().equals("bookGp2w")) {
            lines.add(Phrase.of("selfcheck.action.tell-cancer"));
        }
        if (action.get().equals("bookGp2w") && raised.contains(SEVERE)) {
            lines.add(Phrase.of("selfcheck.action.pharmacist"));
        }
        if (unsureAboutAnEmergency) {
            lines.add(Phrase.of("selfcheck.action.not-sure"));
        }
        return List.copyOf(lines);
    }

    /**
     * Whether a red-flag question must be answered before this screen can conclude: every flag more urgent than
     * the tier already raised (so nothing more urgent is missed), every question feeding a more urgent derived
     * flag that could still be raised (a past cancer keeps the leg questions open), and all of them when none is
     * raised.
     */
    boolean needs(Question question, Answers answers) {
        if (question.id().equals(INFLAM_FEATURES)) {
            return tier.isEmpty() && answers.yesOrNotSure(INFLAM_GATE);
        }
        if (tier.isEmpty()
                || requireNonNull(question.redFlagTier(), RED_FLAGS_ONLY).isMoreUrgentThan(tier.get())) {
            return true;
        }
        for (var flag : derived) {
            if (flag.tier().isMoreUrgentThan(tier.get())
                    && flag.reads(question.id())
                    && flag.couldStillBeRaised(answers)) {
                return true;
            }
        }
        return false;
    }
}
