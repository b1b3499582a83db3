package org.glutecoach.selfcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.UUID;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.AddressNotVerified;
import org.glutecoach.selfcheck.ConsentNeeded;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Keeping a result, and the kept ones. The answers come in the form (the flow stores nothing), are evaluated
 * again, and are kept only with the person's consent: asked on the spot if they are signed in without it, or on
 * the sign-up form if they are not signed in. A person with an account who is not signed in signs in first; the
 * answers wait in their session meanwhile ({@link AnswersToKeep}).
 */
@Controller
class KeepPages {

    private final SelfCheckResults results;
    private final PrivacyService privacy;
    private final SelfCheckFlow flow;

    KeepPages(SelfCheckResults results, PrivacyService privacy, SelfCheckFlow flow) {
        this.results = results;
        this.privacy = privacy;
        this.flow = flow;
    }

    /** From the result page: keep it now, or show what is needed first. */
    @PostMapping("/self-check/keep")
    String keep(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model, HttpServletResponse response) {
        var answers = flow.answersIn(form);
        if (me != null && privacy.hasConsent(me.accountId(), ConsentKind.HEALTH_DATA)) {
            try {
                results.keep(me.accountId(), answers);
                return "redirect:/self-check/history?kept";
            } catch (InvalidAnswers incomplete) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            } catch (AddressNotVerified notYet) {
                return verifyFirst(response);
            }
        }
        model.addAttribute("answers", SelfCheckFlow.entries(answers)).addAttribute("signedIn", me != null)
                .addAttribute("form", KeepForm.empty()).addAttribute("consentMissing", false);
        return "selfcheck/keep";
    }

    /** Signed in without consent: the box on this page gives it, then the result is kept. */
    @PostMapping("/self-check/keep/confirm")
    String confirm(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute("form") KeepForm keep, Model model, HttpServletResponse response) {
        var answers = flow.answersIn(form);
        if (!keep.consents()) {
            return again(model, response, answers, true, true);
        }
        privacy.decide(me.accountId(), java.util.Map.of(ConsentKind.HEALTH_DATA, true));
        try {
            results.keep(me.accountId(), answers);
        } catch (InvalidAnswers | ConsentNeeded unusable) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        } catch (AddressNotVerified notYet) {
            return verifyFirst(response);
        }
        return "redirect:/self-check/history?kept";
    }

    /** Signed in, but the address is not confirmed: nothing is kept, and the page says why and what to do. */
    private static String verifyFirst(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "selfcheck/verify-first";
    }

    /** Not signed in: create an account, give consent and keep the result, all from one form. */
    @PostMapping("/self-check/keep/sign-up")
    String signUp(@RequestParam MultiValueMap<String, String> form, @Valid @ModelAttribute("form") KeepForm keep,
            BindingResult errors, Model model, HttpServletResponse response) {
        var answers = flow.answersIn(form);
        if (!keep.consents()) {
            errors.rejectValue("healthData", "selfcheck.keep.consent.required");
        }
        if (!errors.hasErrors()) {
            try {
                results.keepBySigningUp(new RegisterAccount(keep.email(), keep.password()), answers);
                return "redirect:/sign-up/check-email?result-not-kept";
            } catch (InvalidCredentials invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            } catch (InvalidAnswers incomplete) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
        return again(model, response, answers, false, false);
    }

    /**
     * Not signed in, with an account: the answers wait in the session while the person signs in (two-step sign-in
     * included), and {@link #resume} keeps the result afterwards.
     */
    @PostMapping("/self-check/keep/sign-in")
    String signIn(@RequestParam MultiValueMap<String, String> form, HttpSession session) {
        var answers = flow.answersIn(form);
        if (answers.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        AnswersToKeep.hold(session, answers);
        return "redirect:/self-check/keep/resume";
    }

    /** Signed in now: keeps the result held in the session, asking for consent first if it is missing. */
    @GetMapping("/self-check/keep/resume")
    String resume(@AuthenticationPrincipal SignedInAccount me, HttpSession session, Model model,
            HttpServletResponse response) {
        var held = AnswersToKeep.take(session);
        if (held == null) {
            return "redirect:/self-check/history";
        }
        return keep(held, me, model, response);
    }

    @GetMapping("/self-check/history")
    String history(@AuthenticationPrincipal SignedInAccount me, @RequestParam java.util.Map<String, String> flags,
            Model model) {
        model.addAttribute("results", results.history(me.accountId()))
                .addAttribute("kept", flags.containsKey("kept"))
                .addAttribute("consent", privacy.hasConsent(me.accountId(), ConsentKind.HEALTH_DATA));
        return "selfcheck/history";
    }

    @GetMapping("/self-check/results/{resultId}")
    String result(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID resultId, Model model) {
        var comparison = results.result(me.accountId(), resultId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("comparison", comparison);
        return "selfcheck/saved-result";
    }

    private static String again(Model model, HttpServletResponse response, java.util.Map<String, Object> answers,
            boolean signedIn, boolean consentMissing) {
        response.setStatus(422);
        model.addAttribute("answers", SelfCheckFlow.entries(answers)).addAttribute("signedIn", signedIn)
                .addAttribute("consentMissing", consentMissing);
        return "selfcheck/keep";
    }
}
