package org.glutecoach.tracker.reminder;

import org.glutecoach.shared.GluteCoachException;

/** Switching the reminder on needs the person's yes to reminder emails, and they have not given it. */
public class ReminderConsentNeeded extends GluteCoachException {

    public ReminderConsentNeeded() {
        super("consent-needed", "Consent to reminder emails is needed");
    }
}
