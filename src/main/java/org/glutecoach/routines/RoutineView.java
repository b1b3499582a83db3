package org.glutecoach.routines;

import java.util.List;

/** A routine with its exercises looked up: what the pages, the API and the player show. */
public record RoutineView(String id, String name, String summary, int minutes, boolean bundled, List<StepView> steps) {

    public RoutineView {
        steps = List.copyOf(steps);
    }

    /** One exercise of the routine with the dose this routine uses. */
    public record StepView(Exercise exercise, Dose dose, int seconds) {}

    public boolean hasRelease() {
        return steps.stream().anyMatch(step -> step.exercise().kind() == ExerciseKind.RELEASE);
    }

    public boolean hasActivation() {
        return steps.stream().anyMatch(step -> step.exercise().kind().switchesOn());
    }
}
