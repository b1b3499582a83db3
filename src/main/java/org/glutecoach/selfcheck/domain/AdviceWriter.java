package org.glutecoach.selfcheck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glutecoach.selfcheck.Strength;
import org.jspecify.annotations.Nullable;

/**
 * What to try, in order: how long the pain has lasted, how and how long you sit (with the person's own numbers,
 * their seat, their work and what eases it), release with its stop rules, switching the buttocks on, moving more,
 * the mini course, and when to see a therapist. Doses: dosage.md (release 60 s per side, 2 sets, 30 s rest,
 * discomfort at most 6/10 and stop above 7; squeeze 10 x 5 s, 2 sets, daily; a break every 30 minutes; balance
 * work for people aged 65 and over).
 *
 * <p>SOON gets gentle content only (red-flag set rule 10): no progression to harder levels, no course, and one
 * timescale, the SOON action itself, so no "see someone after a few weeks" line.
 */
final class AdviceWriter {

    /** A pain score at which we suggest seeing someone now (issue 5; our convention). */
    private static final int PAIN_SEE_SOMEONE = 7;
    /** UK CMO guidelines: adults 65 and over add balance and flexibility work on 2 days a week (dosage.md §4). */
    static final int BALANCE_AGE = 65;

    private static final List<String> RECENT = List.of("UNDER_2_WEEKS", "WEEKS_2_TO_6");
    private static final List<String> LASTING = List.of("WEEKS_6_TO_12", "OVER_12_WEEKS");
    private static final List<String> EASED_BY = List.of("WALKING", "STANDING", "LYING", "SITTING");

    private AdviceWriter() {}

    static List<Phrase> advice(Answers answers, Map<String, Strength> strengths, boolean soon) {
        var advice = new ArrayList<Phrase>();
        if (soon) {
            advice.add(Phrase.of("selfcheck.advice.soon"));
        }
        duration(answers, advice);
        sitting(answers, advice);
        advice.add(Phrase.of("selfcheck.advice.release"));
        advice.add(Phrase.of("selfcheck.advice.release.stop"));
        advice.add(Phrase.of("selfcheck.advice.release.with-exercise"));
        advice.add(Phrase.of("selfcheck.advice.release.when-not"));
        advice.add(Phrase.of("selfcheck.advice.activate"));
        if (!soon) {
            advice.add(Phrase.of("selfcheck.advice.activate.progress"));
            Sides.weaker(answers)
                    .ifPresent(side -> advice.add(Phrase.of("selfcheck.advice.activate.side", Explainer.side(side))));
        }
        if (atLeastSome(strengths.get("P_OVERUSE"))) {
            advice.add(Phrase.of("selfcheck.advice.rest-days"));
        }
        if (soon) {
            advice.add(Phrase.of("selfcheck.advice.move.gentle"));
        } else if (!answers.is("ACTIVE_WEEK", "OVER_150_MIN")) {
            advice.add(Phrase.of("selfcheck.advice.move"));
        }
        if (answers.number(Questionnaire.AGE).filter(age -> age >= BALANCE_AGE).isPresent()) {
            advice.add(Phrase.of("selfcheck.advice.balance"));
        }
        if (!soon) {
            advice.add(Phrase.of("selfcheck.advice.course"));
            seeATherapist(answers, strengths, advice);
        }
        return List.copyOf(advice);
    }

    /** Recent pain: movement over rest; lasting pain: build up without waiting for it to go (NICE NG59). */
    private static void duration(Answers answers, List<Phrase> advice) {
        answers.choice("PAIN_DURATION").ifPresent(duration -> {
            if (RECENT.contains(duration)) {
                advice.add(Phrase.of("selfcheck.advice.duration.recent"));
            } else if (LASTING.contains(duration)) {
                advice.add(Phrase.of("selfcheck.advice.duration.lasting"));
            }
        });
    }

    private static void sitting(Answers answers, List<Phrase> advice) {
        double hours = answers.numberOrNaN("SIT_HOURS");
        if (hours >= 1) {
            advice.add(Phrase.of("selfcheck.advice.sitting.breaks", Numbers.plain(hours), Math.round(hours * 2)));
        }
        answers.choice("SIT_LONGEST")
                .filter(longest -> longest.equals("MIN_60_TO_120") || longest.equals("OVER_120_MIN"))
                .ifPresent(longest ->
                        advice.add(Phrase.of("selfcheck.advice.sitting.longest", Explainer.duration(longest))));
        if (answers.is("STANDING_WORK", "YES")) {
            advice.add(Phrase.of("selfcheck.advice.sitting.standing-work"));
        }
        answers.choice("CHAIR")
                .filter(chair -> !chair.equals("OTHER"))
                .ifPresent(chair -> advice.add(Phrase.of("selfcheck.advice.sitting.chair." + chair)));
        var eases = answers.choices("BETTER_WITH");
        EASED_BY.stream()
                .filter(eases::contains)
                .forEach(what -> advice.add(Phrase.of("selfcheck.advice.sitting.better." + what)));
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
        var lasting = answers.choice("PAIN_DURATION").filter(LASTING::contains).isPresent();
        advice.add(Phrase.of(lasting ? "selfcheck.advice.therapist.lasting" : "selfcheck.advice.therapist"));
    }

    private static double orZero(double number) {
        return Double.isNaN(number) ? 0 : number;
    }

    private static boolean atLeastSome(@Nullable Strength strength) {
        return strength == Strength.SOME || strength == Strength.STRONG;
    }
}
