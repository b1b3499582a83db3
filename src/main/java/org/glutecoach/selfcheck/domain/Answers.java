package org.glutecoach.selfcheck.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person's checked answers. Only questions they answered are present. Immutable. Kept in an array in
 * questionnaire order: an evaluation reads answers many times, and this keeps it fast and small.
 */
public final class Answers {

    private final Questionnaire questionnaire;
    private final @Nullable Answer[] values;

    private Answers(Questionnaire questionnaire, @Nullable Answer[] values) {
        this.questionnaire = questionnaire;
        this.values = values;
    }

    /** For {@link AnswerReader}, which hands over an array (by {@link Question#position()}) nobody else holds. */
    static Answers owning(Questionnaire questionnaire, @Nullable Answer[] values) {
        return new Answers(questionnaire, values);
    }

    private @Nullable Answer get(String id) {
        var question = questionnaire.byId().get(id);
        return question == null ? null : values[question.position()];
    }

    /** The answer at a question's position: the fast path for loops over questions and compiled rules. */
    @Nullable
    Answer at(int position) {
        return values[position];
    }

    public boolean has(String id) {
        return get(id) != null;
    }

    boolean has(Question question) {
        return values[question.position()] != null;
    }

    public Optional<Double> number(String id) {
        return get(id) instanceof Answer.Number n ? Optional.of(n.value()) : Optional.empty();
    }

    public Optional<String> choice(String id) {
        return get(id) instanceof Answer.Choice c ? Optional.of(c.value()) : Optional.empty();
    }

    /** The chosen option, or {@code null}: for hot loops that should not allocate an Optional. */
    @Nullable
    String choiceOrNull(String id) {
        return get(id) instanceof Answer.Choice c ? c.value() : null;
    }

    /** The same, by the question's position (for rules bound to the questionnaire). */
    @Nullable
    String choiceAt(int position) {
        return at(position) instanceof Answer.Choice c ? c.value() : null;
    }

    /** The number, or NaN when there is none. */
    double numberOrNaN(String id) {
        return get(id) instanceof Answer.Number n ? n.value() : Double.NaN;
    }

    public Set<String> choices(String id) {
        return get(id) instanceof Answer.Choices c ? c.values() : Set.of();
    }

    public boolean is(String id, String value) {
        return get(id) instanceof Answer.Choice c && c.value().equals(value);
    }

    /** "Not sure" counts as yes for red flags: the screen over-refers on purpose. */
    public boolean yesOrNotSure(String id) {
        return yesOrNotSure(get(id));
    }

    boolean yesOrNotSure(Question question) {
        return yesOrNotSure(values[question.position()]);
    }

    boolean is(Question question, String value) {
        return values[question.position()] instanceof Answer.Choice c
                && c.value().equals(value);
    }

    private static boolean yesOrNotSure(@Nullable Answer answer) {
        return answer instanceof Answer.Choice c
                && (c.value().equals("YES") || c.value().equals("NOT_SURE"));
    }

    /** These answers without the given questions' answers (ids the questionnaire lacks are ignored). */
    Answers without(Set<String> ids) {
        var kept = values.clone();
        ids.forEach(id -> {
            var question = questionnaire.byId().get(id);
            if (question != null) {
                kept[question.position()] = null;
            }
        });
        return new Answers(questionnaire, kept);
    }

    /** The answers by question id, in questionnaire order. */
    public Map<String, Answer> byQuestion() {
        var byQuestion = new LinkedHashMap<String, Answer>();
        for (var question : questionnaire.inOrder()) {
            var answer = values[question.position()];
            if (answer != null) {
                byQuestion.put(question.id(), answer);
            }
        }
        return Collections.unmodifiableMap(byQuestion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that
                && questionnaire == that.questionnaire
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Answers" + byQuestion();
    }
}
