package org.glutecoach.selfcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.selfcheck.ResultComparison;
import org.glutecoach.selfcheck.SavedResult;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's kept self-check results: keep one (with consent), list them, read one compared with the last. */
@RestController
@RequestMapping("/api/v1/self-checks")
@Tag(name = "Self-check", description = "Red flags first, then why your back may ache. Not a diagnosis.")
class KeptResultsApiController {

    private final SelfCheckResults results;

    KeptResultsApiController(SelfCheckResults results) {
        this.results = results;
    }

    @PostMapping
    @Operation(
            summary = "Evaluate answers and keep the result",
            description = "Needs consent to keep health answers (HEALTH_DATA); without it, a 403 problem of type "
                    + "/problems/consent-needed. The answers are evaluated again on the server; a red-flag screen among them is recorded for "
                    + "audit as one shown to the caller.")
    ResponseEntity<SavedResult> keep(
            @AuthenticationPrincipal SignedInAccount me,
            @Valid @RequestBody SelfCheckApiController.EvaluationRequest request) {
        var kept = results.keepEvaluatedNow(me.accountId(), request.answers());
        return ResponseEntity.created(java.net.URI.create("/api/v1/self-checks/" + kept.id()))
                .body(kept);
    }

    @GetMapping
    @Operation(summary = "The caller's kept results, newest first")
    List<SavedResult> list(@AuthenticationPrincipal SignedInAccount me) {
        return results.history(me.accountId());
    }

    @GetMapping("/{resultId}")
    @Operation(
            summary = "One kept result as it was shown, compared with the one before",
            description = "The words the result was shown with are kept with it and never explained again with "
                    + "rules it was not made with (shown: AS_SHOWN, EXPLAINED_AGAIN or OLDER_VERSION). "
                    + "safetyNet holds the signs that need 999 or A&E at once.")
    ResultComparison one(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID resultId) {
        return results.result(me.accountId(), resultId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
