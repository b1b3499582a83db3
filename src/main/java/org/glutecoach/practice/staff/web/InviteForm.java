package org.glutecoach.practice.staff.web;

import org.glutecoach.identity.AccountEmail;

/** The address of a therapist to invite. */
record InviteForm(@AccountEmail String email) {

    InviteForm {
        email = email == null ? "" : email.strip();
    }
}
