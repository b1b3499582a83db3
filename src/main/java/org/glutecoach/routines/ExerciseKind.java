package org.glutecoach.routines;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an exercise is for; each kind has its own dose limits (docs/domain/dosage.md). */
public enum ExerciseKind {
    @JsonProperty("release")
    RELEASE,
    @JsonProperty("activation")
    ACTIVATION,
    @JsonProperty("strength")
    STRENGTH,
    @JsonProperty("desk-break")
    DESK_BREAK;

    /** Release, activation and strength work a side at a time where they can; a desk break is done as it comes. */
    public boolean switchesOn() {
        return this == ACTIVATION || this == STRENGTH;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
