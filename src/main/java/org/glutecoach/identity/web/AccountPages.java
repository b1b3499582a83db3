package org.glutecoach.identity.web;

import java.time.ZoneId;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.shared.web.Htmx;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's own account page. */
@Controller
class AccountPages {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    private final IdentityService identity;

    AccountPages(IdentityService identity) {
        this.identity = identity;
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return TIME_ZONES;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "saved", required = false) @Nullable String saved, Model model) {
        var account = identity.findAccount(me.accountId()).orElseThrow();
        model.addAttribute("account", account).addAttribute("form", PreferencesForm.of(account))
                .addAttribute("saved", saved != null);
        return "identity/account";
    }

    @PostMapping("/account/preferences")
    String changePreferences(@AuthenticationPrincipal SignedInAccount me,
            @Valid @ModelAttribute("form") PreferencesForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("account", identity.findAccount(me.accountId()).orElseThrow())
                    .addAttribute("saved", false);
            return Htmx.view(request, "identity/account", "preferences");
        }
        identity.changePreferences(me.accountId(), form.command());
        return Htmx.isRequest(request) ? savedFragment(me, model) : "redirect:/account?saved";
    }

    private String savedFragment(SignedInAccount me, Model model) {
        var account = identity.findAccount(me.accountId()).orElseThrow();
        model.addAttribute("account", account).addAttribute("form", PreferencesForm.of(account))
                .addAttribute("saved", true);
        return "identity/account :: preferences";
    }
}
