package org.glutecoach.selfcheck;

/** How strongly the answers point to a pattern. Never a probability, never a diagnosis. */
public enum Strength {
    STRONG,
    SOME,
    LITTLE
}
