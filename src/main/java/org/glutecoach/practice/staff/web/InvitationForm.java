package org.glutecoach.practice.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An invited therapist's name and password. */
record InvitationForm(
        @Size(max = 100, message = "{identity.account.display-name.long}") @Nullable String displayName,
        @NotBlank(message = "{identity.sign-up.password.required}")
        @Size(min = 12, message = "{identity.sign-up.password.short}")
        @Size(max = 64, message = "{identity.sign-up.password.long}") String password) {
}
