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

    private final Map<String, Integer> indexById;
    private final @Nullable Answer[] values;

    private Answers(Map<String, Integer> indexById, @Nullable Answer[] values) {
        this.indexById = indexById;
        this.values = values;
    }

    /** For {@link AnswerReader}, which hands over an array nobody else holds. */
    static Answers owning(Questionnaire questionnaire, @Nullable Answer[] values) {
        return new Answers(questionnaire.indexById(), values);
    }

    private @Nullable Answer get(String id) {
        var index = indexById.get(id);
        return index == null ? null : values[index];
    }

    public boolean has(String id) {
        return get(id) != null;
    }

    public Optional<Double> number(String id) {
        return get(id) instanceof Answer.Number n ? Optional.of(n.value()) : Optional.empty();
    }

    public Optional<String> choice(String id) {
        return get(id) instanceof Answer.Choice c ? Optional.of(c.value()) : Optional.empty();
    }

    /** The chosen option, or {@code null}: for hot loops that should not allocate an Optional. */
    @Nullable String choiceOrNull(String id) {
        return get(id) instanceof Answer.Choice c ? c.value() : null;
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
        return get(id) instanceof Answer.Choice c && (c.value().equals("YES") || c.value().equals("NOT_SURE"));
    }

    /** The answers by question id, in questionnaire order. */
    public Map<String, Answer> byQuestion() {
        var byQuestion = new LinkedHashMap<String, Answer>();
        indexById.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            var answer = values[entry.getValue()];
            if (answer != null) {
                byQuestion.put(entry.getKey(), answer);
            }
        });
        return Collections.unmodifiableMap(byQuestion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && indexById.equals(that.indexById) && Arrays.equals(values, that.values);
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
