package org.glutecoach.selfcheck.domain;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.shared.AppendOnlyRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A self-check result a person kept, as stored: its parts that may change shape over the versions (patterns,
 * answers, the words shown) stay JSON text here and are read leniently by the service, so an old row always loads
 * (HZ-12). Written once, never changed.
 */
@Table("selfcheck_results")
public class KeptResult extends AppendOnlyRecord {

    private final UUID accountId;
    private final Instant takenAt;
    private final @Nullable Instant evaluatedAt;
    private final String questionSetVersion;
    private final String ruleVersion;
    private final Outcome outcome;
    private final String patterns;
    private final String answers;
    private final @Nullable String redFlagSetVersion;
    private final @Nullable String shown;

    @PersistenceCreator
    KeptResult(
            UUID id,
            UUID accountId,
            Instant takenAt,
            @Nullable Instant evaluatedAt,
            String questionSetVersion,
            String ruleVersion,
            Outcome outcome,
            String patterns,
            String answers,
            @Nullable String redFlagSetVersion,
            @Nullable String shown) {
        this(
                id,
                accountId,
                takenAt,
                evaluatedAt,
                questionSetVersion,
                ruleVersion,
                outcome,
                patterns,
                answers,
                redFlagSetVersion,
                shown,
                false);
    }

    private KeptResult(
            UUID id,
            UUID accountId,
            Instant takenAt,
            @Nullable Instant evaluatedAt,
            String questionSetVersion,
            String ruleVersion,
            Outcome outcome,
            String patterns,
            String answers,
            @Nullable String redFlagSetVersion,
            @Nullable String shown,
            boolean added) {
        super(id, added);
        this.accountId = accountId;
        this.takenAt = takenAt;
        this.evaluatedAt = evaluatedAt;
        this.questionSetVersion = questionSetVersion;
        this.ruleVersion = ruleVersion;
        this.outcome = outcome;
        this.patterns = patterns;
        this.answers = answers;
        this.redFlagSetVersion = redFlagSetVersion;
        this.shown = shown;
    }

    /**
     * A result to keep now.
     *
     * @param evaluatedAt when its answers were evaluated and shown, {@code null} when that is not known
     */
    public static KeptResult keep(
            UUID id,
            UUID accountId,
            Instant takenAt,
            @Nullable Instant evaluatedAt,
            String questionSetVersion,
            String ruleVersion,
            Outcome outcome,
            String patterns,
            String answers,
            String redFlagSetVersion,
            String shown) {
        return new KeptResult(
                id,
                accountId,
                takenAt,
                evaluatedAt,
                questionSetVersion,
                ruleVersion,
                outcome,
                patterns,
                answers,
                redFlagSetVersion,
                shown,
                true);
    }

    public UUID id() {
        return getId();
    }

    public Instant takenAt() {
        return takenAt;
    }

    public @Nullable Instant evaluatedAt() {
        return evaluatedAt;
    }

    public String questionSetVersion() {
        return questionSetVersion;
    }

    public String ruleVersion() {
        return ruleVersion;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String patterns() {
        return patterns;
    }

    public String answers() {
        return answers;
    }

    public @Nullable String redFlagSetVersion() {
        return redFlagSetVersion;
    }

    public @Nullable String shown() {
        return shown;
    }
}
