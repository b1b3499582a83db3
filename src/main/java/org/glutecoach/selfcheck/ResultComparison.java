package org.glutecoach.selfcheck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kept result explained again (with today's wording and rules on its own answers), and what changed since the
 * result before it, if there is one.
 */
public record ResultComparison(SavedResult result, EvaluationView explanation, @Nullable SavedResult previous,
        List<Change> changes) {

    public ResultComparison {
        changes = List.copyOf(changes);
    }

    /** One thing compared: a numbered answer (pain, hours, seconds) or a pattern's strength, then and now. */
    public record Change(String what, String before, String after, boolean same) {
    }
}
