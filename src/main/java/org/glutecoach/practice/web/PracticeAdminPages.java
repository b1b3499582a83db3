package org.glutecoach.practice.web;

import org.glutecoach.audit.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.mail.MailOutbox;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The practice owner's view of the installation: therapists and invitations, waiting mail, the audit log. */
@Controller
class PracticeAdminPages {

    private static final int AUDIT_LINES = 200;

    private final MailOutbox mail;
    private final AuditLog audit;
    private final IdentityService identity;

    PracticeAdminPages(MailOutbox mail, AuditLog audit, IdentityService identity) {
        this.mail = mail;
        this.audit = audit;
        this.identity = identity;
    }

    @GetMapping("/practice/mail")
    String mail(@AuthenticationPrincipal SignedInAccount me, Model model) {
        ownerOnly(me);
        model.addAttribute("mail", mail.status());
        return "practice/mail";
    }

    @GetMapping("/practice/audit")
    String audit(@AuthenticationPrincipal SignedInAccount me, Model model) {
        ownerOnly(me);
        model.addAttribute("entries", audit.latest(AUDIT_LINES));
        return "practice/audit";
    }

    @GetMapping("/practice/therapists")
    String therapists(@AuthenticationPrincipal SignedInAccount me,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> flags, Model model) {
        ownerOnly(me);
        model.addAttribute("therapists", identity.therapists()).addAttribute("form", new InviteForm(""))
                .addAttribute("invited", flags.containsKey("invited"));
        return "practice/therapists";
    }

    @PostMapping("/practice/therapists")
    String invite(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute("form") InviteForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        ownerOnly(me);
        if (!errors.hasErrors()) {
            try {
                var owner = identity.findAccount(me.accountId()).orElseThrow();
                identity.inviteTherapist(me.accountId(), form.email(), owner.displayName());
                return "redirect:/practice/therapists?invited";
            } catch (InvalidCredentials invalid) {
                errors.rejectValue("email", invalid.messageKey());
            }
        }
        response.setStatus(422);
        model.addAttribute("therapists", identity.therapists()).addAttribute("invited", false);
        return "practice/therapists";
    }

    private static void ownerOnly(SignedInAccount me) {
        if (!me.isPracticeOwner()) {
            throw new AccessDeniedException("Only the practice owner");
        }
    }
}
