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
 *
 * @param takenAt when it was kept
 * @param evaluatedAt when its answers were evaluated and the result shown (a result may be kept later);
 *        {@code null} when that is not known, and then it never counts as a passed screen
 */
public record SavedResult(
        UUID id,
        Instant takenAt,
        @Nullable Instant evaluatedAt,
        Outcome outcome,
        List<PatternStrength> patterns,
        Map<String, Object> answers,
        String questionnaireVersion,
        String ruleVersion,
        @Nullable String redFlagSetVersion,
        @Nullable ResultText shown) {

    public SavedResult {
        patterns = List.copyOf(patterns);
        answers = Map.copyOf(answers);
    }

    /** A pattern found, and how strongly. */
    public record PatternStrength(String code, Strength strength) {}
}
