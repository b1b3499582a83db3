package org.glutecoach.selfcheck;

/** How soon a red flag needs a clinician, most urgent first (docs/domain/red-flags.md, section 2). */
public enum RedFlagTier {
    EMERGENCY,
    URGENT,
    SOON;

    public boolean isMoreUrgentThan(RedFlagTier other) {
        return ordinal() < other.ordinal();
    }

    /** EMERGENCY and URGENT end the self-check; SOON lets the person read on. */
    public boolean endsTheSelfCheck() {
        return this != SOON;
    }
}
