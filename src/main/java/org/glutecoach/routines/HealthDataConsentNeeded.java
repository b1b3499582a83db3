package org.glutecoach.routines;

import org.glutecoach.shared.GluteCoachException;

/**
 * Keeping a routine session needs the person's consent to keep health answers (its side ratings and comfort
 * checks are health data), and they have not given it. The same failure, and problem type, as the tracker's.
 */
public class HealthDataConsentNeeded extends GluteCoachException {

    public HealthDataConsentNeeded() {
        super("consent-needed", "Consent to keep health answers is needed");
    }
}
