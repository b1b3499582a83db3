package org.glutecoach.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.RecordsKeptAfterDeletion;
import org.glutecoach.shared.web.ClearSiteData;
import org.glutecoach.shared.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** Consents, "download my data" and "delete my account": all plain forms and links, so they work without script. */
@Controller
class PrivacyPages {

    private final PrivacyService privacy;
    private final JsonMapper json;
    private final List<RecordsKeptAfterDeletion> keptAfterDeletion;

    PrivacyPages(PrivacyService privacy, JsonMapper json, List<RecordsKeptAfterDeletion> keptAfterDeletion) {
        this.privacy = privacy;
        this.json = json;
        this.keptAfterDeletion = List.copyOf(keptAfterDeletion);
    }

    /** What others must keep about the person even after deletion, said before they decide. */
    private List<String> keptAfterDeletion(SignedInAccount me) {
        return keptAfterDeletion.stream()
                .flatMap(kept -> kept.keptFor(me.accountId().value()).stream())
                .toList();
    }

    /** The privacy notice: public, since people should read it before they give anything. */
    @GetMapping("/privacy")
    String notice() {
        return "privacy/notice";
    }

    @GetMapping("/consent")
    String consent(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("form", ConsentForm.of(privacy.current(me.accountId())))
                .addAttribute("firstTime", !privacy.hasDecidedOnHealthData(me.accountId()))
                .addAttribute("healthGiven", privacy.hasConsent(me.accountId(), ConsentKind.HEALTH_DATA));
        return "privacy/consent";
    }

    @PostMapping("/consent")
    String consent(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        onlyTickedOrNot(errors);
        var firstTime = !privacy.hasDecidedOnHealthData(me.accountId());
        if (form.courseWithoutEmails()) {
            return askAgain(errors, model, response, firstTime);
        }
        decide(me, form);
        return afterDeciding(form, firstTime);
    }

    private static void onlyTickedOrNot(BindingResult errors) {
        if (errors.hasErrors()) {
            // A box can only be ticked or not: anything else was not sent by our form, so nothing is recorded.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static String afterDeciding(ConsentForm form, boolean firstTime) {
        if (form.wantsCourse()) {
            // The course decides: started (a full red-flag screen passed lately), or its short screen first.
            return "redirect:/course/start";
        }
        return firstTime ? "redirect:/dashboard?consent-saved" : "redirect:/account/privacy?saved";
    }

    private static String askAgain(BindingResult errors, Model model, HttpServletResponse response, boolean firstTime) {
        errors.rejectValue("startCourse", "privacy.consent.course.start.needs-emails");
        response.setStatus(422);
        model.addAttribute("firstTime", firstTime);
        return "privacy/consent";
    }

    private void decide(SignedInAccount me, ConsentForm form) {
        privacy.decide(me.accountId(), form.choices(), form.kept());
        if (form.wantsCourse()) {
            privacy.requestCourse(me.accountId());
        }
    }

    /** One line of "your choices now": given, not given, or never asked (null). */
    record ConsentState(
            ConsentKind kind,
            @org.jspecify.annotations.Nullable Boolean given) {}

    @GetMapping("/account/privacy")
    String overview(@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> flags, Model model) {
        var current = privacy.current(me.accountId());
        model.addAttribute(
                        "current",
                        java.util.Arrays.stream(ConsentKind.values())
                                .map(kind -> new ConsentState(kind, current.get(kind)))
                                .toList())
                .addAttribute("history", privacy.history(me.accountId()))
                .addAttribute("saved", flags.containsKey("saved"));
        return "privacy/overview";
    }

    /** The export as a file to keep: one JSON document in the documented shape (docs/export.md). */
    @GetMapping("/account/export.json")
    ResponseEntity<String> download(@AuthenticationPrincipal SignedInAccount me) {
        var body = json.writerWithDefaultPrettyPrinter().writeValueAsString(privacy.export(me.accountId()));
        return Downloads.attachment("glute-coach-my-data.json", MediaType.APPLICATION_JSON, body);
    }

    /** The same export, readable on screen and printable. */
    @GetMapping("/account/export")
    String summary(@AuthenticationPrincipal SignedInAccount me, @CurrentAccount AccountView account, Model model) {
        var export = privacy.export(me.accountId());
        model.addAttribute("export", export)
                .addAttribute("zone", account.timeZone())
                .addAttribute(
                        "exportJson", json.writerWithDefaultPrettyPrinter().writeValueAsString(export));
        return "privacy/export";
    }

    @GetMapping("/account/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("form", new DeleteAccountForm("")).addAttribute("keptAfterDeletion", keptAfterDeletion(me));
        return "privacy/delete";
    }

    @PostMapping("/account/delete")
    String delete(
            @AuthenticationPrincipal SignedInAccount me,
            @Valid @ModelAttribute("form") DeleteAccountForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication) {
        if (!errors.hasErrors() && deleted(me, form, errors)) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            ClearSiteData.writeTo(response);
            return "redirect:/?account-deleted";
        }
        response.setStatus(422);
        model.addAttribute("keptAfterDeletion", keptAfterDeletion(me));
        return "privacy/delete";
    }

    /** Deletes the account if the password matches; otherwise says so beside the field. */
    private boolean deleted(SignedInAccount me, DeleteAccountForm form, BindingResult errors) {
        try {
            privacy.deleteAccount(me.accountId(), form.password());
            return true;
        } catch (WrongPassword wrong) {
            errors.rejectValue("password", "privacy.delete.password.wrong");
            return false;
        }
    }
}
