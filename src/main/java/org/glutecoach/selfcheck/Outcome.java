package org.glutecoach.selfcheck;

/** The headline of an evaluation. Red-flag tiers come first: they outrank any explanation. */
public enum Outcome {
    EMERGENCY,
    URGENT,
    SOON,
    SELF_CARE,
    NOT_FOR_UNDER_16;

    public static Outcome of(RedFlagTier tier) {
        return valueOf(tier.name());
    }
}
