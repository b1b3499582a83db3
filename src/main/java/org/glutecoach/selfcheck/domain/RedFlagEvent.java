package org.glutecoach.selfcheck.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.glutecoach.selfcheck.RedFlagTier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A red-flag screen that was shown to someone, kept for audit (docs/domain/red-flags.md, section 5): which tier,
 * which flags, the red-flag answers, and what we told them to do.
 */
@Table("selfcheck_red_flag_events")
public class RedFlagEvent {

    private final @Id UUID id;
    private final @Nullable UUID accountId;
    private final Instant shownAt;
    private final String questionSetVersion;
    private final RedFlagTier tier;
    private final String triggeredIds;
    private final String answers;
    private final String actionShown;
    private final boolean userTappedCall;
    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    RedFlagEvent(
            UUID id,
            @Nullable UUID accountId,
            Instant shownAt,
            String questionSetVersion,
            RedFlagTier tier,
            String triggeredIds,
            String answers,
            String actionShown,
            boolean userTappedCall,
            @Nullable Long version,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.id = id;
        this.accountId = accountId;
        this.shownAt = shownAt;
        this.questionSetVersion = questionSetVersion;
        this.tier = tier;
        this.triggeredIds = triggeredIds;
        this.answers = answers;
        this.actionShown = actionShown;
        this.userTappedCall = userTappedCall;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * @param redFlagAnswers the red-flag answers only, as JSON: nothing else about the person is kept
     */
    public static RedFlagEvent shown(
            @Nullable UUID accountId,
            RedFlagTier tier,
            List<String> triggered,
            String redFlagAnswers,
            String questionSetVersion,
            Clock clock) {
        return shown(accountId, tier, actionFor(tier), triggered, redFlagAnswers, questionSetVersion, clock);
    }

    /**
     * @param actionShown as the domain notes name it: {@code call999}, {@code callCancerTeam}, {@code call111},
     *        {@code bookGp2w}
     */
    public static RedFlagEvent shown(
            @Nullable UUID accountId,
            RedFlagTier tier,
            String actionShown,
            List<String> triggered,
            String redFlagAnswers,
            String questionSetVersion,
            Clock clock) {
        return new RedFlagEvent(
                UUID.randomUUID(),
                accountId,
                clock.instant(),
                questionSetVersion,
                tier,
                String.join(",", triggered),
                redFlagAnswers,
                actionShown,
                false,
                null,
                null,
                null);
    }

    /** The action we showed, as the domain notes name it. */
    static String actionFor(RedFlagTier tier) {
        return switch (tier) {
            case EMERGENCY -> "call999";
            case URGENT -> "call111";
            case SOON -> "bookGp2w";
        };
    }

    public UUID id() {
        return id;
    }

    public Instant shownAt() {
        return shownAt;
    }

    public RedFlagTier tier() {
        return tier;
    }

    public List<String> triggeredIds() {
        return List.of(triggeredIds.split(","));
    }

    public String actionShown() {
        return actionShown;
    }

    public boolean userTappedCall() {
        return userTappedCall;
    }

    public String answers() {
        return answers;
    }

    public @Nullable UUID accountId() {
        return accountId;
    }

    /** As the person's data export shows it. */
    public java.util.Map<String, Object> exported() {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("shownAt", shownAt);
        data.put("questionSetVersion", questionSetVersion);
        data.put("tier", tier);
        data.put("flags", List.of(triggeredIds.split(",")));
        data.put("answers", answers);
        data.put("actionShown", actionShown);
        data.put("userTappedCall", userTappedCall);
        return data;
    }
}
