package org.glutecoach.routines.library;

import java.util.ArrayList;
import java.util.List;
import org.glutecoach.routines.Dose;
import org.glutecoach.routines.ExerciseKind;
import org.glutecoach.routines.Sides;
import org.jspecify.annotations.Nullable;

/**
 * The doses a file may set, per kind, from docs/domain/dosage.md. Release: 30-120 s per side per set, 1-3 sets,
 * 15-60 s rest (review of 55 studies [D3]). Activation and strength: beginners' 1-3 sets, up to 25 reps for
 * endurance, 30-60 s rests (ACSM [D6]); holds up to 10 s (the squeeze's next level; a rehab convention). Desk
 * breaks: about two minutes in all (Dunstan 2012 [D12]) and at most 10 squeezes (Homer 2021 [D13]).
 */
public final class DoseLimits {

    static final int RELEASE_MIN_SECONDS = 30;
    static final int RELEASE_MAX_SECONDS = 120;
    static final int MAX_SETS = 3;
    static final int MIN_REPS = 5;
    static final int MAX_REPS = 25;
    static final int MAX_HOLD_SECONDS = 10;
    static final int DESK_BREAK_MAX_SECONDS = 120;
    static final int DESK_BREAK_MAX_REPS = 10;

    private DoseLimits() {}

    /** What is out of range, in plain words; empty when the dose is within the dosage sheet. */
    public static List<String> problems(ExerciseKind kind, Sides sides, Dose dose) {
        var problems = new ArrayList<String>();
        within(problems, "sets", dose.sets(), 1, MAX_SETS);
        switch (kind) {
            case RELEASE -> {
                if (!dose.timed()) {
                    problems.add("a release is timed (secondsPerSide), not counted");
                } else {
                    within(problems, "secondsPerSide", dose.secondsPerSide(), RELEASE_MIN_SECONDS, RELEASE_MAX_SECONDS);
                }
                within(problems, "restSeconds", dose.restSeconds(), 15, 60);
            }
            case ACTIVATION, STRENGTH -> {
                if (dose.timed()) {
                    problems.add("an activation or strength move is counted (reps), not timed");
                } else {
                    within(problems, "reps", dose.reps(), MIN_REPS, MAX_REPS);
                }
                within(problems, "holdSeconds", hold(dose), 0, MAX_HOLD_SECONDS);
                within(problems, "restSeconds", dose.restSeconds(), 30, 60);
            }
            case DESK_BREAK -> {
                within(problems, "the whole break in seconds", dose.totalSeconds(sides), 1, DESK_BREAK_MAX_SECONDS);
                if (!dose.timed()) {
                    within(problems, "reps", dose.reps(), 1, DESK_BREAK_MAX_REPS);
                }
                within(problems, "holdSeconds", hold(dose), 0, MAX_HOLD_SECONDS);
                within(problems, "restSeconds", dose.restSeconds(), 0, 60);
            }
        }
        return problems;
    }

    private static int hold(Dose dose) {
        return dose.holdSeconds() == null ? 0 : dose.holdSeconds();
    }

    private static void within(List<String> problems, String what, @Nullable Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            problems.add(what + " " + value + " is outside " + min + "-" + max + " (docs/domain/dosage.md)");
        }
    }
}
