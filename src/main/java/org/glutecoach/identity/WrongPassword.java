package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/** The current password given to confirm a change does not match. */
public class WrongPassword extends GluteCoachException {

    public WrongPassword() {
        super("wrong-password", "The current password does not match");
    }
}
