package org.glutecoach.selfcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.web.Htmx;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The self-check pages: one section per step, then the result. htmx swaps the panel; plain forms work too. */
@Controller
@RequestMapping("/self-check")
class SelfCheckPages {

    private final SelfCheckFlow flow;
    private final SelfCheckService selfCheck;
    private final PrivacyService privacy;

    SelfCheckPages(SelfCheckFlow flow, SelfCheckService selfCheck, PrivacyService privacy) {
        this.flow = flow;
        this.selfCheck = selfCheck;
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
    String step(
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var page = flow.advance(form, me == null ? null : me.accountId().value());
        response.setStatus(page.status());
        model.addAttribute("page", page)
                .addAttribute("keep", keeping(me))
                .addAttribute("urgentAdvice", page.urgentAdvice());
        return Htmx.view(request, page.template(), "panel");
    }

    /**
     * A step posted after the session lapsed, forwarded here by the form-token check ({@code StaleFormPaths}): the
     * advice its red-flag answers call for, or the first step again. Nothing is recorded.
     */
    @PostMapping("/timed-out")
    String timedOut(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request) {
        var page = flow.afterLapse(form);
        model.addAttribute("page", page).addAttribute("urgentAdvice", page.urgentAdvice());
        return Htmx.view(request, page.template(), "panel");
    }

    /**
     * The browser's ping (HTML's {@code ping} attribute) when the call button of a red-flag screen is tapped. It
     * carries no CSRF token and needs no script; the call itself never waits for it.
     */
    @PostMapping("/red-flag-events/{eventId}/call-tapped")
    ResponseEntity<Void> callTapped(@PathVariable UUID eventId, @AuthenticationPrincipal @Nullable SignedInAccount me) {
        selfCheck.recordCallTapped(eventId, me == null ? null : me.accountId().value());
        return ResponseEntity.noContent().build();
    }
}
