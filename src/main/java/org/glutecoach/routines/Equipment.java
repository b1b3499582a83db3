package org.glutecoach.routines;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a person needs for an exercise. */
public enum Equipment {
    @JsonProperty("none")
    NONE,
    @JsonProperty("foam-roller")
    FOAM_ROLLER,
    @JsonProperty("massage-ball")
    MASSAGE_BALL,
    @JsonProperty("chair")
    CHAIR,
    @JsonProperty("wall")
    WALL;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
