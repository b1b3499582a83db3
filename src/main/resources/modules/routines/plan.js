// Turns a routine (as GET /api/v1/routines/{id} gives it) into the player's segments, in order: the exercise's
// cautions first when it has any (issue 16: read before it starts, HZ-02), each set's work on each side, a comfort check after each set of a release, the rest between sets, and a rating of both sides
// after an activation or strength move done per side. Timed segments have seconds; checks wait for the person.

const SECONDS_TO_MOVE = 2; // the same convention as Dose.SECONDS_TO_MOVE on the server

export function planOf(routine, { scale = 1 } = {}) {
  const segments = [];
  routine.steps.forEach((step, exerciseIndex) => {
    const { exercise, dose } = step;
    const sides = exercise.sides === "each" ? ["left", "right"] : ["both"];
    const hold = dose.holdSeconds ?? 0;
    const perSide = dose.secondsPerSide ?? dose.reps * (hold + SECONDS_TO_MOVE);
    if ((exercise.cautions?.length ?? 0) + (exercise.doNotIf?.length ?? 0) > 0) {
      segments.push({ type: "caution", exerciseIndex, exercise: exercise.id });
    }
    for (let set = 1; set <= dose.sets; set++) {
      for (const side of sides) {
        segments.push({
          type: "work", exerciseIndex, exercise: exercise.id, kind: exercise.kind, set, sets: dose.sets, side,
          seconds: Math.max(1, Math.round(perSide * scale)), reps: dose.reps ?? null,
          repSeconds: dose.reps ? Math.max(1, Math.round((hold + SECONDS_TO_MOVE) * scale)) : null,
        });
      }
      if (exercise.kind === "release") {
        segments.push({ type: "comfort", exerciseIndex, exercise: exercise.id, set });
      }
      if (set < dose.sets && dose.restSeconds > 0) {
        segments.push({ type: "rest", exerciseIndex, exercise: exercise.id, set,
          seconds: Math.max(1, Math.round(dose.restSeconds * scale)) });
      }
    }
    if ((exercise.kind === "activation" || exercise.kind === "strength") && exercise.sides === "each") {
      segments.push({ type: "rate", exerciseIndex, exercise: exercise.id });
    }
  });
  return segments;
}
