package org.glutecoach.practice.staff.web;

import jakarta.validation.constraints.Size;
import org.glutecoach.identity.NewPassword;
import org.jspecify.annotations.Nullable;

/** An invited therapist's name and password. */
record InvitationForm(
        @Size(max = 100, message = "{identity.account.display-name.long}") @Nullable
        String displayName,

        @NewPassword String password) {}
