package org.glutecoach.practice.clients;

import org.glutecoach.shared.GluteCoachException;

/**
 * A client can be invited to link their account only if the practice has their email address and no account is
 * linked yet.
 */
public class CannotInvite extends GluteCoachException {

    public CannotInvite() {
        super("cannot-invite", "This client cannot be invited");
    }
}
