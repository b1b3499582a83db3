package org.glutecoach.routines;

/**
 * One side has switched on less well than the other for two weeks (the rule is in docs/routines.md and
 * {@code domain.LaggingSideRule}): the routine pages suggest single-side work for it, and seeing the therapist if it
 * does not improve.
 *
 * @param side the side whose ratings were lower
 * @param lowerBy how much lower its mean rating was, 0-10
 * @param sessions how many sessions rated both sides in the two weeks
 */
public record LaggingSide(Which side, double lowerBy, int sessions) {

    /** Left or right. */
    public enum Which {
        LEFT,
        RIGHT;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
