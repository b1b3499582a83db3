package org.glutecoach.selfcheck;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A self-check result a person kept: when, what it found, and the answers and versions it came from. */
public record SavedResult(UUID id, Instant takenAt, Outcome outcome, List<PatternStrength> patterns,
        Map<String, Object> answers, String questionnaireVersion, String ruleVersion) {

    public SavedResult {
        patterns = List.copyOf(patterns);
        answers = Map.copyOf(answers);
    }

    /** A pattern found, and how strongly. */
    public record PatternStrength(String code, Strength strength) {
    }
}
