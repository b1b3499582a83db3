package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.shared.RateLimits;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in (Spring Security checks the form; this shows the page) and sign-up. */
@Controller
class SignInPages {

    private static final String WAIT = "identity.sign-up.wait";

    private final IdentityService identity;
    private final RateLimits limits;

    SignInPages(IdentityService identity, RateLimits limits) {
        this.identity = identity;
        this.limits = limits;
    }

    /** Each query flag (?error, ?wait, ?verified, ?reset) shows one notice. */
    @GetMapping("/sign-in")
    String signIn(@RequestParam java.util.Map<String, String> flags, Model model) {
        model.addAttribute("failed", flags.containsKey("error"))
                .addAttribute("wait", flags.containsKey("wait"))
                .addAttribute("verified", flags.containsKey("verified"))
                .addAttribute("reset", flags.containsKey("reset"))
                .addAttribute("owner", flags.containsKey("owner"))
                .addAttribute("joined", flags.containsKey("joined"));
        return "identity/sign-in";
    }

    @GetMapping("/sign-up")
    String signUp(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return "identity/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(
            @Valid @ModelAttribute("form") SignUpForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasErrors() && signedUp(form, errors, request.getRemoteAddr())) {
            return "redirect:/sign-up/check-email";
        }
        var email = errors.getFieldError("email");
        response.setStatus(email != null && WAIT.equals(email.getCode()) ? 429 : 422);
        return "identity/sign-up";
    }

    /** Signs up, or puts the reason on the form: too many sign-ups from this IP, or an address or password refused. */
    private boolean signedUp(SignUpForm form, BindingResult errors, String ip) {
        if (!limits.takeSignUp("sign-up", ip)) {
            errors.rejectValue("email", WAIT);
            return false;
        }
        try {
            identity.signUp(new RegisterAccount(form.email(), form.password()));
            return true;
        } catch (InvalidCredentials invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
            return false;
        } catch (DuplicateKeyException sameAddressAtTheSameMoment) {
            // Another sign-up of this address won by a moment and sent its mail: answer as for a taken address.
            return true;
        }
    }

    @GetMapping("/sign-up/check-email")
    String checkEmail() {
        return "identity/check-email";
    }
}
