package org.glutecoach.selfcheck;

import org.glutecoach.shared.GluteCoachException;

/** Keeping a result needs the person's consent to keep health answers, and they have not given it. */
public class ConsentNeeded extends GluteCoachException {

    public ConsentNeeded() {
        super("consent-needed", "Consent to keep health answers is needed");
    }
}
