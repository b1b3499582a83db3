package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.account.Passwords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgotten your password?": the request page always answers the same, and the link in the mail works once,
 * for an hour.
 */
@Controller
class PasswordResetPages {

    private static final String RESET = "reset";

    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final PasswordResetRequests requests;

    PasswordResetPages(Passwords passwords, SignInThrottle throttle, PasswordResetRequests requests) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.requests = requests;
    }

    @GetMapping("/forgot-password")
    String forgotten(
            @RequestParam(name = "sent", required = false) @org.jspecify.annotations.Nullable String sent,
            Model model) {
        model.addAttribute("form", new ForgottenPasswordForm(""))
                .addAttribute("sent", sent != null)
                .addAttribute("wait", false);
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgotten(
            @Valid @ModelAttribute("form") ForgottenPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return forgottenAgain(model, response, 422);
        }
        if (!throttle.allows(RESET, form.email(), request.getRemoteAddr())) {
            return forgottenAgain(model, response, 429);
        }
        throttle.count(RESET, form.email(), request.getRemoteAddr());
        requests.request(form.email());
        return "redirect:/forgot-password?sent";
    }

    /** The form again: with its errors (422), or with the note to wait (429). */
    private static String forgottenAgain(Model model, HttpServletResponse response, int status) {
        response.setStatus(status);
        model.addAttribute("sent", false).addAttribute("wait", status == 429);
        return "identity/forgot-password";
    }

    @GetMapping("/reset-password")
    String reset(
            @RequestParam(name = "token", defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            passwords.checkResetLink(token);
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        }
        model.addAttribute("form", new NewPasswordForm(token, ""));
        return "identity/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            if (!errors.hasErrors() && reset(form, errors)) {
                return "redirect:/sign-in?reset";
            }
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        }
        response.setStatus(422);
        return "identity/reset-password";
    }

    /** @throws InvalidToken if the link no longer works */
    private boolean reset(NewPasswordForm form, BindingResult errors) {
        try {
            passwords.resetPassword(form.token(), form.password());
            return true;
        } catch (InvalidCredentials invalid) {
            errors.rejectValue("password", invalid.messageKey());
            return false;
        }
    }

    private static String unusable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("signedIn", false).addAttribute("resetLink", true);
        return "identity/link-unusable";
    }
}
