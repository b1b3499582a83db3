package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.LongStream;
import org.glutecoach.selfcheck.domain.Evaluator;
import org.glutecoach.selfcheck.domain.Question;
import org.glutecoach.selfcheck.domain.Questionnaire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated answer sets (see {@link AnswerGenerator}; a failure names its seed): a red flag
 * always wins, every flag alone gives its own tier, the same answers always give the same result, and every
 * result is fully worded.
 */
class SelfCheckPropertyTests {

    static final Questionnaire QUESTIONNAIRE = SelfCheckFixtures.questionnaire();
    static final Evaluator EVALUATOR = SelfCheckFixtures.evaluator();
    static final SelfCheckService SERVICE = service();

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRedFlagAlwaysWins(long seed) {
        var generate = new AnswerGenerator(QUESTIONNAIRE, seed);
        var raised = generate.flags(1, 4);
        var answers = generate.clearScreen();
        var answer = generate.yesOrNotSure();
        raised.forEach(flag -> answers.put(flag.id(), answer));
        answers.putAll(generate.explainingAnswers());

        var evaluation = EVALUATOR.evaluate(answers);

        // Some pairs also raise a derived flag (a past cancer and a leg sign): those may only add to the result.
        var extra = new ArrayList<>(evaluation.redFlags());
        extra.removeAll(raised.stream().map(Question::id).toList());
        var derived = SelfCheckFixtures.rules().derivedFlags();
        assertThat(extra)
                .allSatisfy(id ->
                        assertThat(derived).anySatisfy(d -> assertThat(d.id()).isEqualTo(id)));
        var mostUrgent = java.util.stream.Stream.concat(
                        raised.stream().map(Question::redFlagTier),
                        derived.stream().filter(d -> extra.contains(d.id())).map(d -> d.tier()))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(evaluation.outcome()).isEqualTo(Outcome.of(mostUrgent));
        assertThat(evaluation.redFlags())
                .containsAll(raised.stream().map(Question::id).toList());
        if (mostUrgent.endsTheSelfCheck()) {
            assertThat(evaluation.findings()).isEmpty();
            assertThat(evaluation.advice()).isEmpty();
        } else {
            assertThat(evaluation.advice().get(0).key()).isEqualTo("selfcheck.advice.soon");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFlagAloneGivesItsOwnTierWhateverTheOtherAnswers(long seed) {
        var generate = new AnswerGenerator(QUESTIONNAIRE, seed);
        var explaining = generate.explainingAnswers();
        for (var flag : AnswerGenerator.singleFlags(QUESTIONNAIRE)) {
            var answers = generate.clearScreen();
            answers.put(flag.id(), "YES");
            answers.putAll(explaining);
            var evaluation = EVALUATOR.evaluate(answers);
            assertThat(evaluation.outcome()).as(flag.id()).isEqualTo(Outcome.of(flag.redFlagTier()));
            assertThat(evaluation.redFlags()).containsExactly(flag.id());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameAnswersGiveTheSameResult(long seed) {
        var generate = new AnswerGenerator(QUESTIONNAIRE, seed);
        var answers = generate.clearScreen();
        answers.putAll(generate.explainingAnswers());
        assertThat(SERVICE.evaluate(new EvaluateAnswers(answers)))
                .isEqualTo(SERVICE.evaluate(new EvaluateAnswers(new LinkedHashMap<>(answers))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyResultIsFullyWorded(long seed) {
        var generate = new AnswerGenerator(QUESTIONNAIRE, seed);
        var answers = generate.clearScreen();
        generate.flags(0, 2).forEach(flag -> answers.put(flag.id(), "NOT_SURE"));
        answers.putAll(generate.explainingAnswers());
        var view = SERVICE.evaluate(new EvaluateAnswers(answers));
        var texts = new ArrayList<String>(List.of(view.title(), view.message()));
        texts.addAll(view.advice());
        view.patterns().forEach(p -> {
            texts.addAll(p.steps());
            texts.addAll(List.of(p.caveat(), p.title(), p.strengthLabel()));
        });
        assertThat(texts).allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("{", "}", "??"));
        if (view.outcome() == Outcome.SELF_CARE || view.outcome() == Outcome.SOON) {
            assertThat(view.advice()).isNotEmpty();
        }
    }

    private static SelfCheckService service() {
        try {
            return new SelfCheckService(SelfCheckFixtures.JSON, SelfCheckFixtures.messages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
