package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.glutecoach.shared.Readability;
import org.junit.jupiter.api.Test;

/**
 * Every question, step, caveat and piece of advice the self-check can show is plain English (Flesch Reading Ease
 * at least 60, docs/domain/readability.md) and never sounds like a diagnosis.
 */
class SelfCheckWordingTests {

    static final double PLAIN_ENGLISH = 60;
    /** Banned in anything a person reads (docs/domain/mechanics-and-self-check.md, section 2). */
    final SelfCheckService service = new SelfCheckPropertyTests().SERVICE;

    @Test
    void everyQuestionIsPlainEnglish() {
        var texts = new LinkedHashMap<String, String>();
        service.questionnaire().sections().forEach(section -> {
            texts.put(section.id() + " title", section.title());
            if (section.intro() != null) {
                texts.put(section.id() + " intro", section.intro());
            }
            section.questions().forEach(q -> {
                texts.put(q.id(), q.text());
                var drawing = service.illustrationOf(q.id());
                if (drawing != null) {
                    texts.put(q.id() + " drawing", drawing);
                }
            });
        });
        assertPlainAndNotDiagnostic(texts);
    }

    @Test
    void everyStepCaveatAndPieceOfAdviceIsPlainEnglish() {
        var texts = new LinkedHashMap<String, String>();
        LongStream.range(0, 300).forEach(seed -> {
            var generate = new AnswerGenerator(SelfCheckFixtures.questionnaire(), seed);
            var answers = generate.clearScreen();
            generate.flags(0, 1).forEach(flag -> answers.put(flag.id(), generate.yesOrNotSure()));
            answers.putAll(generate.explainingAnswers());
            var view = service.evaluate(new EvaluateAnswers(answers));
            texts.put("outcome " + view.outcome(), view.title() + ". " + view.message());
            view.advice().forEach(advice -> texts.put("advice: " + advice, advice));
            view.reassurance().forEach(line -> texts.put("reassurance: " + line, line));
            view.patterns().forEach(p -> {
                p.steps().forEach(step -> texts.put("step: " + step, step));
                texts.put("caveat " + p.code(), p.caveat());
                texts.put("strength " + p.strength(), p.strengthLabel());
            });
        });
        assertThat(texts.keySet())
                .as("the generated answers reach every outcome and pattern")
                .contains(
                        "outcome EMERGENCY",
                        "outcome URGENT",
                        "outcome SOON",
                        "outcome SELF_CARE",
                        "caveat P_SIT_LONG",
                        "caveat P_OVERUSE",
                        "caveat P_ONE_SIDE",
                        "caveat P_SIDE_LAG",
                        "strength STRONG",
                        "strength SOME",
                        "strength LITTLE");
        assertThat(texts.keySet())
                .filteredOn(what -> what.startsWith("reassurance: "))
                .hasSize(3);
        assertPlainAndNotDiagnostic(texts);
    }

    @Test
    void theHomePagesIdeaAndTheKeptResultNotesArePlainEnglish() {
        var messages = SelfCheckFixtures.messages();
        var texts = new LinkedHashMap<String, String>();
        for (var key : List.of(
                "home.idea.sit",
                "home.idea.pelvis",
                "home.idea.side",
                "home.idea.overuse",
                "home.idea.caveat",
                "selfcheck.saved.as-shown",
                "selfcheck.saved.older",
                "selfcheck.saved.rules-changed",
                "selfcheck.saved.versions.questionnaire",
                "selfcheck.saved.versions.rules",
                "selfcheck.saved.versions.red-flags",
                "selfcheck.page.also")) {
            texts.put(key, messages.getMessage(key, null, Locale.UK));
        }
        assertPlainAndNotDiagnostic(texts);
    }

    @Test
    void theGateKeepsDiagnosticPhrasingOut() {
        assertThat(diagnostic("You have sciatica.")).isTrue();
        assertThat(diagnostic("Here is your diagnosis.")).isTrue();
        assertThat(diagnostic("This will fix your back.")).isTrue();
        assertThat(diagnostic("This is not a diagnosis.")).isFalse();
        assertThat(diagnostic("You have sat for 9 hours.")).isFalse();
    }

    private static void assertPlainAndNotDiagnostic(Map<String, String> texts) {
        var problems = new ArrayList<String>();
        texts.forEach((what, text) -> {
            var ease = Readability.fleschReadingEase(text);
            if (ease < PLAIN_ENGLISH) {
                problems.add(String.format(Locale.ROOT, "%.0f  %s: %s", ease, what, text));
            }
            if (diagnostic(text)) {
                problems.add("diagnostic  " + what + ": " + text);
            }
        });
        assertThat(problems).isEmpty();
    }

    static boolean diagnostic(String text) {
        return Readability.isDiagnostic(text);
    }
}
