package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.ChangePreferences;
import org.glutecoach.shared.web.KnownTimeZone;
import org.jspecify.annotations.Nullable;

/** The account settings a person can change, from the page or as JSON. */
record PreferencesForm(
        @Size(max = 100, message = "{identity.account.display-name.long}") @Nullable
        String displayName,

        @NotBlank(message = "{identity.account.time-zone.required}")
        @KnownTimeZone(message = "{identity.account.time-zone.unknown}")
        @Nullable
        String timeZone) {

    static PreferencesForm of(AccountView account) {
        return new PreferencesForm(account.displayName(), account.timeZone().getId());
    }

    /** Call only once validation passed: the zone is then known. */
    ChangePreferences command() {
        return new ChangePreferences(displayName, ZoneId.of(String.valueOf(timeZone)));
    }
}
