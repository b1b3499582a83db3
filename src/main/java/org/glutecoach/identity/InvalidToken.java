package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/** A link from an email that is unknown, used already or out of date. */
public class InvalidToken extends GluteCoachException {

    public InvalidToken() {
        super("invalid-token", "Unknown, used or expired token");
    }
}
