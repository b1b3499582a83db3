package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.glutecoach.identity.NewPassword;

/** A new password, confirmed with the current one, and whether the API tokens are to stay (unticked: revoked). */
record ChangePasswordForm(
        @NotBlank(message = "{identity.account.current-password.required}")
        @Size(max = 200, message = "{identity.account.current-password.wrong}")
        String currentPassword,

        @NewPassword String newPassword,
        Boolean keepTokens) {

    ChangePasswordForm {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        // An unticked box sends nothing: that means no.
        keepTokens = Boolean.TRUE.equals(keepTokens);
    }

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", false);
    }
}
