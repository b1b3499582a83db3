package org.glutecoach.practice.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.practice.staff.StaffService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** A therapist's invitation link: choose a name and password, then sign in (and set up two-step sign-in). */
@Controller
class InvitationPages {

    private static final String PAGE = "practice/staff/invitation";

    private final StaffService staff;

    InvitationPages(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping("/invite/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute("email", staff.checkInvitation(token)).addAttribute("token", token);
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
        model.addAttribute("email", staff.checkInvitation(token)).addAttribute("token", token);
        if (!errors.hasErrors() && accepted(token, form, errors)) {
            return "redirect:/sign-in?joined";
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

    /** A link that no longer works (checked, or used up meanwhile): the same page as any other such link. */
    @ExceptionHandler(InvalidToken.class)
    ModelAndView unusable() {
        return new ModelAndView(
                "identity/link-unusable", Map.of("signedIn", false, "resetLink", false), HttpStatus.BAD_REQUEST);
    }
}
