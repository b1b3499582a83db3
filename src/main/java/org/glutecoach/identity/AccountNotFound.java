package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/** No account has this id (any more): it was deleted, for instance in another tab, after the caller got its id. */
public class AccountNotFound extends GluteCoachException {

    public AccountNotFound() {
        super("account-not-found", "There is no account with this id");
    }
}
