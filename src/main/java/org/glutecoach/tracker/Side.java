package org.glutecoach.tracker;

import org.jspecify.annotations.Nullable;

/** A part of the lower back that is rated on its own: the left, the right and the middle. */
public enum Side {
    LEFT,
    RIGHT,
    MIDDLE;

    /** The day's soreness on this side, or {@code null} when the person did not say. */
    public @Nullable Integer soreness(EntryView entry) {
        return switch (this) {
            case LEFT -> entry.sorenessLeft();
            case RIGHT -> entry.sorenessRight();
            case MIDDLE -> entry.sorenessMiddle();
        };
    }
}
