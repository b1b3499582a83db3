package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.EmailAlreadyRegistered;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.RegisterAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in (handled by Spring Security; this only shows the page) and sign-up. */
@Controller
class SignInPages {

    private final IdentityService identity;

    SignInPages(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "error", required = false) @Nullable String error,
            @RequestParam(name = "registered", required = false) @Nullable String registered, Model model) {
        model.addAttribute("failed", error != null).addAttribute("registered", registered != null);
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
                identity.register(new RegisterAccount(form.email(), form.password()));
                return "redirect:/sign-in?registered";
            } catch (EmailAlreadyRegistered taken) {
                errors.rejectValue("email", "identity.sign-up.email.refused");
            } catch (InvalidCredentials invalid) {
                errors.rejectValue(invalid.field(), "identity.sign-up." + invalid.field() + ".invalid");
            }
        }
        response.setStatus(422);
        return "identity/sign-up";
    }
}
