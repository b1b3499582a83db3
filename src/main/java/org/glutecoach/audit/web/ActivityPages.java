package org.glutecoach.audit.web;

import org.glutecoach.audit.AuditLog;
import org.glutecoach.identity.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Recent activity": the signed-in person's own lines of the audit log. */
@Controller
class ActivityPages {

    private static final int LINES = 100;

    private final AuditLog audit;

    ActivityPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/account/activity")
    String activity(@AuthenticationPrincipal SignedInAccount me, Model model) {
        // Lines about the person that someone else wrote (a therapist looking at their results) read in their words.
        model.addAttribute("entries", audit.forPerson(me.accountId(), LINES))
                .addAttribute("me", me.accountId().value());
        return "audit/activity";
    }
}
