package org.glutecoach.selfcheck;

import org.glutecoach.shared.GluteCoachException;

/**
 * Keeping a result needs an account whose email address is confirmed: anyone can sign up with someone else's
 * address, and health answers must not be kept for an account nobody has shown to be theirs.
 */
public class AddressNotVerified extends GluteCoachException {

    public AddressNotVerified() {
        super("verify-address-first", "Confirm the email address before keeping health answers");
    }
}
