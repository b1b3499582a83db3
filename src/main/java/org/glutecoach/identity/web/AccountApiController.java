package org.glutecoach.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    private final IdentityService identity;

    AccountApiController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "Read the signed-in account")
    AccountView me(@AuthenticationPrincipal SignedInAccount me) {
        return identity.findAccount(me.accountId()).orElseThrow();
    }

    @PutMapping("/preferences")
    @Operation(summary = "Replace the display name and time zone")
    AccountView changePreferences(@AuthenticationPrincipal SignedInAccount me,
            @Valid @RequestBody PreferencesForm preferences) {
        return identity.changePreferences(me.accountId(), preferences.command());
    }
}
