package org.glutecoach.selfcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glutecoach.selfcheck.domain.Question;
import org.glutecoach.selfcheck.domain.Questionnaire;

/**
 * Generates valid answer sets from a seed, so a property test that fails names a seed that reproduces it. Each
 * seed gives: a valid answer to every required explaining question, some optional ones, and a chosen set of red
 * flags.
 */
final class AnswerGenerator {

    private final Questionnaire questionnaire;
    private final Random random;

    AnswerGenerator(Questionnaire questionnaire, long seed) {
        this.questionnaire = questionnaire;
        this.random = new Random(seed);
    }

    /**
     * Flags that raise on their own (the S_INFLAM gate only opens its follow-up question; U_INJURY, U_BONES and
     * S_FIRST_TIME only feed derived flags).
     */
    static List<Question> singleFlags(Questionnaire questionnaire) {
        return questionnaire.redFlags().stream()
                .filter(q -> q.type() == QuestionType.YES_NO_NOT_SURE && q.raisesAlone())
                .toList();
    }

    /** An adult who answered No to every red-flag question. */
    Map<String, Object> clearScreen() {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("AGE", 16 + random.nextInt(80));
        questionnaire.redFlags().stream()
                .filter(q -> q.type() == QuestionType.YES_NO_NOT_SURE)
                .forEach(q -> answers.put(q.id(), "NO"));
        return answers;
    }

    Map<String, Object> explainingAnswers() {
        var answers = new LinkedHashMap<String, Object>();
        for (var question : questionnaire.explainingQuestions()) {
            if (question.required() || random.nextInt(10) < 7) {
                answers.put(question.id(), valueFor(question));
            }
        }
        return answers;
    }

    /** Between {@code min} and {@code max} different flags that raise on their own. */
    List<Question> flags(int min, int max) {
        var flags = new ArrayList<>(singleFlags(questionnaire));
        Collections.shuffle(flags, random);
        return List.copyOf(flags.subList(0, min + random.nextInt(max - min + 1)));
    }

    String yesOrNotSure() {
        return random.nextBoolean() ? "YES" : "NOT_SURE";
    }

    private Object valueFor(Question question) {
        var options = question.options();
        if (question.id().equals(Questionnaire.PAIN_NOW)) {
            // Below S_SEVERE's 8: a derived flag from an explaining answer has its own tests and vignettes.
            return random.nextInt(8);
        }
        return switch (question.type()) {
            case NUMBER -> question.min() + random.nextInt(question.max() - question.min() + 1);
            case MULTI_CHOICE ->
                options.stream().filter(option -> random.nextBoolean()).toList();
            default -> options.get(random.nextInt(options.size()));
        };
    }
}
