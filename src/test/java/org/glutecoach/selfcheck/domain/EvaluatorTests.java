package org.glutecoach.selfcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glutecoach.selfcheck.SelfCheckFixtures.clearAnswers;
import static org.glutecoach.selfcheck.SelfCheckFixtures.deskWorkerAnswers;
import static org.glutecoach.selfcheck.SelfCheckFixtures.with;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.Strength;
import org.junit.jupiter.api.Test;

class EvaluatorTests {

    final Evaluator evaluator = SelfCheckFixtures.evaluator();

    @Test
    void rulesNamingAQuestionTheQuestionnaireLacksFailAtStartNotMidEvaluation() {
        var typo = new Rules.PointRule("SIT_HOURZ", 8.0, null, null, null, null, null, 2);
        var rules = new Rules("test", List.of(new Rules.PatternRule("P_SIT_LONG", 2, 4, List.of(typo))));
        assertThatThrownBy(() -> new Evaluator(evaluator.questionnaire(), rules))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SIT_HOURZ");
    }

    @Test
    void answersReadFromFreshStringsScoreAsLiteralsDo() {
        // Requests bring new String objects; the interned ids and shared options must not change any result.
        var fresh = new LinkedHashMap<String, Object>();
        deskWorkerAnswers()
                .forEach((id, value) -> fresh.put(
                        new String(id),
                        value instanceof String text
                                ? new String(text)
                                : value instanceof List<?> list
                                        ? list.stream()
                                                .map(v -> new String((String) v))
                                                .toList()
                                        : value));
        assertThat(evaluator.evaluate(fresh)).isEqualTo(evaluator.evaluate(deskWorkerAnswers()));
    }

