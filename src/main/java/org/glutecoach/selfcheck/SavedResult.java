package org.glutecoach.selfcheck;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A self-check result a person kept: when, what it found, the answers and versions it came from, and the words
 * it was shown with ({@code shown}; {@code null} for results kept before those were stored, HZ-12).
 * {@code redFlagSetVersion} is {@code null} when it is not known.
 */
public record SavedResult(UUID id, Instant takenAt, Outcome outcome, List<PatternStrength> patterns,
        Map<String, Object> answers, String questionnaireVersion, String ruleVersion,
        @Nullable String redFlagSetVersion, @Nullable ResultText shown) {

    public SavedResult {
        patterns = List.copyOf(patterns);
        answers = Map.copyOf(answers);
    }

    /** A pattern found, and how strongly. */
    public record PatternStrength(String code, Strength strength) {
    }
}
