package org.glutecoach.selfcheck;

import org.glutecoach.shared.GluteCoachException;

/** Asked to record a red-flag screen for answers that raise no red flag: there is nothing to record. */
public class NoRedFlagRaised extends GluteCoachException {

    public NoRedFlagRaised() {
        super("no-red-flag-raised", "No red flag raised: nothing to record");
    }
}
