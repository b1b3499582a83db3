package org.glutecoach.selfcheck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glutecoach.selfcheck.Strength;

/**
 * What to try, in order: how and how long you sit (with the person's own numbers), release, switching the
 * buttocks on (each side), moving more, the mini course, and when to see a therapist. Doses: dosage.md (release
 * 60 s per side, 2 sets, 30 s rest, discomfort at most 6/10; squeeze 10 x 5 s; a break every 30 minutes).
 */
final class AdviceWriter {

    /** A pain score at which we suggest seeing someone now (issue 5; our convention). */
    private static final int PAIN_SEE_SOMEONE = 7;

    private AdviceWriter() {
    }

    static List<Phrase> advice(Answers answers, Map<String, Strength> strengths, boolean soon) {
        var advice = new ArrayList<Phrase>();
        if (soon) {
            advice.add(Phrase.of("selfcheck.advice.soon"));
        }
        sitting(answers, advice);
        advice.add(Phrase.of("selfcheck.advice.release"));
        advice.add(Phrase.of("selfcheck.advice.release.with-exercise"));
        advice.add(Phrase.of("selfcheck.advice.release.when-not"));
        advice.add(Phrase.of("selfcheck.advice.activate"));
        Sides.weaker(answers).ifPresent(side -> advice.add(
                Phrase.of("selfcheck.advice.activate.side", Explainer.side(side))));
        if (atLeastSome(strengths.get("P_OVERUSE"))) {
            advice.add(Phrase.of("selfcheck.advice.rest-days"));
        }
        if (!answers.is("ACTIVE_WEEK", "OVER_150_MIN")) {
            advice.add(Phrase.of("selfcheck.advice.move"));
        }
        advice.add(Phrase.of("selfcheck.advice.course"));
        seeATherapist(answers, strengths, advice);
        return List.copyOf(advice);
    }

    private static void sitting(Answers answers, List<Phrase> advice) {
        double hours = answers.numberOrNaN("SIT_HOURS");
        if (hours >= 1) {
            advice.add(Phrase.of("selfcheck.advice.sitting.breaks", Numbers.plain(hours), Math.round(hours * 2)));
        }
        answers.choice("SIT_LONGEST").filter(longest -> longest.equals("MIN_60_TO_120")
                || longest.equals("OVER_120_MIN")).ifPresent(longest -> advice.add(
                        Phrase.of("selfcheck.advice.sitting.longest", Explainer.duration(longest))));
        if (answers.is("BACK_POCKET", "YES")) {
            advice.add(Phrase.of("selfcheck.advice.sitting.pocket"));
        }
        if (!answers.is("LEAN_SIDE", "NO") && answers.has("LEAN_SIDE")) {
            advice.add(Phrase.of("selfcheck.advice.sitting.lean"));
        }
    }

    private static void seeATherapist(Answers answers, Map<String, Strength> strengths, List<Phrase> advice) {
        double worst = Math.max(orZero(answers.numberOrNaN("PAIN_NOW")), orZero(answers.numberOrNaN("PAIN_WORST")));
        if (worst >= PAIN_SEE_SOMEONE) {
            advice.add(Phrase.of("selfcheck.advice.therapist.now", Numbers.plain(worst)));
        }
        if (Sides.oneSideWillNotSwitchOn(answers) || atLeastSome(strengths.get("P_SIDE_LAG"))) {
            advice.add(Phrase.of("selfcheck.advice.therapist.side"));
        }
        advice.add(Phrase.of("selfcheck.advice.therapist"));
    }

    private static double orZero(double number) {
        return Double.isNaN(number) ? 0 : number;
    }

    private static boolean atLeastSome(Strength strength) {
        return strength == Strength.SOME || strength == Strength.STRONG;
    }
}
