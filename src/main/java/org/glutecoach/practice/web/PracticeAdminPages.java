package org.glutecoach.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jakarta.validation.Valid;
import org.glutecoach.audit.AuditLog;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practice owner's view of the installation: therapists and invitations, waiting mail, the audit log. */
@Controller
class PracticeAdminPages {

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

    /** The whole log, a page at a time, filtered by person and by kind of line; accounts shown by name. */
    @GetMapping("/practice/audit")
    String audit(@AuthenticationPrincipal SignedInAccount me, AuditFilter filter, Model model) {
        ownerOnly(me);
        var query = filter.query(identity);
        model.addAttribute("filter", filter).addAttribute("actions", audit.actions())
                .addAttribute("unknownPerson", query == null)
                .addAttribute("log", query == null ? null : audit.search(query))
                .addAttribute("zone", identity.findAccount(me.accountId()).orElseThrow().timeZone());
        return "practice/audit";
    }

    /** Each query flag (?invited, ?resent, ?withdrawn, ?gone) shows one notice. */
    @GetMapping("/practice/therapists")
    String therapists(@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> flags,
            Model model) {
        ownerOnly(me);
        model.addAttribute("form", new InviteForm(""));
        return therapistsPage(me, model, flags);
    }

    @PostMapping("/practice/invitations/{invitationId}/resend")
    String resend(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID invitationId) {
        ownerOnly(me);
        var owner = identity.findAccount(me.accountId()).orElseThrow();
        var resent = identity.resendInvitation(me.accountId(), invitationId, owner.displayName());
        return resent ? "redirect:/practice/therapists?resent" : "redirect:/practice/therapists?gone";
    }

    @PostMapping("/practice/invitations/{invitationId}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID invitationId) {
        ownerOnly(me);
        var withdrawn = identity.withdrawInvitation(me.accountId(), invitationId);
        return withdrawn ? "redirect:/practice/therapists?withdrawn" : "redirect:/practice/therapists?gone";
    }

    private String therapistsPage(SignedInAccount me, Model model, Map<String, String> flags) {
        model.addAttribute("therapists", identity.therapists())
                .addAttribute("zone", identity.findAccount(me.accountId()).orElseThrow().timeZone())
                .addAttribute("invitations", identity.openInvitations())
                .addAttribute("notice", Stream.of("invited", "resent", "withdrawn", "gone")
                        .filter(flags::containsKey).findFirst().orElse(null));
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
        return therapistsPage(me, model, Map.of());
    }

    static void ownerOnly(SignedInAccount me) {
        if (!me.isPracticeOwner()) {
            throw new AccessDeniedException("Only the practice owner");
        }
    }
}
