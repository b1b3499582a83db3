package org.glutecoach.identity.web;

import io.nayuki.qrcodegen.QrCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.TwoStepSetUp;
import org.glutecoach.identity.TwoStepUnchanged;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.identity.account.TwoStepSignIn;
import org.glutecoach.shared.GluteCoachException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two-step sign-in: the code after the password, and setting it up or turning it off on the account. */
@Controller
class TwoStepPages {

    private static final String TWO_STEP = "two-step";

    private final TwoStepSignIn twoStep;
    private final SignInThrottle throttle;
    private final RequestCache requestCache;

    TwoStepPages(TwoStepSignIn twoStep, SignInThrottle throttle, RequestCache requestCache) {
        this.twoStep = twoStep;
        this.throttle = throttle;
        this.requestCache = requestCache;
    }

    @GetMapping("/sign-in/two-step")
    String code(HttpSession session, Model model) {
        if (session.getAttribute(TwoStepGate.CODE_DUE) == null) {
            return "redirect:/dashboard";
        }
        model.addAttribute("error", (Object) null);
        return "identity/two-step-code";
    }

    @PostMapping("/sign-in/two-step")
    String code(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (session.getAttribute(TwoStepGate.CODE_DUE) == null) {
            return "redirect:/dashboard";
        }
        if (!throttle.tryCode(TWO_STEP, me.getUsername(), request.getRemoteAddr())) {
            return codeAgain(model, response, 429, "identity.two-step.wait");
        }
        if (code.length() <= 20 && twoStep.passSecondStep(me.accountId(), code)) {
            return codePassed(me, session, request, response);
        }
        return codeAgain(model, response, 422, "identity.two-step.code.wrong");
    }

    private String codePassed(
            SignedInAccount me, HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        throttle.codeAccepted(TWO_STEP, me.getUsername(), request.getRemoteAddr());
        session.removeAttribute(TwoStepGate.CODE_DUE);
        return "redirect:" + pageAskedFor(request, response);
    }

    private static String codeAgain(Model model, HttpServletResponse response, int status, String error) {
        response.setStatus(status);
        model.addAttribute("error", error);
        return "identity/two-step-code";
    }

    /** The page the person asked for before signing in (kept by the request cache), or else the dashboard. */
    private String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
        var saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? "/dashboard" : saved.getRedirectUrl();
    }

    @GetMapping("/account/two-step")
    String settings(@CurrentAccount AccountView me, Model model) {
        model.addAttribute("account", me).addAttribute("error", (Object) null);
        if (me.twoStepEnabled()) {
            model.addAttribute("unusedCodes", twoStep.unusedRecoveryCodes(me.id()));
            return "identity/two-step";
        }
        return setUpPage(twoStep.twoStepInProgress(me.id()).orElseGet(() -> twoStep.startTwoStep(me.id())), model);
    }

    @PostMapping("/account/two-step")
    String confirm(
            @CurrentAccount AccountView me,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        var codes = twoStep.confirmTwoStep(me.id(), code);
        if (codes.isEmpty()) {
            return setUpAgain(me, response, model);
        }
        session.removeAttribute(TwoStepGate.SET_UP_DUE);
        model.addAttribute("codes", codes.get());
        return "identity/two-step-recovery-codes";
    }

    /** The set-up page again after a wrong code, or the settings if set-up has ended meanwhile. */
    private String setUpAgain(AccountView me, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("account", me).addAttribute("error", "identity.two-step.code.wrong");
        return twoStep.twoStepInProgress(me.id())
                .map(setUp -> setUpPage(setUp, model))
                .orElse("redirect:/account/two-step");
    }

    /** New recovery codes, after the password or a current code; the old codes stop working. */
    @PostMapping("/account/two-step/recovery-codes")
    String renewCodes(
            @CurrentAccount AccountView me,
            @RequestParam(defaultValue = "") String proof,
            HttpServletResponse response,
            Model model) {
        if (!me.twoStepEnabled()) {
            return "redirect:/account/two-step";
        }
        try {
            model.addAttribute("codes", twoStep.renewRecoveryCodes(me.id(), proof))
                    .addAttribute("renewed", true);
            return "identity/two-step-recovery-codes";
        } catch (WrongPassword wrong) {
            return settingsAgain(me, model, response, 422, null, "identity.two-step.renew.wrong");
        }
    }

    /** The two-step settings page again, with the status and the message (by field) of what went wrong. */
    private String settingsAgain(
            AccountView me,
            Model model,
            HttpServletResponse response,
            int status,
            @Nullable String passwordError,
            @Nullable String proofError) {
        response.setStatus(status);
        model.addAttribute("account", me)
                .addAttribute("unusedCodes", twoStep.unusedRecoveryCodes(me.id()))
                .addAttribute("error", passwordError)
                .addAttribute("renewError", proofError);
        return "identity/two-step";
    }

    @PostMapping("/account/two-step/off")
    String turnOff(
            @CurrentAccount AccountView me,
            @RequestParam(defaultValue = "") String password,
            HttpServletResponse response,
            Model model) {
        if (!me.twoStepEnabled()) {
            return "redirect:/account/two-step";
        }
        try {
            twoStep.turnOffTwoStep(me.id(), password);
            return "redirect:/account?two-step-off";
        } catch (TwoStepUnchanged | WrongPassword refused) {
            return turnOffRefused(me, model, response, refused);
        }
    }

    /** Staff must keep two-step (403, said on the page); a wrong password is a wrong entry beside the field (422). */
    private String turnOffRefused(
            AccountView me, Model model, HttpServletResponse response, GluteCoachException refused) {
        return refused instanceof WrongPassword
                ? settingsAgain(me, model, response, 422, "identity.account.current-password.wrong", null)
                : settingsAgain(me, model, response, 403, null, null);
    }

    private static String setUpPage(TwoStepSetUp setUp, Model model) {
        // The link opens the authenticator app on the phone showing this page, where a QR code cannot be scanned.
        model.addAttribute("secret", setUp.secret().replaceAll("(.{4})", "$1 ").strip())
                .addAttribute("qrCode", qrDataUri(setUp.provisioningUri()))
                .addAttribute("provisioningUri", setUp.provisioningUri());
        return "identity/two-step-set-up";
    }

    /** The provisioning link as an SVG QR code in a data: URI (allowed by our image policy, no script needed). */
    static String qrDataUri(String text) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        var border = 4;
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(qr.size + border * 2)
                .append(' ')
                .append(qr.size + border * 2)
                .append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        for (var y = 0; y < qr.size; y++) {
            for (var x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    svg.append('M')
                            .append(x + border)
                            .append(',')
                            .append(y + border)
                            .append("h1v1h-1z");
                }
            }
        }
        svg.append("\"/></svg>");
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }
}
