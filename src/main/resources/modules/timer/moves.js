// The move shown on the break screen: one of the routines library's desk breaks, a different one each break,
// with its own countdown. A one-sided move is done left then right, and the side it starts on changes from one
// break to the next so neither side always goes first.

/** The move for the `count`-th break (0, 1, 2 …), from the library's desk breaks. */
export function moveFor(count, moves) {
  return moves.length === 0 ? null : moves[count % moves.length];
}

/** The move's parts in order: `{ side: "left" | "right" | "both", seconds }`. */
export function partsOf(move, count) {
  const dose = move.dose;
  const seconds = dose.secondsPerSide ?? dose.reps * ((dose.holdSeconds ?? 0) + 2);
  if (move.sides !== "each") {
    return [{ side: "both", seconds: seconds * dose.sets }];
  }
  const sides = count % 2 === 0 ? ["left", "right"] : ["right", "left"];
  return Array.from({ length: dose.sets }, () => sides.map((side) => ({ side, seconds }))).flat();
}

/** Where the move is, `elapsedMs` after the break began: the part, its seconds left, or `done`. */
export function moveAt(parts, elapsedMs) {
  let left = elapsedMs;
  for (const [index, part] of parts.entries()) {
    if (left < part.seconds * 1000) {
      return { index, side: part.side, remaining: Math.ceil((part.seconds * 1000 - left) / 1000), done: false };
    }
    left -= part.seconds * 1000;
  }
  return { index: parts.length, side: null, remaining: 0, done: true };
}
