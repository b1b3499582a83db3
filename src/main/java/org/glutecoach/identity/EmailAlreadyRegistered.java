package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/** Sign-up with an address that already has an account. */
public class EmailAlreadyRegistered extends GluteCoachException {

    public EmailAlreadyRegistered() {
        super("email-taken", "This email address cannot be used to sign up.");
    }
}
