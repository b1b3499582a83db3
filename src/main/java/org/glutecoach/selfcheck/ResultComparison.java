package org.glutecoach.selfcheck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kept result as it was shown, and what changed since the result before it, if there is one.
 *
 * @param explanation the result's words: as shown when it was kept, or (for a result kept before words were
 *        stored, while today's versions still match) its answers explained again; {@code null} when neither is
 *        possible, and then only the kept outcome and patterns are shown ({@link Shown#OLDER_VERSION})
 * @param versionsChanged what changed between the result before and this one: {@code questionnaire},
 *        {@code rules}, {@code redFlagSet}
 * @param safetyNet the safety-net block (red-flag set rule 7), on every kept result
 */
public record ResultComparison(
        SavedResult result,
        @Nullable EvaluationView explanation,
        @Nullable SavedResult previous,
        List<Change> changes,
        Shown shown,
        List<String> versionsChanged,
        SafetyNetView safetyNet) {

    public ResultComparison {
        changes = List.copyOf(changes);
        versionsChanged = List.copyOf(versionsChanged);
    }

    /** How the result's words were found. */
    public enum Shown {
        /** Exactly the words shown when it was kept. */
        AS_SHOWN,
        /** Kept before words were stored; its answers explained again with the same versions it was made with. */
        EXPLAINED_AGAIN,
        /** Kept before words were stored and made with an older version: only what it found. */
        OLDER_VERSION
    }

    /** One thing compared: a numbered answer, a self-test or a pattern's strength, then and now. */
    public record Change(String what, String before, String after, boolean same) {}
}
