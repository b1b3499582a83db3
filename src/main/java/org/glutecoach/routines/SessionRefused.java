package org.glutecoach.routines;

import org.glutecoach.shared.GluteCoachException;

/** A session that cannot be recorded: an unknown routine, times that do not fit, or another person's id. */
public class SessionRefused extends GluteCoachException {

    public SessionRefused(String why) {
        super("session-refused", why);
    }
}
