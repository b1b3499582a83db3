package org.glutecoach.practice.web;

import org.glutecoach.audit.AuditLog;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.mail.MailOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The practice owner's view of the installation: waiting mail and the audit log (owner-only by the security
 * rules, see {@link PracticeWebConfiguration}).
 */
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
    String mail(Model model) {
        model.addAttribute("mail", mail.status());
        return "practice/mail";
    }

    /** The whole log, a page at a time, filtered by person and by kind of line; accounts shown by name. */
    @GetMapping("/practice/audit")
    String audit(@CurrentAccount AccountView me, AuditFilter filter, Model model) {
        var query = filter.query(identity);
        model.addAttribute("filter", filter)
                .addAttribute("actions", audit.actions())
                .addAttribute("unknownPerson", query == null)
                .addAttribute("log", query == null ? null : audit.search(query))
                .addAttribute("zone", me.timeZone());
        return "practice/audit";
    }
}
