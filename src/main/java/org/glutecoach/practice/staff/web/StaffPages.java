package org.glutecoach.practice.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.practice.staff.StaffService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner's list of therapists and open invitations (owner-only by the security rules on /practice/**). */
@Controller
class StaffPages {

    private static final String PAGE = "practice/staff/therapists";

    private final StaffService staff;

    StaffPages(StaffService staff) {
        this.staff = staff;
    }

    /** Each query flag (?invited, ?resent, ?withdrawn, ?gone) shows one notice. */
    @GetMapping("/practice/therapists")
    String therapists(@CurrentAccount AccountView me, @RequestParam Map<String, String> flags, Model model) {
        model.addAttribute("form", new InviteForm(""));
        return therapistsPage(me, model, flags);
    }

    @PostMapping("/practice/invitations/{invitationId}/resend")
    String resend(@CurrentAccount AccountView me, @PathVariable UUID invitationId) {
        var resent = staff.resendInvitation(me.id(), invitationId);
        return resent ? "redirect:/practice/therapists?resent" : "redirect:/practice/therapists?gone";
    }

    @PostMapping("/practice/invitations/{invitationId}/withdraw")
    String withdraw(@CurrentAccount AccountView me, @PathVariable UUID invitationId) {
        var withdrawn = staff.withdrawInvitation(me.id(), invitationId);
        return withdrawn ? "redirect:/practice/therapists?withdrawn" : "redirect:/practice/therapists?gone";
    }

    @PostMapping("/practice/therapists")
    String invite(
            @CurrentAccount AccountView me,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors() && invited(me, form, errors)) {
            return "redirect:/practice/therapists?invited";
        }
        response.setStatus(422);
        return therapistsPage(me, model, Map.of());
    }

    private boolean invited(AccountView me, InviteForm form, BindingResult errors) {
        try {
            staff.inviteTherapist(me.id(), form.email());
            return true;
        } catch (InvalidCredentials invalid) {
            errors.rejectValue("email", invalid.messageKey());
            return false;
        }
    }

    private String therapistsPage(AccountView me, Model model, Map<String, String> flags) {
        model.addAttribute("therapists", staff.therapists())
                .addAttribute("zone", me.timeZone())
                .addAttribute("invitations", staff.openInvitations())
                .addAttribute(
                        "notice",
                        Stream.of("invited", "resent", "withdrawn", "gone")
                                .filter(flags::containsKey)
                                .findFirst()
                                .orElse(null));
        return PAGE;
    }
}
