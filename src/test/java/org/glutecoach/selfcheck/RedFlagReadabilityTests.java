package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.shared.Readability;
import org.junit.jupiter.api.Test;

/**
 * Red-flag questions and stop screens are the easiest text of the product (docs/domain/readability.md, sections
 * 2 and 3): Flesch Reading Ease 70 or more and Flesch-Kincaid grade 5 or lower, sentences of 25 words at most,
 * one idea per question (no "and" joining two conditions: red-flag set rule 8), and no diagnosis. A question is
 * scored as it is read: its text, and for a list to tick, the list with it. A single option of a few words gives
 * an unstable score (readability.md, section 2), so on its own it is held to the sentence length and wording
 * rules only.
 */
class RedFlagReadabilityTests {

    static final double EASE = 70;
    static final double GRADE = 5;
    static final int LONGEST_SENTENCE = 25;
    /** "Pins and needles" is one thing, not two conditions. */
    private static final Pattern AND = Pattern.compile("\\band\\b", Pattern.CASE_INSENSITIVE);

    final SelfCheckService service = SelfCheckPropertyTests.SERVICE;

    @Test
    void everyRedFlagQuestionAndOptionIsEasyToRead() {
        var texts = new LinkedHashMap<String, String>();
        var options = new LinkedHashMap<String, String>();
        redFlagQuestions().forEach(q -> {
            texts.put(
                    q.id(),
                    q.type() == QuestionType.MULTI_CHOICE
                            ? q.text() + "\n"
                                    + String.join(
                                            "\n",
                                            q.options().stream()
                                                    .map(o -> o.label())
                                                    .toList())
                            : q.text());
            q.options().forEach(o -> options.put(q.id() + "." + o.value(), o.label()));
        });
        assertThat(options.entrySet()).allSatisfy(o -> {
            assertThat(Readability.longestSentence(o.getValue())).as(o.getKey()).isLessThanOrEqualTo(LONGEST_SENTENCE);
            assertThat(Readability.isDiagnostic(o.getValue())).as(o.getKey()).isFalse();
        });
        service.questionnaire().sections().stream()
                .filter(s -> s.id().startsWith("RED_FLAGS_"))
                .forEach(s -> texts.put(s.id() + " intro", s.title() + ". " + s.intro()));
        assertThat(texts).hasSizeGreaterThan(25);
        assertEasy(texts);
    }

    @Test
    void noRedFlagQuestionJoinsTwoConditionsWithAnd() {
        var joined = new ArrayList<String>();
        redFlagQuestions().forEach(q -> {
            var text = q.text() + " "
                    + String.join(" ", q.options().stream().map(o -> o.label()).toList());
            if (AND.matcher(text.replaceAll("(?i)pins and needles", "")).find()) {
                joined.add(q.id() + ": " + q.text());
            }
        });
        assertThat(joined).isEmpty();
    }

    @Test
    void everyStopScreenIsEasyToRead() {
        var screens = new LinkedHashMap<String, String>();
        for (var q : SelfCheckFixtures.questionnaire().redFlags()) {
            if (q.raisesAlone() && q.type() == QuestionType.YES_NO_NOT_SURE) {
                for (var answer : List.of("YES", "NOT_SURE")) {
                    screens.put(q.id() + " " + answer, screen(Map.of("AGE", 40, q.id(), answer)));
                }
            }
        }
        screens.put("E_CANCER_NERVES", screen(Map.of("AGE", 40, "U_CANCER", "YES", "U_ONE_LEG", "YES")));
        screens.put("U_FRACTURE_RISK", screen(Map.of("AGE", 80, "U_INJURY", "YES")));
        screens.put("S_AGE", screen(Map.of("AGE", 55, "S_FIRST_TIME", "YES")));
        screens.put("S_SEVERE", screen(Map.of("AGE", 40, "PAIN_NOW", 9)));
        screens.put(
                "S_INFLAM_FEATURES",
                screen(Map.of(
                        "AGE",
                        30,
                        "S_INFLAM",
                        "YES",
                        "S_INFLAM_FEATURES",
                        List.of("BEFORE_35", "FAMILY", "ARTHRITIS"))));
        screens.put("under 16", screen(Map.of("AGE", 12)) + " " + safetyNet());
        screens.put("under 16 with E_SADDLE", screen(Map.of("AGE", 15, "E_SADDLE", "YES")));
        screens.put("safety net", safetyNet());
        assertEasy(screens);
    }

    @Test
    void theGateFailsHardText() {
        // The gate must be able to fail: a dense sentence scores far below both limits.
        var hard = "Immediately contact emergency services regarding progressive neurological deterioration.";
        assertThat(Readability.fleschReadingEase(hard)).isLessThan(EASE);
        assertThat(Readability.fleschKincaidGrade(hard)).isGreaterThan(GRADE);
    }

    /** A screen as a person reads it: heading, action lines, the reason, the answers told back. */
    private String screen(Map<String, Object> answers) {
        var view = service.screen(new EvaluateAnswers(answers));
        assertThat(view.actions()).as("actions for %s", answers).isNotEmpty();
        var lines = new ArrayList<String>();
        lines.add(view.title());
        lines.addAll(view.actions());
        lines.add(view.message());
        lines.addAll(view.raisedBy());
        return String.join("\n", lines);
    }

    private static String safetyNet() {
        var messages = SelfCheckFixtures.messages();
        return String.join(
                "\n",
                List.of("heading", "intro", "sign.saddle", "sign.bladder", "sign.legs", "call").stream()
                        .map(k -> messages.getMessage("safetyNet." + k, null, Locale.UK))
                        .toList());
    }

    private List<QuestionnaireView.QuestionView> redFlagQuestions() {
        return service.questionnaire().sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.redFlagTier() != null)
                .toList();
    }

    private static void assertEasy(Map<String, String> texts) {
        var problems = new ArrayList<String>();
        texts.forEach((what, text) -> {
            var ease = Readability.fleschReadingEase(text);
            var grade = Readability.fleschKincaidGrade(text);
            var longest = Readability.longestSentence(text);
            if (ease < EASE || grade > GRADE || longest > LONGEST_SENTENCE) {
                problems.add(String.format(
                        Locale.ROOT,
                        "ease %.0f grade %.1f longest %d  %s: %s",
                        ease,
                        grade,
                        longest,
                        what,
                        text.replace('\n', '|')));
            }
            if (Readability.isDiagnostic(text)) {
                problems.add("diagnostic  " + what + ": " + text);
            }
        });
        assertThat(problems).isEmpty();
    }
}
