package org.glutecoach.selfcheck.domain;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glutecoach.selfcheck.InvalidAnswers.Problem;

/**
 * Turns raw values (from JSON or a form: numbers, strings, lists of strings) into checked {@link Answers}, and
 * collects a problem for every value that does not fit its question. Whether an answer is <em>required</em> depends
 * on the red flags, so {@link Evaluator} decides that.
 */
final class AnswerReader {

    private static final int MAX_TEXT = 40; // no option or number is longer; refuse anything that is
    /** More ticks than any question has options: a list this long is not a person's answer. */
    private static final int MAX_CHOICES = 20;

    private static final String RANGE = "a number question has min and max (Question checks)";

    private AnswerReader() {}

    static Answers read(Questionnaire questionnaire, Map<String, ?> raw, Map<String, Problem> problems) {
        var byId = questionnaire.byId();
        var answers = new Answer[byId.size()];
        for (var entry : raw.entrySet()) {
            var id = entry.getKey();
            var value = entry.getValue();
            var question = byId.get(id);
            if (question == null) {
                problems.put(id, Problem.of("unknown"));
                continue;
            }
            if (value == null || (value instanceof String text && text.isBlank())) {
                continue; // the same as not answering
            }
            try {
                answers[question.position()] = parse(questionnaire, question, value);
            } catch (NotOnItsOwn alone) {
                problems.put(id, Problem.of("exclusive"));
            } catch (IllegalArgumentException wrong) {
                problems.put(id, problemFor(question));
            }
        }
        return Answers.owning(questionnaire, answers);
    }

    static Problem problemFor(Question question) {
        return switch (question.type()) {
            case NUMBER ->
                Problem.of("number", requireNonNull(question.min(), RANGE), requireNonNull(question.max(), RANGE));
            case MULTI_CHOICE -> Problem.of("choices");
            default -> Problem.of("choice");
        };
    }

    private static Answer parse(Questionnaire questionnaire, Question question, Object value) {
        return switch (question.type()) {
            case NUMBER -> number(question, value);
            case MULTI_CHOICE -> choices(questionnaire, question, value);
            default -> choice(questionnaire, question, single(value));
        };
    }

    private static Answer.Number number(Question question, Object value) {
        double number;
        if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            number = n.doubleValue();
        } else {
            var text = single(value).strip();
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("too long");
            }
            try {
                number = Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("not a number");
            }
        }
        if (Double.isNaN(number)
                || number < requireNonNull(question.min(), RANGE)
                || number > requireNonNull(question.max(), RANGE)) {
            throw new IllegalArgumentException("out of range");
        }
        return new Answer.Number(number);
    }

    private static Answer.Choices choices(Questionnaire questionnaire, Question question, Object value) {
        Collection<?> values = value instanceof Collection<?> many
                ? many
                : value instanceof Object[] array ? List.of(array) : List.of(value);
        if (values.size() > MAX_CHOICES) {
            throw new IllegalArgumentException("too many");
        }
        var chosen = new ArrayList<String>(values.size());
        for (var one : values) {
            var option = choice(questionnaire, question, single(one)).value();
            if (!chosen.contains(option)) {
                chosen.add(option);
            }
        }
        if (question.exclusiveOption() != null && chosen.size() > 1 && chosen.contains(question.exclusiveOption())) {
            throw new NotOnItsOwn();
        }
        // Straight into an immutable set: Set.copyOf would build a HashSet first, a third of an evaluation's time.
        return new Answer.Choices(Set.of(chosen.toArray(String[]::new)));
    }

    private static Answer.Choice choice(Questionnaire questionnaire, Question question, String value) {
        var choice = questionnaire.choice(question, value);
        if (choice == null) {
            throw new IllegalArgumentException("not an option");
        }
        return choice;
    }

    /** "None of these" ticked together with something else. */
    private static final class NotOnItsOwn extends IllegalArgumentException {
        NotOnItsOwn() {
            super("an exclusive option with others");
        }
    }

    private static String single(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof String[] array && array.length == 1) {
            return array[0];
        }
        if (value instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("not a single value");
    }
}
