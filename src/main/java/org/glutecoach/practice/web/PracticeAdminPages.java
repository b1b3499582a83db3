package org.glutecoach.practice.web;

import org.glutecoach.audit.AuditLog;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.mail.MailOutbox;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The practice owner's view of the installation: mail waiting to go out, and the audit log. */
@Controller
class PracticeAdminPages {

    private static final int AUDIT_LINES = 200;

    private final MailOutbox mail;
    private final AuditLog audit;

    PracticeAdminPages(MailOutbox mail, AuditLog audit) {
        this.mail = mail;
        this.audit = audit;
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

    private static void ownerOnly(SignedInAccount me) {
        if (!me.isPracticeOwner()) {
            throw new AccessDeniedException("Only the practice owner");
        }
    }
}
