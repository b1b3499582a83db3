package org.glutecoach.routines;

/** Why a person's routines wait until they pass the red-flag screen again. */
public enum HoldReason {
    /** They were shown an EMERGENCY or URGENT red-flag screen. */
    RED_FLAG,
    /** They answered pins and needles or numbness in a routine's comfort check. */
    NERVE;

    /** Of two reasons, the one to tell the person: a red-flag screen outranks a comfort check. */
    public HoldReason and(HoldReason other) {
        return this == RED_FLAG || other == RED_FLAG ? RED_FLAG : NERVE;
    }
}
