package org.glutecoach.tracker;

import org.glutecoach.shared.GluteCoachException;

/** Keeping a day's log needs the person's consent to keep health answers, and they have not given it. */
public class HealthDataConsentNeeded extends GluteCoachException {

    public HealthDataConsentNeeded() {
        super("consent-needed", "Consent to keep health answers is needed");
    }
}
