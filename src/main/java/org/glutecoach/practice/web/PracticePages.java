package org.glutecoach.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.practice.InvalidPracticeDetails;
import org.glutecoach.practice.PracticeService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practice's pages for its staff: a starting page, and the contact details the owner keeps up to date (who may
 * see which is set once, in {@link PracticeWebConfiguration}).
 */
@Controller
class PracticePages {

    private final PracticeService practice;

    PracticePages(PracticeService practice) {
        this.practice = practice;
    }

    @GetMapping("/practice")
    String home(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("owner", me.isPracticeOwner()).addAttribute("contact", practice.contact());
        return "practice/home";
    }

    @GetMapping("/practice/details")
    String details(@RequestParam Map<String, String> flags, Model model) {
        model.addAttribute("form", PracticeDetailsForm.of(practice.contact()))
                .addAttribute("saved", flags.containsKey("saved"));
        return "practice/details";
    }

    @PostMapping("/practice/details")
    String details(
            @AuthenticationPrincipal SignedInAccount me,
            @Valid @ModelAttribute("form") PracticeDetailsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors() && changed(me, form, errors)) {
            return "redirect:/practice/details?saved";
        }
        response.setStatus(422);
        model.addAttribute("saved", false);
        return "practice/details";
    }

    private boolean changed(SignedInAccount me, PracticeDetailsForm form, BindingResult errors) {
        try {
            practice.changeContact(me.accountId(), form.change());
            return true;
        } catch (InvalidPracticeDetails invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
            return false;
        }
    }
}
