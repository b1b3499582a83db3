package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.identity.account.Passwords;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.identity.account.SignInSessions;
import org.glutecoach.shared.web.Htmx;
import org.glutecoach.shared.web.TimeZoneChoices;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account page: settings, address, password and where they are signed in. */
@Controller
class AccountPages {

    /** Query flags after a change, each naming the notice to show. */
    private static final List<String> NOTICES = List.of(
            "saved",
            "verification-sent",
            "email-sent",
            "password-changed",
            "signed-out-elsewhere",
            "token-revoked",
            "two-step-off");

    private static final String PREFERENCES = "identity/account :: preferences";

    private final Registrations registrations;
    private final Passwords passwords;
    private final SignInSessions sessions;
    private final ApiTokens tokens;

    AccountPages(Registrations registrations, Passwords passwords, SignInSessions sessions, ApiTokens tokens) {
        this.registrations = registrations;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @ModelAttribute("timeZones")
    TimeZoneChoices timeZones() {
        return TimeZoneChoices.offered();
    }

    @GetMapping("/account")
    String account(
            @CurrentAccount AccountView me, @RequestParam Map<String, String> flags, Model model, HttpSession session) {
        model.addAttribute("form", PreferencesForm.of(me))
                .addAttribute(
                        "notice",
                        NOTICES.stream().filter(flags::containsKey).findFirst().orElse(null));
        return page(me, model, session);
    }

    @PostMapping("/account/preferences")
    String changePreferences(
            @CurrentAccount AccountView me,
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return Htmx.isRequest(request) ? withAccount(me, model, PREFERENCES) : page(me, model, session);
        }
        var changed = registrations.changePreferences(me.id(), form.command());
        if (!Htmx.isRequest(request)) {
            return "redirect:/account?saved";
        }
        model.addAttribute("form", PreferencesForm.of(changed)).addAttribute("saved", true);
        return withAccount(changed, model, PREFERENCES);
    }

    @PostMapping("/account/email")
    String changeEmail(
            @CurrentAccount AccountView me,
            @Valid @ModelAttribute("emailForm") ChangeEmailForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            HttpSession session) {
        if (!errors.hasErrors() && emailChangeRequested(me, form, errors)) {
            return "redirect:/account?email-sent";
        }
        response.setStatus(422);
        return page(me, model, session);
    }

    private boolean emailChangeRequested(AccountView me, ChangeEmailForm form, BindingResult errors) {
        try {
            registrations.requestEmailChange(me.id(), form.password(), form.newEmail());
            return true;
        } catch (WrongPassword wrong) {
            errors.rejectValue("password", "identity.account.current-password.wrong");
        } catch (InvalidCredentials invalid) {
            errors.rejectValue("newEmail", invalid.messageKey());
        }
        return false;
    }

    @PostMapping("/account/password")
    String changePassword(
            @CurrentAccount AccountView me,
            @Valid @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            HttpSession session) {
        if (!errors.hasErrors() && passwordChanged(me, form, errors, session)) {
            return "redirect:/account?password-changed";
        }
        response.setStatus(422);
        return page(me, model, session);
    }

    private boolean passwordChanged(
            AccountView me, ChangePasswordForm form, BindingResult errors, HttpSession session) {
        try {
            passwords.changePassword(
                    me.id(), form.currentPassword(), form.newPassword(), session.getId(), form.keepTokens());
            return true;
        } catch (WrongPassword wrong) {
            errors.rejectValue("currentPassword", "identity.account.current-password.wrong");
        } catch (InvalidCredentials invalid) {
            errors.rejectValue("newPassword", invalid.messageKey());
        }
        return false;
    }

    @PostMapping("/account/sessions/end-others")
    String signOutElsewhere(@AuthenticationPrincipal SignedInAccount me, HttpSession session) {
        sessions.signOutEverywhereElse(me.accountId(), session.getId());
        return "redirect:/account?signed-out-elsewhere";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @CurrentAccount AccountView me,
            @Valid @ModelAttribute("tokenForm") AccessTokenForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            HttpSession session,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(422);
            return page(me, model, session);
        }
        var created = tokens.createAccessToken(me.id(), form.name(), form.scope());
        // Shown once, on the next page only (a flash attribute, kept in the database session), then never again.
        redirect.addFlashAttribute("newToken", CreatedToken.of(created));
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
        if (!tokens.revokeAccessToken(me.accountId(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account?token-revoked";
    }

    /** The whole page, keeping whichever form the request bound (with its errors) and filling the others. */
    private String page(AccountView me, Model model, HttpSession session) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PreferencesForm.of(me));
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", ChangeEmailForm.empty());
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", ChangePasswordForm.empty());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", AccessTokenForm.empty());
        }
        model.addAttribute("tokens", tokens.accessTokens(me.id()));
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", (Object) null);
        }
        model.addAttribute("sessions", sessions.sessions(me.id(), session.getId()));
        return withAccount(me, model, "identity/account");
    }

    private String withAccount(AccountView me, Model model, String view) {
        model.addAttribute("account", me);
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", false);
        }
        return view;
    }
}
