package org.glutecoach.dashboard.web;

import java.util.Map;
import org.glutecoach.course.CourseService;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.Role;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.tracker.TrackerService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where everyone lands after signing in. A verified person (not a therapist) who has never decided on consent is
 * asked first.
 */
@Controller
class DashboardPages {

    private final PrivacyService privacy;
    private final MailOutbox mail;
    private final CourseService course;
    private final TrackerService tracker;

    DashboardPages(PrivacyService privacy, MailOutbox mail, CourseService course, TrackerService tracker) {
        this.privacy = privacy;
        this.mail = mail;
        this.course = course;
        this.tracker = tracker;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @AuthenticationPrincipal SignedInAccount me,
            @CurrentAccount AccountView account,
            @RequestParam Map<String, String> flags,
            Model model) {
        if (account.role() == Role.PERSON
                && account.emailVerified()
                && !privacy.hasDecidedOnHealthData(me.accountId())) {
            return "redirect:/consent";
        }
        show(account, me, flags, model);
        return "dashboard/dashboard";
    }

    private void show(AccountView account, SignedInAccount me, Map<String, String> flags, Model model) {
        var person = account.role() == Role.PERSON;
        // Staff are never asked about keeping health answers, so their page says nothing about that choice.
        model.addAttribute("account", account)
                .addAttribute("staff", !person)
                .addAttribute("healthData", privacy.hasConsent(me.accountId(), ConsentKind.HEALTH_DATA))
                .addAttribute("consentSaved", flags.containsKey("consent-saved"))
                .addAttribute(
                        "course", person ? course.forAccount(me.accountId()).orElse(null) : null)
                .addAttribute("tracker", person ? tracker.day(me.accountId(), null) : null)
                .addAttribute("mail", me.isPracticeOwner() ? mail.status() : null);
    }
}
