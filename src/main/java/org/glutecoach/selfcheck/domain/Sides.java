package org.glutecoach.selfcheck.domain;

import java.util.List;
import java.util.Optional;

/** Reads the self-tests for a side that switches on less well than the other. Information, never a label. */
final class Sides {

    static final String LEFT = "LEFT";
    static final String RIGHT = "RIGHT";
    private static final List<String> SQUEEZE = List.of("CANNOT_FEEL", "WEAK", "FIRM");
    private static final List<String> ONE_SIDE = List.of("NO", "PARTLY", "YES");

    private Sides() {}

    /** The side that felt weaker in the two-sided squeeze, if the two sides differed. */
    static Optional<String> weakerInSqueeze(Answers answers) {
        return weaker(answers, "T1_SQUEEZE_LEFT", "T1_SQUEEZE_RIGHT", SQUEEZE);
    }

    /** The side that was harder to squeeze on its own, if the two sides differed. */
    static Optional<String> weakerAlone(Answers answers) {
        return weaker(answers, "T2_ONE_SIDE_LEFT", "T2_ONE_SIDE_RIGHT", ONE_SIDE);
    }

    static Optional<String> weaker(Answers answers) {
        return weakerInSqueeze(answers).or(() -> weakerAlone(answers));
    }

    /** A side that could not be squeezed on its own at all. */
    static boolean oneSideWillNotSwitchOn(Answers answers) {
        return answers.is("T2_ONE_SIDE_LEFT", "NO") != answers.is("T2_ONE_SIDE_RIGHT", "NO");
    }

    static String other(String side) {
        return LEFT.equals(side) ? RIGHT : LEFT;
    }

    private static Optional<String> weaker(Answers answers, String left, String right, List<String> weakToStrong) {
        var l = answers.choiceOrNull(left);
        var r = answers.choiceOrNull(right);
        if (l == null || r == null) {
            return Optional.empty();
        }
        int difference = weakToStrong.indexOf(l) - weakToStrong.indexOf(r);
        return difference == 0 ? Optional.empty() : Optional.of(difference < 0 ? LEFT : RIGHT);
    }
}
