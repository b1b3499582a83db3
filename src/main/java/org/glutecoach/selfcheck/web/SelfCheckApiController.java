package org.glutecoach.selfcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.selfcheck.EvaluateAnswers;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.QuestionnaireView;
import org.glutecoach.selfcheck.SelfCheckService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-check over JSON, for anyone: the answers are not kept, but a red-flag screen shown is recorded for
 * audit (red-flag answers only), with the caller's account when a token is sent.
 */
@RestController
@RequestMapping("/api/v1/self-check")
@Tag(name = "Self-check", description = "Red flags first, then why your back may ache. Not a diagnosis.")
class SelfCheckApiController {

    private final SelfCheckService selfCheck;

    SelfCheckApiController(SelfCheckService selfCheck) {
        this.selfCheck = selfCheck;
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The questions in order, red flags first")
    QuestionnaireView questionnaire() {
        return selfCheck.questionnaire();
    }

    @PostMapping("/evaluations")
    @Operation(
            summary = "Evaluate answers without keeping them",
            description = "A red-flag screen shown is recorded for audit: its tier, flags and red-flag answers "
                    + "only, with the caller's account when a token is sent. If that record fails, the result is "
                    + "still returned in full (HZ-25). Red-flag answers are YES, NO or NOT_SURE (which counts as yes). Once a red flag is "
                    + "raised, answers after it are not needed. Missing or invalid answers give a 400 problem "
                    + "naming each question.")
    EvaluationView evaluate(
            @AuthenticationPrincipal @Nullable SignedInAccount me, @Valid @RequestBody EvaluationRequest request) {
        var shown = selfCheck.evaluate(new EvaluateAnswers(request.answers()));
        selfCheck.recordIfRedFlagShown(
                request.answers(), me == null ? null : me.accountId().value());
        return shown;
    }

    /** The body of an evaluation request. */
    record EvaluationRequest(@NotNull Map<String, Object> answers) {}
}
