package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.selfcheck.SelfCheckFixtures.clearAnswers;
import static org.glutecoach.selfcheck.SelfCheckFixtures.deskWorkerAnswers;
import static org.glutecoach.selfcheck.SelfCheckFixtures.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a result says, beyond the red-flag screen: the safety net and reassurance (red-flag set rules 7 and 11),
 * gentle content only for SOON (rule 10), the wording and dose corrections of the clinical review 2026-11
 * (sections 2 and 3), and the four questions that once drove nothing (section 4), each now changing the advice.
 */
class SelfCheckResultContentTests {

    final SelfCheckService service = SelfCheckPropertyTests.SERVICE;
    final org.springframework.context.MessageSource messages = SelfCheckFixtures.messages();

    /** A desk worker whose sciatica answer raises SOON, with every self-test answered. */
    static Map<String, Object> soonAnswers() {
        return with(deskWorkerAnswers(), "S_SCIATICA", "YES");
    }

    EvaluationView evaluate(Map<String, Object> answers) {
        return service.evaluate(new EvaluateAnswers(answers));
    }

    String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    @Test
    void selfCareAndSoonCarryTheSafetyNetAsDataAndStopScreensLeaveItToTheirOwnScreen() {
        for (var answers : List.of(deskWorkerAnswers(), soonAnswers())) {
            var net = evaluate(answers).safetyNet();
            assertThat(net).isNotNull();
            assertThat(net.heading()).isEqualTo(text("safetyNet.heading"));
            assertThat(net.intro()).isEqualTo(text("safetyNet.intro"));
            assertThat(net.signs())
                    .containsExactly(
                            text("safetyNet.sign.saddle"), text("safetyNet.sign.bladder"), text("safetyNet.sign.legs"));
            assertThat(net.callNumber()).isEqualTo("999");
        }
        assertThat(evaluate(with(deskWorkerAnswers(), "E_SADDLE", "YES")).safetyNet())
                .isNull();
    }

    @Test
    void everySelfCareResultReassuresInPlainWordsAndSoonDoesNot() {
        var selfCare = evaluate(clearAnswers());
        assertThat(selfCare.outcome()).isEqualTo(Outcome.SELF_CARE);
        assertThat(String.join(" ", selfCare.reassurance()))
                .contains(
                        "not serious",
                        "within a few weeks",
                        "normal activities and your work",
                        "pharmacist",
                        "pain relief");
        var soon = evaluate(soonAnswers());
        assertThat(soon.outcome()).isEqualTo(Outcome.SOON);
        assertThat(soon.reassurance()).isEmpty();
    }

    @Test
    void soonGetsGentleContentOnly() {
        var soon = evaluate(soonAnswers());
        var selfCare = evaluate(deskWorkerAnswers());
        // No progression to harder levels, no course (rolling and exercise days), no training one side.
        assertThat(selfCare.advice())
                .contains(text("selfcheck.advice.activate.progress"), text("selfcheck.advice.course"));
        assertThat(soon.advice())
                .doesNotContain(
                        text("selfcheck.advice.activate.progress"),
                        text("selfcheck.advice.course"),
                        text("selfcheck.advice.move"))
                .noneMatch(line -> line.contains("harder to switch on"));
        // Rolling carries the stop rule.
        assertThat(soon.advice()).contains(text("selfcheck.advice.release.stop"));
        // One timescale only: the SOON action's.
        var timescale = Pattern.compile("\\b(few|\\d+) weeks\\b");
        assertThat(soon.advice().get(0)).isEqualTo(text("selfcheck.advice.soon"));
        assertThat(soon.advice().subList(1, soon.advice().size()))
                .noneMatch(line -> timescale.matcher(line).find());
        assertThat(selfCare.advice()).anyMatch(line -> timescale.matcher(line).find());
    }

