package org.glutecoach.routines;

/**
 * Whether a person may start a routine (docs/domain/dosage.md: the red-flag screen must have been passed first).
 * Asked before their first routine only.
 */
public enum Readiness {
    /** Confirmed a recent passed screen (and no red-flag screen since): go on. */
    READY,
    /** Passed the full screen recently: confirm that nothing has changed. */
    CONFIRM,
    /** No recent passed screen: take the self-check first. */
    TAKE_SCREEN
}
