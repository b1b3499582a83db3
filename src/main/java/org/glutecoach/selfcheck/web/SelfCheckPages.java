package org.glutecoach.selfcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.web.Htmx;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The self-check pages: one section per step, then the result. htmx swaps the panel; plain forms work too. */
@Controller
@RequestMapping("/self-check")
class SelfCheckPages {

    private final SelfCheckFlow flow;
    private final PrivacyService privacy;

    SelfCheckPages(SelfCheckFlow flow, PrivacyService privacy) {
        this.flow = flow;
        this.privacy = privacy;
    }

    /** How the result page offers to keep the result: sign up, give consent first, or just keep it. */
    private String keeping(@Nullable SignedInAccount me) {
        if (me == null) {
            return "SIGN_UP";
        }
        return privacy.hasConsent(me.accountId(), ConsentKind.HEALTH_DATA) ? "KEEP" : "CONSENT";
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("page", flow.start());
        return "selfcheck/step";
    }

    @PostMapping
    String step(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        var page = flow.advance(form);
        response.setStatus(page.status());
        model.addAttribute("page", page).addAttribute("keep", keeping(me));
        return Htmx.view(request, page.template(), "panel");
    }
}