    @Test
    void soonUsesNoSelfTestBeyondTheTwoSqueezeTests() {
        var withBridge = evaluate(soonAnswers());
        var without = new java.util.LinkedHashMap<>(soonAnswers());
        without.remove("T4_BRIDGE_LEFT");
        without.remove("T4_BRIDGE_RIGHT");
        assertThat(withBridge.patterns()).isEqualTo(evaluate(without).patterns());
        assertThat(withBridge.advice()).isEqualTo(evaluate(without).advice());
        assertThat(withBridge.patterns())
                .flatExtracting(EvaluationView.PatternView::steps)
                .noneMatch(step -> step.contains("one-leg bridge"));
        assertThat(evaluate(deskWorkerAnswers()).patterns())
                .flatExtracting(EvaluationView.PatternView::steps)
                .anyMatch(step -> step.contains("one-leg bridge"));
        assertThat(service.usedWhenSoon("T4_BRIDGE_LEFT")).isFalse();
        assertThat(service.usedWhenSoon("T1_SQUEEZE_LEFT")).isTrue();
        assertThat(service.usedWhenSoon("T2_ONE_SIDE_RIGHT")).isTrue();
    }

    @Test
    void rollingAdviceStopsAboveSevenAndOnNerveSignsAndSkipsRedHotOrSwollenSkin() {
        for (var answers : List.of(deskWorkerAnswers(), soonAnswers())) {
            var advice = String.join(" ", evaluate(answers).advice());
            assertThat(advice)
                    .contains(
                            "6 out of 10 or less, and stop if it goes above 7",
                            "pins and needles",
                            "numbness",
                            "shoots down your leg",
                            "red, hot or swollen, skip");
            assertThat(advice).doesNotContain("push through pain");
        }
    }

