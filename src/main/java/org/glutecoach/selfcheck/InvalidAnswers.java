package org.glutecoach.selfcheck;

import java.util.List;
import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/** Answers that are missing or not of the question's kind; {@link #errors()} names each question. */
public class InvalidAnswers extends GluteCoachException {

    private final Map<String, Problem> errors;

    public InvalidAnswers(Map<String, Problem> errors) {
        super("invalid-answers", "Some answers are missing or invalid: " + errors.keySet());
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** Question id to what is wrong with its answer. */
    public Map<String, Problem> errors() {
        return errors;
    }

    /** What is wrong, as a message key under {@code selfcheck.error.} and its arguments. */
    public record Problem(String key, List<Object> args) {
        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }
}
