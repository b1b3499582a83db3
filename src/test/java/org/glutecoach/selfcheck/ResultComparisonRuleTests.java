package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.selfcheck.domain.ResultComparisonRule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How a kept result is shown again and compared (HZ-12): the words it was shown with win; otherwise its answers
 * are explained again only with the versions it was made with and only if that gives the outcome kept; otherwise
 * only what it found, never an error. With the real self-check and wording, no storage.
 */
class ResultComparisonRuleTests {

    private static final SelfCheckService SELF_CHECK = selfCheck();
    private static final ResultComparisonRule.Versions TODAY = new ResultComparisonRule.Versions(
            SELF_CHECK.questionnaireVersion(), SELF_CHECK.ruleVersion(), SELF_CHECK.redFlagSetVersion());
    private static final ResultComparisonRule RULE = new ResultComparisonRule(
            TODAY,
            answers -> SELF_CHECK.resultFor(new EvaluateAnswers(answers)),
            ResultComparisonRuleTests::text,
            SELF_CHECK.safetyNet());

    @Test
    void theWordsAResultWasShownWithAreShownAgainWhateverTheVersionsNow() {
        var shownThen = SELF_CHECK.resultFor(new EvaluateAnswers(SelfCheckFixtures.deskWorkerAnswers()));
        var kept = result(
                Instant.parse("2026-11-01T10:00:00Z"),
                SelfCheckFixtures.deskWorkerAnswers(),
                shownThen.outcome(),
                "sc-old",
                "rules-old",
                "rf-old",
                ResultText.of(shownThen));

        var comparison = RULE.compare(List.of(kept), kept.id()).orElseThrow();

        assertThat(comparison.shown()).isEqualTo(ResultComparison.Shown.AS_SHOWN);
        assertThat(comparison.explanation().title()).isEqualTo(shownThen.title());
        assertThat(comparison.explanation().advice()).isEqualTo(shownThen.advice());
        assertThat(comparison.safetyNet()).isEqualTo(SELF_CHECK.safetyNet());
    }

    @Test
    void aResultKeptWithoutItsWordsIsExplainedAgainWithTheVersionsItWasMadeWith() {
        var kept = result(
                Instant.parse("2026-11-01T10:00:00Z"),
                SelfCheckFixtures.clearAnswers(),
                Outcome.SELF_CARE,
                TODAY.questionnaire(),
                TODAY.rules(),
                TODAY.redFlagSet(),
                null);

        var comparison = RULE.compare(List.of(kept), kept.id()).orElseThrow();

        assertThat(comparison.shown()).isEqualTo(ResultComparison.Shown.EXPLAINED_AGAIN);
        assertThat(comparison.explanation().outcome()).isEqualTo(Outcome.SELF_CARE);
    }

    @Test
    void answersThatWouldNowGiveAnotherOutcomeAreNotExplainedAgain() {
        var kept = result(
                Instant.parse("2026-11-01T10:00:00Z"),
                SelfCheckFixtures.clearAnswers(),
                Outcome.SOON,
                TODAY.questionnaire(),
                TODAY.rules(),
                TODAY.redFlagSet(),
                null);

        var comparison = RULE.compare(List.of(kept), kept.id()).orElseThrow();

        assertThat(comparison.shown()).isEqualTo(ResultComparison.Shown.OLDER_VERSION);
        assertThat(comparison.explanation()).isNull();
    }

    @Test
    void aResultMadeWithAnOlderVersionOrAnswersThatNoLongerReadIsShownOnlyForWhatItFound() {
        var older = result(
                Instant.parse("2026-11-01T10:00:00Z"),
                SelfCheckFixtures.clearAnswers(),
                Outcome.SELF_CARE,
                "sc-2026-11-1",
                TODAY.rules(),
                "rf-2026-11-1",
                null);
        var removedQuestion = result(
                Instant.parse("2026-11-02T10:00:00Z"),
                Map.of("A_REMOVED_QUESTION", "YES"),
                Outcome.SELF_CARE,
                TODAY.questionnaire(),
                TODAY.rules(),
                TODAY.redFlagSet(),
                null);

        assertThat(RULE.compare(List.of(older), older.id()).orElseThrow().shown())
                .isEqualTo(ResultComparison.Shown.OLDER_VERSION);
        var unreadable =
                RULE.compare(List.of(removedQuestion), removedQuestion.id()).orElseThrow();
        assertThat(unreadable.shown()).isEqualTo(ResultComparison.Shown.OLDER_VERSION);
        assertThat(unreadable.explanation()).isNull();
    }

    @Test
    void eachResultIsComparedWithTheOneBeforeIt() {
        var first = result(
                Instant.parse("2026-11-01T10:00:00Z"),
                SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "PAIN_NOW", 6),
                Outcome.SELF_CARE,
                "sc-2026-11-2",
                TODAY.rules(),
                TODAY.redFlagSet(),
                null);
        var second = result(
                Instant.parse("2026-11-20T10:00:00Z"),
                SelfCheckFixtures.deskWorkerAnswers(),
                Outcome.SELF_CARE,
                TODAY.questionnaire(),
                TODAY.rules(),
                TODAY.redFlagSet(),
                null);
        var newestFirst = List.of(second, first);

        var latest = RULE.compare(newestFirst, second.id()).orElseThrow();
        assertThat(latest.previous()).isEqualTo(first);
        assertThat(latest.versionsChanged()).containsExactly("questionnaire");
        assertThat(latest.changes()).anySatisfy(change -> {
            assertThat(change.before()).isEqualTo("6");
            assertThat(change.after()).isEqualTo("4");
            assertThat(change.same()).isFalse();
        });
        var oldest = RULE.compare(newestFirst, first.id()).orElseThrow();
        assertThat(oldest.previous()).isNull();
        assertThat(oldest.changes()).isEmpty();
    }

    @Test
    void aResultNotAmongThePersonsOwnIsNotFound() {
        var kept = result(
                Instant.parse("2026-11-01T10:00:00Z"),
                SelfCheckFixtures.clearAnswers(),
                Outcome.SELF_CARE,
                TODAY.questionnaire(),
                TODAY.rules(),
                TODAY.redFlagSet(),
                null);
        assertThat(RULE.compare(List.of(kept), UUID.randomUUID())).isEmpty();
    }

    private static SavedResult result(
            Instant at,
            Map<String, Object> answers,
            Outcome outcome,
            String questionnaire,
            String rules,
            String redFlagSet,
            @Nullable ResultText shown) {
        return new SavedResult(
                UUID.randomUUID(), at, at, outcome, List.of(), answers, questionnaire, rules, redFlagSet, shown);
    }

    private static @Nullable String text(String key) {
        return SelfCheckFixtures.messages().getMessage(key, null, null, Locale.UK);
    }

    private static SelfCheckService selfCheck() {
        try {
            return new SelfCheckService(SelfCheckFixtures.JSON, SelfCheckFixtures.messages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