    @Test
    void oneStandingSqueezeDoseAsInTheDosageSheetAndAFiveSecondSqueezeTest() {
        var activate = text("selfcheck.advice.activate");
        assertThat(activate)
                .contains("5 seconds", "10 times", "30 seconds", "10 more", "every day")
                .doesNotContain("twice a day");
        assertThat(evaluate(deskWorkerAnswers()).advice()).contains(activate);
        var test = service.questionnaire().sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals("T1_SQUEEZE_LEFT"))
                .findFirst()
                .orElseThrow();
        assertThat(test.text()).contains("5 seconds").doesNotContain("10 seconds");
    }

    @Test
    void balanceAdviceFromSixtyFiveBesideTheWeeklyActivityLine() {
        var balance = text("selfcheck.advice.balance");
        var older = evaluate(with(deskWorkerAnswers(), "AGE", 65)).advice();
        assertThat(older).contains(balance);
        assertThat(older.indexOf(balance)).isEqualTo(older.indexOf(text("selfcheck.advice.move")) + 1);
        assertThat(evaluate(with(deskWorkerAnswers(), "AGE", 64)).advice()).doesNotContain(balance);
    }

    @Test
    void strengthsSayHowCloselyTheAnswersFitAndWeakPatternsGetOneLine() {
        var patterns = evaluate(deskWorkerAnswers()).patterns();
        assertThat(patterns)
                .extracting(EvaluationView.PatternView::strengthLabel)
                .allMatch(label -> label.startsWith("Your answers fit this "));
        // Two hours of sitting at most and the ache in the middle: sitting long fits only a little.
        var little =
                evaluate(with(with(clearAnswers(), "SIT_HOURS", 7), "WORSE_WITH", List.of("STANDING")))
                        .patterns()
                        .stream()
                        .filter(p -> p.strength() == Strength.LITTLE)
                        .toList();
        assertThat(little)
                .isNotEmpty()
                .allSatisfy(pattern -> assertThat(pattern.steps()).containsExactly(text("selfcheck.step.little")));
    }

    @Test
    void theSittingExplanationIsHedgedAndSaysTheIdeaIsUntested() {
        var sitting = evaluate(deskWorkerAnswers()).patterns().stream()
                .filter(p -> p.code().equals("P_SIT_LONG"))
                .findFirst()
                .orElseThrow();
        assertThat(sitting.steps())
                .contains(
                        "While you sit, your buttock muscles are in a lengthened position. Some therapists say they get "
                                + "stuck long.",
                        "You said sitting makes your back worse. That is common in back pain, and fits this idea too.")
                .anyMatch(step -> step.contains("which may deepen the curve"))
                .noneMatch(step -> step.contains("held in a stretch") || step.contains("gets deeper"));
        assertThat(sitting.caveat()).contains("No study has tested it.");
        assertThat(text("home.idea.sit") + text("home.idea.pelvis"))
                .contains("No study has tested this idea", "may deepen")
                .doesNotContain("stay stretched", "gets deeper");
    }

    @Test
    void howLongThePainHasLastedChangesTheAdvice() {
        var recent = evaluate(with(deskWorkerAnswers(), "PAIN_DURATION", "UNDER_2_WEEKS"))
                .advice();
        var lasting = evaluate(with(deskWorkerAnswers(), "PAIN_DURATION", "OVER_12_WEEKS"))
                .advice();
        assertThat(recent)
                .contains(text("selfcheck.advice.duration.recent"), text("selfcheck.advice.therapist"))
                .doesNotContain(text("selfcheck.advice.duration.lasting"));
        assertThat(lasting)
                .contains(text("selfcheck.advice.duration.lasting"), text("selfcheck.advice.therapist.lasting"))
                .doesNotContain(text("selfcheck.advice.duration.recent"), text("selfcheck.advice.therapist"));
        assertThat(evaluate(with(deskWorkerAnswers(), "PAIN_DURATION", "WEEKS_2_TO_6"))
                        .advice())
                .contains(text("selfcheck.advice.duration.recent"));
        assertThat(evaluate(with(deskWorkerAnswers(), "PAIN_DURATION", "WEEKS_6_TO_12"))
                        .advice())
                .contains(text("selfcheck.advice.duration.lasting"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OFFICE_CHAIR", "HARD_CHAIR", "SOFA", "CAR_SEAT", "STOOL"})
    void theSeatTailorsTheSittingAdvice(String chair) {
        var advice = evaluate(with(deskWorkerAnswers(), "CHAIR", chair)).advice();
        assertThat(advice).contains(text("selfcheck.advice.sitting.chair." + chair));
        assertThat(advice.stream().filter(line -> chairLines().contains(line))).hasSize(1);
    }

    @Test
    void anotherSeatOrNoneAddsNothing() {
        var other = evaluate(with(deskWorkerAnswers(), "CHAIR", "OTHER")).advice();
        var none = new java.util.LinkedHashMap<>(deskWorkerAnswers());
        none.remove("CHAIR");
        assertThat(other)
                .noneMatch(chairLines()::contains)
                .isEqualTo(evaluate(none).advice());
    }

    @Test
    void standingWorkTailorsTheSittingAdvice() {
        var line = text("selfcheck.advice.sitting.standing-work");
        assertThat(evaluate(with(deskWorkerAnswers(), "STANDING_WORK", "YES")).advice())
                .contains(line);
        assertThat(evaluate(with(deskWorkerAnswers(), "STANDING_WORK", "NO")).advice())
                .doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WALKING", "STANDING", "LYING", "SITTING"})
    void whatEasesThePainTailorsTheSittingAdvice(String eases) {
        var line = text("selfcheck.advice.sitting.better." + eases);
        assertThat(evaluate(with(deskWorkerAnswers(), "BETTER_WITH", List.of(eases)))
                        .advice())
                .contains(line);
        assertThat(evaluate(with(deskWorkerAnswers(), "BETTER_WITH", List.of())).advice())
                .doesNotContain(line);
    }

    private List<String> chairLines() {
        var lines = new ArrayList<String>();
        for (var chair : List.of("OFFICE_CHAIR", "HARD_CHAIR", "SOFA", "CAR_SEAT", "STOOL")) {
            lines.add(text("selfcheck.advice.sitting.chair." + chair));
        }
        return lines;
    }
}
