package org.glutecoach.practice.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.practice.staff.StaffService;
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

    private static final String PAGE = "practice/staff/invitation";

    private final StaffService staff;

    InvitationPages(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping("/invite/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("email", staff.checkInvitation(token)).addAttribute("token", token);
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        }
        model.addAttribute("form", new InvitationForm("", ""));
        return PAGE;
    }

    @PostMapping("/invite/{token}")
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("email", staff.checkInvitation(token)).addAttribute("token", token);
            if (!errors.hasErrors() && accepted(token, form, errors)) {
                return "redirect:/sign-in?joined";
            }
        } catch (InvalidToken unusable) {
            return unusable(model, response);
        }
        response.setStatus(422);
        return PAGE;
    }

    private boolean accepted(String token, InvitationForm form, BindingResult errors) {
        try {
            staff.acceptInvitation(token, form.password(), form.displayName());
            return true;
        } catch (InvalidCredentials invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
            return false;
        }
    }

    /** The same page as any other link that no longer works. */
    private static String unusable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("signedIn", false).addAttribute("resetLink", false);
        return "identity/link-unusable";
    }
}
