package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A therapist's invitation link: choose a name and password, then sign in (and set up two-step sign-in). */
@Controller
class InvitationPages {

    private final IdentityService identity;

    InvitationPages(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/invite/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("email", identity.checkInvitation(token));
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        }
        model.addAttribute("form", new InvitationForm("", "")).addAttribute("token", token);
        return "identity/invitation";
    }

    @PostMapping("/invite/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("email", identity.checkInvitation(token)).addAttribute("token", token);
            if (!errors.hasErrors()) {
                identity.acceptInvitation(token, form.password(), form.displayName());
                return "redirect:/sign-in?joined";
            }
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        } catch (InvalidCredentials invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
        }
        response.setStatus(422);
        return "identity/invitation";
    }

    private static String unusable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("signedIn", false).addAttribute("resetLink", false);
        return "identity/link-unusable";
    }
}
