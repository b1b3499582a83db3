package org.glutecoach.privacy.web;

import java.util.Map;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in person's consents and data export over the API. */
@RestController
@RequestMapping("/api/v1/me")
class PrivacyApiController {

    private final PrivacyService privacy;

    PrivacyApiController(PrivacyService privacy) {
        this.privacy = privacy;
    }

    /** Everything held about the caller, in the shape documented in docs/export.md. */
    @GetMapping("/export")
    Map<String, Object> export(@AuthenticationPrincipal SignedInAccount me) {
        return privacy.export(me.accountId());
    }

    /** The consent in force per kind; kinds never answered are missing. */
    @GetMapping("/consents")
    Map<ConsentKind, Boolean> consents(@AuthenticationPrincipal SignedInAccount me) {
        return privacy.current(me.accountId());
    }

    /** Gives or withdraws any of the consents, e.g. {@code {"COURSE_EMAILS": false}}; the others stay. */
    @PutMapping("/consents")
    Map<ConsentKind, Boolean> decide(@AuthenticationPrincipal SignedInAccount me,
            @RequestBody Map<ConsentKind, Boolean> choices) {
        if (choices.containsValue(null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Each consent must be true or false");
        }
        privacy.decide(me.accountId(), choices);
        return privacy.current(me.accountId());
    }
}
