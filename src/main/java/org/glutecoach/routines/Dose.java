package org.glutecoach.routines;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * How much of an exercise, per side: sets, each either timed ({@code secondsPerSide}) or counted ({@code reps},
 * each held {@code holdSeconds}), with a rest between sets. The limits per kind are in the library's checks.
 */
public record Dose(
        @NotNull @Min(1) @Max(10) Integer sets,
        @Nullable @Min(1) @Max(50) Integer reps,
        @Nullable @Min(0) @Max(60) Integer holdSeconds,
        @Nullable @Min(1) @Max(600) Integer secondsPerSide,
        @NotNull @Min(0) @Max(300) Integer restSeconds) {

    /** A counted rep takes its hold plus about two seconds to move and let go (our convention, for timing). */
    public static final int SECONDS_TO_MOVE = 2;

    /** Timed or counted, never both and never neither. */
    @JsonIgnore
    @AssertTrue(message = "a dose is either timed (secondsPerSide) or counted (reps), not both")
    public boolean isTimedOrCounted() {
        return (reps == null) != (secondsPerSide == null);
    }

    @JsonIgnore
    public boolean timed() {
        return secondsPerSide != null;
    }

    /** The length of one set on one side. */
    public int secondsPerSet() {
        if (secondsPerSide != null) {
            return secondsPerSide;
        }
        var hold = holdSeconds == null ? 0 : holdSeconds;
        return reps == null ? 0 : reps * (hold + SECONDS_TO_MOVE);
    }

    /** The whole exercise: every set on every side, with the rests between sets. */
    public int totalSeconds(Sides sides) {
        return sets * sides.passes() * secondsPerSet() + (sets - 1) * restSeconds;
    }
}
