package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.RegisterAccount;
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

    private final IdentityService identity;

    SignInPages(IdentityService identity) {
        this.identity = identity;
    }

    /** Each query flag (?error, ?wait, ?verified, ?reset) shows one notice. */
    @GetMapping("/sign-in")
    String signIn(@RequestParam java.util.Map<String, String> flags, Model model) {
        model.addAttribute("failed", flags.containsKey("error")).addAttribute("wait", flags.containsKey("wait"))
                .addAttribute("verified", flags.containsKey("verified"))
                .addAttribute("reset", flags.containsKey("reset")).addAttribute("owner", flags.containsKey("owner"))
                .addAttribute("joined", flags.containsKey("joined"));
        return "identity/sign-in";
    }

    @GetMapping("/sign-up")
    String signUp(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return "identity/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                identity.signUp(new RegisterAccount(form.email(), form.password()));
                return "redirect:/sign-up/check-email";
            } catch (InvalidCredentials invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        response.setStatus(422);
        return "identity/sign-up";
    }

    @GetMapping("/sign-up/check-email")
    String checkEmail() {
        return "identity/check-email";
    }
}
