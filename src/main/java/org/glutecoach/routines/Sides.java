package org.glutecoach.routines;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an exercise works each side on its own (left, then right) or both sides together. */
public enum Sides {
    @JsonProperty("each")
    EACH,
    @JsonProperty("both")
    BOTH;

    /** How many times each set is done: once per side, or once. */
    public int passes() {
        return this == EACH ? 2 : 1;
    }
}
