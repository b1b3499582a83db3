package org.glutecoach.selfcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.AddressNotVerified;
import org.glutecoach.selfcheck.ConsentNeeded;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.SavedResult;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.shared.web.ReturnPaths;
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
    private final ShownStamps stamps;

    KeepPages(SelfCheckResults results, PrivacyService privacy, SelfCheckFlow flow, ShownStamps stamps) {
        this.results = results;
        this.privacy = privacy;
        this.flow = flow;
        this.stamps = stamps;
    }

    /** From the result page: keep it now, or show what is needed first. */
    @PostMapping("/self-check/keep")
    String keep(
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model,
            HttpServletResponse response) {
        var answers = flow.answersIn(form);
        if (me != null && privacy.hasConsent(me.accountId(), ConsentKind.HEALTH_DATA)) {
            return keepNow(me.accountId(), form, answers, response);
        }
        keepPage(model, answers, form, me != null, false).addAttribute("form", KeepForm.empty());
        return "selfcheck/keep";
    }

    /** Signed in without consent: the box on this page gives it, then the result is kept. */
    @PostMapping("/self-check/keep/confirm")
    String confirm(
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute("form") KeepForm keep,
            Model model,
            HttpServletResponse response) {
        var answers = flow.answersIn(form);
        if (!keep.consents()) {
            return again(model, response, answers, form, true, true);
        }
        privacy.decide(me.accountId(), java.util.Map.of(ConsentKind.HEALTH_DATA, true));
        return keepNow(me.accountId(), form, answers, response);
    }

    /**
     * Keeps the result with the time it was shown, as the stamp the server sealed says (never a time the form
     * states; without a valid stamp the time is not known, and the result never counts as a passed screen).
     */
    private String keepNow(
            AccountId who,
            MultiValueMap<String, String> form,
            java.util.Map<String, Object> answers,
            HttpServletResponse response) {
        try {
            var kept = results.keep(who, answers, stamps.shownAt(form, answers));
            return "redirect:" + afterKeeping(kept, form);
        } catch (InvalidAnswers | ConsentNeeded unusable) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        } catch (AddressNotVerified notYet) {
            return verifyFirst(response);
        }
    }

    /**
     * Where a kept result leads: back to the page that sent the person to the self-check (a routine's gate) only
     * after a passed screen; a red flag or any other outcome never forwards, and their kept results show it.
     */
    private static String afterKeeping(SavedResult kept, MultiValueMap<String, String> form) {
        var back = ReturnPaths.local(form.getFirst(ReturnPaths.FIELD));
        return kept.outcome() == Outcome.SELF_CARE && back != null ? back : "/self-check/history?kept";
    }

    /** Signed in, but the address is not confirmed: nothing is kept, and the page says why and what to do. */
    private static String verifyFirst(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "selfcheck/verify-first";
    }

    /** Not signed in: create an account, give consent and keep the result, all from one form. */
    @PostMapping("/self-check/keep/sign-up")
    String signUp(
            @RequestParam MultiValueMap<String, String> form,
            @Valid @ModelAttribute("form") KeepForm keep,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var answers = flow.answersIn(form);
        if (!keep.consents()) {
            errors.rejectValue("healthData", "selfcheck.keep.consent.required");
        }
        if (!errors.hasErrors() && signedUp(keep, answers, errors)) {
            return "redirect:/sign-up/check-email?result-not-kept";
        }
        return again(model, response, answers, form, false, false);
    }

    private boolean signedUp(KeepForm keep, java.util.Map<String, Object> answers, BindingResult errors) {
        try {
            results.keepBySigningUp(new RegisterAccount(keep.email(), keep.password()), answers);
            return true;
        } catch (InvalidCredentials invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
            return false;
        } catch (InvalidAnswers incomplete) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * Not signed in, with an account: the answers (and the stamp of when they were shown) wait in the session while
     * the person signs in (two-step sign-in included), and {@link #resume} keeps the result afterwards.
     */
    @PostMapping("/self-check/keep/sign-in")
    String signIn(@RequestParam MultiValueMap<String, String> form, HttpSession session) {
        var answers = flow.answersIn(form);
        if (answers.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        AnswersToKeep.hold(session, answers, form.getFirst(ShownStamps.FIELD));
        return "redirect:/self-check/keep/resume";
    }

    /** Signed in now: keeps the result held in the session, asking for consent first if it is missing. */
    @GetMapping("/self-check/keep/resume")
    String resume(
            @AuthenticationPrincipal SignedInAccount me,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        var held = AnswersToKeep.take(session);
        if (held == null) {
            return "redirect:/self-check/history";
        }
        return keep(held, me, model, response);
    }

    @GetMapping("/self-check/history")
    String history(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam java.util.Map<String, String> flags,
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

    private static String again(
            Model model,
            HttpServletResponse response,
            java.util.Map<String, Object> answers,
            MultiValueMap<String, String> form,
            boolean signedIn,
            boolean consentMissing) {
        response.setStatus(422);
        keepPage(model, answers, form, signedIn, consentMissing);
        return "selfcheck/keep";
    }

    /** The keep page's answers and stamp, carried on in its forms as they came. */
    private static Model keepPage(
            Model model,
            java.util.Map<String, Object> answers,
            MultiValueMap<String, String> form,
            boolean signedIn,
            boolean consentMissing) {
        return model.addAttribute("answers", SelfCheckFlow.entries(answers))
                .addAttribute(ShownStamps.FIELD, form.getFirst(ShownStamps.FIELD))
                .addAttribute("signedIn", signedIn)
                .addAttribute("consentMissing", consentMissing);
    }
}
