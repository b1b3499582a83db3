package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.account.Passwords;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
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
    String forgotten(@RequestParam(name = "sent", required = false) @org.jspecify.annotations.Nullable String sent, Model model) {
        model.addAttribute("form", new ForgottenPasswordForm("")).addAttribute("sent", sent != null)
                .addAttribute("wait", false);
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgotten(@Valid @ModelAttribute("form") ForgottenPasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("sent", false).addAttribute("wait", false);
            return "identity/forgot-password";
        }
        if (!throttle.allows(RESET, form.email(), request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("sent", false).addAttribute("wait", true);
            return "identity/forgot-password";
        }
        throttle.count(RESET, form.email(), request.getRemoteAddr());
        requests.request(form.email());
        return "redirect:/forgot-password?sent";
    }

    @GetMapping("/reset-password")
    String reset(@RequestParam(name = "token", defaultValue = "") String token, Model model,
            HttpServletResponse response) {
        try {
            passwords.checkResetLink(token);
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        }
        model.addAttribute("form", new NewPasswordForm(token, ""));
        return "identity/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                passwords.resetPassword(form.token(), form.password());
                return "redirect:/sign-in?reset";
            } catch (InvalidToken unusable) {
                return unusable(model, response);
            } catch (InvalidCredentials invalid) {
                errors.rejectValue("password", invalid.messageKey());
            }
        }
        response.setStatus(422);
        return "identity/reset-password";
    }

    private static String unusable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("signedIn", false).addAttribute("resetLink", true);
        return "identity/link-unusable";
    }
}
