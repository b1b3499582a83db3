package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.EmailAlreadyRegistered;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.account.Registrations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Following a verification link, and asking for a new one. */
@Controller
class EmailPages {

    private final Registrations registrations;

    EmailPages(Registrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/verify-email")
    String verify(
            @RequestParam(name = "token", defaultValue = "") String token,
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model,
            HttpServletResponse response) {
        try {
            var account = registrations.verifyEmail(token);
            return signedInAs(me, account) ? "redirect:/dashboard" : "redirect:/sign-in?verified";
        } catch (InvalidToken | EmailAlreadyRegistered unusable) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("signedIn", me != null);
            return "identity/link-unusable";
        }
    }

    /** Whether this browser is signed in to the account whose address was just verified, under that address. */
    private static boolean signedInAs(@Nullable SignedInAccount me, AccountView account) {
        return me != null
                && me.accountId().equals(account.id())
                && me.getUsername().equals(account.email());
    }

    @PostMapping("/account/verify-email")
    String resend(@AuthenticationPrincipal SignedInAccount me) {
        registrations.resendVerification(me.accountId());
        return "redirect:/account?verification-sent";
    }
}
