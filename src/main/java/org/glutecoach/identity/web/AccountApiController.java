package org.glutecoach.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.account.Registrations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account over JSON: the same use cases as the account page. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account", description = "The signed-in account")
class AccountApiController {

    private final Registrations registrations;

    AccountApiController(Registrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    @Operation(summary = "Read the signed-in account")
    AccountView me(@CurrentAccount AccountView me) {
        return me;
    }

    @PutMapping("/preferences")
    @Operation(summary = "Replace the display name and time zone")
    AccountView changePreferences(@CurrentAccount AccountView me, @Valid @RequestBody PreferencesForm preferences) {
        return registrations.changePreferences(me.id(), preferences.command());
    }
}
