package org.glutecoach.practice.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.EmailAlreadyRegistered;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.practice.staff.StaffService;
import org.glutecoach.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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

/**
 * The practice owner's first step. A fresh installation has no therapist: at start it prints a one-time link to
 * the log, and only that link opens the page that creates the owner's account. It stops working once there is
 * an owner.
 */
@Controller
class OwnerSetUpPages {

    private static final Logger log = LoggerFactory.getLogger(OwnerSetUpPages.class);
    private static final String PAGE = "practice/staff/setup";

    private final StaffService staff;
    private final PublicAddress address;

    OwnerSetUpPages(StaffService staff, PublicAddress address) {
        this.staff = staff;
        this.address = address;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceSetUpLink() {
        staff.issueOwnerSetUpLink()
                .ifPresent(secret -> log.warn(
                        "This practice has no owner yet. To create the owner's account, open this one-time link: {}",
                        address.link("/setup/" + secret)));
    }

    @GetMapping("/setup/{token}")
    String setUp(@PathVariable String token, Model model) {
        staff.checkOwnerSetUpLink(token);
        model.addAttribute("form", OwnerSetUpForm.empty()).addAttribute("token", token);
        return PAGE;
    }

    @PostMapping("/setup/{token}")
    String setUp(
            @PathVariable String token,
            @Valid @ModelAttribute("form") OwnerSetUpForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        if (!errors.hasErrors() && setUp(token, form, errors)) {
            return "redirect:/sign-in?owner";
        }
        response.setStatus(422);
        return PAGE;
    }

    private boolean setUp(String token, OwnerSetUpForm form, BindingResult errors) {
        try {
            staff.setUpOwner(token, form.command(), form.displayName());
            return true;
        } catch (EmailAlreadyRegistered taken) {
            errors.rejectValue("email", "practice.staff.setup.email.taken");
        } catch (InvalidCredentials invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
        }
        return false;
    }

    /** A used, unknown or out-of-date link, or an owner already set up: the page is closed. */
    @ExceptionHandler(InvalidToken.class)
    ModelAndView closed() {
        return new ModelAndView("practice/staff/setup-closed", HttpStatus.NOT_FOUND);
    }
}
