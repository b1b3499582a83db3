package org.glutecoach.privacy.web;

import java.util.Map;
import java.util.Optional;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.KeptHealthData;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's consents and data export over the API. */
@RestController
@RequestMapping("/api/v1/me")
class PrivacyApiController {

    private final PrivacyService privacy;
    private final Problems problems;

    PrivacyApiController(PrivacyService privacy, Problems problems) {
        this.privacy = privacy;
        this.problems = problems;
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

    /**
     * Gives or withdraws any of the consents, e.g. {@code {"COURSE_EMAILS": false}}; the others stay. Each value
     * is JSON {@code true} or {@code false}. Withdrawing {@code HEALTH_DATA} deletes the kept results unless
     * {@code ?keptHealthData=KEEP_READ_ONLY}.
     */
    @PutMapping("/consents")
    ResponseEntity<?> decide(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestBody Map<ConsentKind, Boolean> choices,
            @RequestParam(defaultValue = "DELETE") KeptHealthData keptHealthData) {
        var unanswered = unanswered(choices);
        if (unanswered.isPresent()) {
            return ResponseEntity.badRequest()
                    .contentType(Problems.PROBLEM_JSON)
                    .body(notTrueOrFalse(unanswered.get()));
        }
        privacy.decide(me.accountId(), choices, keptHealthData);
        return ResponseEntity.ok(privacy.current(me.accountId()));
    }

    /** JSON's null reaches a map of booleans as a null value: a choice not made is refused, not read as "no". */
    private static Optional<ConsentKind> unanswered(Map<ConsentKind, Boolean> choices) {
        return choices.entrySet().stream()
                .filter(choice -> choice.getValue() == null)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private ProblemDetail notTrueOrFalse(ConsentKind kind) {
        return problems.invalid(Map.of(kind.name(), problems.text("problem.field.wrong-type", "true or false")));
    }
}
