package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The short red-flag screen before the course (red-flag rule 1) as clinical cases: it asks age first and every
 * question an EMERGENCY or URGENT flag reads, asked or derived, and decides as the full screen does, so it never
 * gives a lower tier than the full screen would for the same answers.
 */
class ShortScreenTests {

    final SelfCheckService service = SelfCheckPropertyTests.SERVICE;

    @Test
    void asksAgeFirstAndEveryQuestionASeriousDerivedFlagReads() {
        var ids = service.shortScreenQuestions().stream()
                .map(QuestionnaireView.QuestionView::id)
                .toList();
        assertThat(ids.get(0)).isEqualTo("AGE");
        assertThat(ids)
                .contains("S_SCIATICA", "U_CANCER", "U_ONE_LEG", "U_INJURY", "U_BONES", "E_SADDLE", "E_CHEST")
                .as("SOON-only questions are not part of it")
                .doesNotContain("S_FIRST_TIME", "S_DAILY", "PAIN_NOW");
    }

    @Test
    void aPastCancerWithLegPainBelowTheKneeGetsTheCancerTeamScreen() {
        var answers = allNo(55);
        answers.put("U_CANCER", "YES");
        answers.put("S_SCIATICA", "YES");
        assertThat(service.checkShortScreen(answers)).isEmpty();
        var result = service.shortScreen(answers);
        assertThat(result.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(result.redFlags()).contains("E_CANCER_NERVES");
        assertThat(result.callNumber()).isEqualTo("999");
        assertThat(result.actions().get(0)).isEqualTo(text("selfcheck.action.callCancerTeam"));
    }

    @Test
    void aFeverWithThePastCancerQuestionUnansweredAsksOnInsteadOfStoppingAt111() {
        var answers = allNo(40);
        answers.put("U_FEVER", "YES");
        answers.remove("U_CANCER");
        answers.remove("S_SCIATICA");
        assertThat(service.checkShortScreen(answers))
                .as("a past cancer and leg pain could still mean the cancer team")
                .containsOnlyKeys("U_CANCER", "S_SCIATICA");
        assertThatThrownBy(() -> service.shortScreen(answers)).isInstanceOf(InvalidAnswers.class);

        answers.put("U_CANCER", "NOT_SURE");
        answers.put("S_SCIATICA", "YES");
        var result = service.shortScreen(answers);
        assertThat(result.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(result.redFlags()).contains("U_FEVER", "E_CANCER_NERVES");
    }

    @Test
    void aFeverWithNoLegSignsStopsAt111WhateverTheCancerAnswer() {
        var answers = allNo(40);
        answers.put("U_FEVER", "YES");
        answers.remove("U_CANCER");
        assertThat(service.checkShortScreen(answers))
                .as("nothing more urgent can follow: the full screen's rule")
                .isEmpty();
        assertThat(service.shortScreen(answers).outcome()).isEqualTo(Outcome.URGENT);
    }

    @Test
    void noToEveryQuestionLetsAnAdultGoOn() {
        var answers = allNo(40);
        assertThat(service.checkShortScreen(answers)).isEmpty();
        var result = service.shortScreen(answers);
        assertThat(result.outcome()).isEqualTo(Outcome.SELF_CARE);
        assertThat(result.redFlags()).isEmpty();
    }

    @Test
    void aFallAt65OrOverRaisesTheFractureRiskFromTheAgeGiven() {
        var answers = allNo(70);
        answers.put("U_INJURY", "YES");
        var result = service.shortScreen(answers);
        assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
        assertThat(result.redFlags()).containsExactly("U_FRACTURE_RISK");

        answers.put("AGE", 64);
        assertThat(service.shortScreen(answers).outcome()).as("just under 65").isEqualTo(Outcome.SELF_CARE);
    }

    @Test
    void ageIsNeededBeforeGoingOn() {
        var answers = allNo(40);
        answers.remove("AGE");
        assertThat(service.checkShortScreen(answers)).containsOnlyKeys("AGE");
    }

    @Test
    void anEmergencyStopsEvenWithoutAnAge() {
        var answers = new LinkedHashMap<String, Object>(Map.of("E_SADDLE", "YES"));
        assertThat(service.checkShortScreen(answers)).isEmpty();
        assertThat(service.shortScreen(answers).outcome()).isEqualTo(Outcome.EMERGENCY);
    }

    @Test
    void under16GetsTheUnder16PageAndTheirRedFlagAnswersStillCount() {
        var answers = new LinkedHashMap<String, Object>(Map.of("AGE", 12));
        assertThat(service.checkShortScreen(answers))
                .as("nothing more asked of a child")
                .isEmpty();
        assertThat(service.shortScreen(answers).outcome()).isEqualTo(Outcome.NOT_FOR_UNDER_16);

        answers.put("E_SADDLE", "YES");
        var stop = service.shortScreen(answers);
        assertThat(stop.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(stop.actions()).contains(text("selfcheck.action.tell-adult"));
    }

    /**
     * For answers to the whole screen, the short screen reaches the same EMERGENCY or URGENT outcome and flags as
     * the full screen, and lets the person go on exactly when the full screen finds nothing more than SOON.
     */
    @Test
    void neverDisagreesWithTheFullScreenOnSeriousFlags() {
        var questionnaire = SelfCheckFixtures.questionnaire();
        var redFlags = questionnaire.redFlags().stream()
                .filter(q -> q.type() == QuestionType.YES_NO_NOT_SURE)
                .toList();
        var values = List.of("YES", "NO", "NO", "NO", "NO", "NO", "NOT_SURE");
        for (long seed = 0; seed < 3000; seed++) {
            var random = new Random(seed);
            var answers = new LinkedHashMap<String, Object>();
            answers.put("AGE", 16 + random.nextInt(80));
            redFlags.forEach(q -> answers.put(q.id(), values.get(random.nextInt(values.size()))));
            var full = service.screen(new EvaluateAnswers(answers));
            var brief = service.shortScreen(answers);
            if (full.outcome() == Outcome.EMERGENCY || full.outcome() == Outcome.URGENT) {
                assertThat(brief.outcome()).as("seed " + seed).isEqualTo(full.outcome());
                assertThat(brief.actions().get(0))
                        .as("seed " + seed)
                        .isEqualTo(full.actions().get(0));
                var serious = full.redFlags().stream()
                        .filter(id -> !id.startsWith("S_"))
                        .toList();
                assertThat(brief.redFlags()).as("seed " + seed).containsAll(serious);
            } else {
                assertThat(brief.outcome()).as("seed " + seed).isIn(Outcome.SELF_CARE, Outcome.SOON);
            }
        }
    }

    /** An adult of this age who answered No to every question of the short screen. */
    private Map<String, Object> allNo(int age) {
        var answers = new LinkedHashMap<String, Object>();
        service.shortScreenQuestions().forEach(q -> answers.put(q.id(), q.id().equals("AGE") ? age : "NO"));
        return answers;
    }

    private static String text(String key) {
        return SelfCheckFixtures.messages().getMessage(key, null, java.util.Locale.UK);
    }
}