    @Test
    void underSixteensAreSentElsewhereAndNothingElseIsAsked() {
        var evaluation = evaluator.evaluate(Map.of("AGE", 15));
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_FOR_UNDER_16);
        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void ageComesFirstAndIsRequired() {
        assertThatThrownBy(() -> evaluator.evaluate(Map.of()))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        invalid -> assertThat(invalid.errors()).containsKey("AGE"));
        assertThatThrownBy(() -> evaluator.evaluate(Map.of("AGE", 200)))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        invalid -> assertThat(invalid.errors().get("AGE").key()).isEqualTo("number"));
    }

    @Test
    void anEmergencyFlagEndsTheCheckWithNothingElse() {
        var evaluation = evaluator.evaluate(Map.of("AGE", 30, "E_SADDLE", "YES"));
        assertThat(evaluation.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(evaluation.redFlags()).containsExactly("E_SADDLE");
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.advice()).isEmpty();
        assertThat(evaluation.unsureAboutAnEmergency()).isFalse();
    }

    @Test
    void notSureAboutAnEmergencySignCountsAsYesAndAddsCall111() {
        var evaluation = evaluator.evaluate(with(deskWorkerAnswers(), "E_BLADDER", "NOT_SURE"));
        assertThat(evaluation.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(evaluation.unsureAboutAnEmergency()).isTrue();
        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void anUrgentFlagNeedsEveryEmergencyQuestionAnsweredFirst() {
        // Every emergency question, and what could still make it an emergency: a past cancer with a leg sign.
        assertThatThrownBy(() -> evaluator.evaluate(Map.of("AGE", 30, "U_FEVER", "YES")))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        invalid -> assertThat(invalid.errors().keySet())
                                .containsExactlyInAnyOrder(
                                        "E_SADDLE",
                                        "E_BLADDER",
                                        "E_LEAK",
                                        "E_SEX",
                                        "E_BOTH_LEGS",
                                        "E_WEAK_WORSE",
                                        "E_NUMB_WORSE",
                                        "E_TRAUMA",
                                        "E_CHEST",
                                        "U_CANCER",
                                        "U_ONE_LEG",
                                        "S_SCIATICA"));
        var noCancer = new LinkedHashMap<String, Object>(Map.of("AGE", 30, "U_FEVER", "YES", "U_CANCER", "NO"));
        clearAnswers().keySet().stream().filter(id -> id.startsWith("E_")).forEach(id -> noCancer.put(id, "NO"));
        assertThat(evaluator.evaluate(noCancer).outcome()).isEqualTo(Outcome.URGENT);
    }

    @Test
    void aPastCancerKeepsTheLegQuestionsOpenEvenAfterAnUrgentFlag() {
        var answers = new LinkedHashMap<String, Object>(Map.of("AGE", 60, "U_CANCER", "YES"));
        clearAnswers().keySet().stream()
                .filter(id -> id.startsWith("E_") || id.startsWith("U_"))
                .forEach(id -> answers.putIfAbsent(id, "NO"));
        assertThatThrownBy(() -> evaluator.evaluate(answers))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        invalid -> assertThat(invalid.errors()).containsOnlyKeys("S_SCIATICA"));
        var sciatica = evaluator.evaluate(with(answers, "S_SCIATICA", "YES"));
        assertThat(sciatica.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(sciatica.actionShown()).isEqualTo("callCancerTeam");
        assertThat(sciatica.redFlags()).containsExactly("U_CANCER", "S_SCIATICA", "E_CANCER_NERVES");
        assertThat(evaluator.evaluate(with(answers, "S_SCIATICA", "NO")).actionShown())
                .isEqualTo("call111");
    }

    @Test
    void theMostUrgentTierWins() {
        var answers = with(with(with(clearAnswers(), "S_DAILY", "YES"), "U_FEVER", "YES"), "E_CHEST", "YES");
        var evaluation = evaluator.evaluate(answers);
        assertThat(evaluation.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(evaluation.redFlags()).containsExactly("E_CHEST", "U_FEVER", "S_DAILY");
    }

    @Test
    void soonMayStopAtTheScreenOrGoOnToTheExplanation() {
        var screenOnly = new java.util.LinkedHashMap<String, Object>();
        clearAnswers().forEach((id, value) -> {
            if (id.equals("AGE") || id.startsWith("E_") || id.startsWith("U_") || id.startsWith("S_")) {
                screenOnly.put(id, value);
            }
        });
        screenOnly.put("S_SCIATICA", "YES");
        var stopped = evaluator.evaluate(screenOnly);
        assertThat(stopped.outcome()).isEqualTo(Outcome.SOON);
        assertThat(stopped.findings()).isEmpty();
        assertThat(stopped.advice()).extracting(Phrase::key).containsExactly("selfcheck.advice.soon");

        var goneOn = evaluator.evaluate(with(deskWorkerAnswers(), "S_SCIATICA", "YES"));
        assertThat(goneOn.outcome()).isEqualTo(Outcome.SOON);
        assertThat(goneOn.findings()).isNotEmpty();
        assertThat(goneOn.advice().get(0).key()).isEqualTo("selfcheck.advice.soon");
    }

    @Test
    void inflammatoryFeaturesRaiseAFlagOnlyFromThreeTicks() {
        var gate = with(clearAnswers(), "S_INFLAM", "YES");
        assertThatThrownBy(() -> evaluator.evaluate(gate))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        invalid -> assertThat(invalid.errors()).containsOnlyKeys("S_INFLAM_FEATURES"));
        var two = evaluator.evaluate(with(gate, "S_INFLAM_FEATURES", List.of("BEFORE_35", "FAMILY")));
        assertThat(two.outcome()).isEqualTo(Outcome.SELF_CARE);
        var three = evaluator.evaluate(with(gate, "S_INFLAM_FEATURES", List.of("BEFORE_35", "FAMILY", "BUTTOCK_PAIN")));
        assertThat(three.outcome()).isEqualTo(Outcome.SOON);
        assertThat(three.redFlags()).containsExactly("S_INFLAM_FEATURES");
    }

    @Test
    void withNoFlagEveryRequiredQuestionIsNamedWhenMissing() {
        var answers = new java.util.LinkedHashMap<>(clearAnswers());
        answers.remove("SIT_HOURS");
        answers.remove("PAIN_WHERE");
        assertThatThrownBy(() -> evaluator.evaluate(answers))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        invalid -> assertThat(invalid.errors()).containsOnlyKeys("SIT_HOURS", "PAIN_WHERE"));
    }

    @Test
    void answersOfTheWrongKindAreNamed() {
        var answers = with(
                with(
                        with(with(clearAnswers(), "SIT_HOURS", "lots"), "PAIN_WHERE", "KNEE"),
                        "WORSE_WITH",
                        List.of("SITTING", "DANCING")),
                "FAVOURITE_COLOUR",
                "blue");
        assertThatThrownBy(() -> evaluator.evaluate(answers)).isInstanceOfSatisfying(InvalidAnswers.class, invalid -> {
            assertThat(invalid.errors()).containsOnlyKeys("SIT_HOURS", "PAIN_WHERE", "WORSE_WITH", "FAVOURITE_COLOUR");
            assertThat(invalid.errors().get("FAVOURITE_COLOUR").key()).isEqualTo("unknown");
            assertThat(invalid.errors().get("SIT_HOURS").args()).containsExactly(0, 18);
        });
    }

    @Test
    void whenNoPatternStandsOutTheResultSaysSo() {
        var evaluation = evaluator.evaluate(clearAnswers());
        assertThat(evaluation.outcome()).isEqualTo(Outcome.SELF_CARE);
        assertThat(evaluation.somePatternStandsOut()).isFalse();
    }

    @Test
    void aDeskWorkerSeesTheirOwnNumbersInEachStep() {
        var evaluation = evaluator.evaluate(deskWorkerAnswers());
        assertThat(evaluation.findings())
                .extracting(Evaluation.Finding::code)
                .containsExactlyInAnyOrder("P_SIT_LONG", "P_ONE_SIDE", "P_SIDE_LAG");
        var sitting = evaluation.findings().stream()
                .filter(f -> f.code().equals("P_SIT_LONG"))
                .findFirst()
                .orElseThrow();
        assertThat(sitting.strength()).isEqualTo(Strength.STRONG);
        assertThat(sitting.steps().get(0)).isEqualTo(Phrase.of("selfcheck.step.P_SIT_LONG.hours", "9"));
        assertThat(sitting.steps().get(1))
                .isEqualTo(
                        Phrase.of("selfcheck.step.P_SIT_LONG.longest", Phrase.of("selfcheck.duration.OVER_120_MIN")));
        assertThat(evaluation.advice())
                .contains(
                        Phrase.of("selfcheck.advice.sitting.breaks", "9", 18L),
                        Phrase.of("selfcheck.advice.activate.side", Phrase.of("selfcheck.side.LEFT")));
    }

    @Test
    void strengthFollowsThePoints() {
        // 6 hours (+1) and 1-2 hours at a time (+1): a little sign, not enough to stand out.
        var little = evaluator.evaluate(with(with(clearAnswers(), "SIT_HOURS", 6), "SIT_LONGEST", "MIN_60_TO_120"));
        assertThat(little.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("P_SIT_LONG");
            assertThat(f.strength()).isEqualTo(Strength.LITTLE);
        });
        // 8 hours (+2) and worse when sitting (+2): some.
        var some = evaluator.evaluate(with(with(clearAnswers(), "SIT_HOURS", 8), "WORSE_WITH", List.of("SITTING")));
        assertThat(some.findings())
                .singleElement()
                .extracting(Evaluation.Finding::strength)
                .isEqualTo(Strength.SOME);
    }

    @Test
    void overuseComesFromHardTrainingAndTightness() {
        var answers = with(
                with(with(clearAnswers(), "HARD_GLUTE_WORK", "MOST_DAYS"), "WORSE_AFTER_TRAINING", "YES"),
                "GLUTES_TIGHT",
                "YES");
        var evaluation = evaluator.evaluate(answers);
        assertThat(evaluation.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("P_OVERUSE");
            assertThat(f.strength()).isEqualTo(Strength.STRONG);
        });
        assertThat(evaluation.advice()).contains(Phrase.of("selfcheck.advice.rest-days"));
    }

    @Test
    void formValuesAreReadLikeJsonValues() {
        var fromForm = new java.util.LinkedHashMap<String, Object>();
        deskWorkerAnswers()
                .forEach((id, value) -> fromForm.put(
                        id,
                        value instanceof List<?> list
                                ? list.stream().map(String::valueOf).toArray(String[]::new)
                                : new String[] {String.valueOf(value)}));
        assertThat(evaluator.evaluate(fromForm)).isEqualTo(evaluator.evaluate(deskWorkerAnswers()));
    }

    @Test
    void aStepIsCheckedOnItsOwnQuestionsOnly() {
        assertThat(evaluator.problemsIn("AGE", Map.of("AGE", 40))).isEmpty();
        assertThat(evaluator.problemsIn("RED_FLAGS_EMERGENCY", Map.of("AGE", 40, "E_CHEST", "MAYBE")))
                .containsKeys("E_SADDLE", "E_CHEST")
                .doesNotContainKey("U_FEVER")
                .hasSize(9);
        // One emergency sign is enough to stop: the rest of that page is not needed.
        assertThat(evaluator.problemsIn("RED_FLAGS_EMERGENCY", Map.of("AGE", 40, "E_CHEST", "YES")))
                .isEmpty();
        assertThat(evaluator.problemsIn("SITTING", Map.of("SIT_HOURS", 30)))
                .containsOnlyKeys("SIT_HOURS", "SIT_LONGEST", "BACK_POCKET", "LEAN_SIDE");
    }

    @Test
    void theScreenAloneSaysWhetherThePersonMayGoOn() {
        assertThat(evaluator.screen(Map.of("AGE", 12)).outcome()).isEqualTo(Outcome.NOT_FOR_UNDER_16);
        assertThat(evaluator.screen(Map.of("AGE", 40, "U_LUMP", "NOT_SURE")).outcome())
                .isEqualTo(Outcome.URGENT);
        var goOn = evaluator.screen(Map.of("AGE", 40, "E_CHEST", "NO"));
        assertThat(goOn.outcome()).isEqualTo(Outcome.SELF_CARE);
        assertThat(goOn.findings()).isEmpty();
    }
}
