package org.glutecoach.routines.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.routines.HealthDataConsentNeeded;
import org.glutecoach.routines.HoldReason;
import org.glutecoach.routines.Readiness;
import org.glutecoach.routines.RecordSession;
import org.glutecoach.routines.RoutineView;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.shared.web.OfflineAssets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guided player, for a signed-in person, for a ready-made routine or one of their own: first the red-flag
 * screen (confirm a recent pass, or take it), then the player; the finished or stopped session is posted back here
 * as a form. Without the consent to keep health answers, the session is not kept and the page asks for it.
 */
@Controller
class PlayerPages {

    /** Also named in modules/routines/sessions.js. */
    static final String CONSENT_NEEDED = "Consent-Needed";

    private final RoutinesService routines;
    private final JsonMapper json;
    private final Clock clock;
    private final OfflineAssets assets;
    private final Validator validator;

    PlayerPages(RoutinesService routines, JsonMapper json, Clock clock, OfflineAssets assets, Validator validator) {
        this.routines = routines;
        this.json = json;
        this.clock = clock;
        this.assets = assets;
        this.validator = validator;
    }

    @GetMapping("/routines/{id}/play")
    String play(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String scale,
            @CurrentAccount AccountView me,
            Model model) {
        var routine = routines.routine(me.id(), id).orElseThrow(RoutinePages::notFound);
        if (scale != null && !routines.allowsShortenedDoses()) {
            // Shortened doses are for tests only (RoutinesSettings): the full routine, at its own address.
            return "redirect:/routines/" + routine.id() + "/play";
        }
        return player(me, routine, model);
    }

    private String player(AccountView me, RoutineView routine, Model model) {
        var readiness = routines.readiness(me.id());
        var hold = routines.hold(me.id());
        model.addAttribute("routine", routine)
                .addAttribute("readiness", readiness.name())
                .addAttribute("heldForRedFlag", hold.isPresent())
                .addAttribute(
                        "heldForNerve", hold.filter(HoldReason.NERVE::equals).isPresent())
                .addAttribute("routineJson", json.writeValueAsString(routine))
                .addAttribute("sessionId", UUID.randomUUID())
                .addAttribute("startedAt", clock.instant())
                .addAttribute("playerModule", assets.module("routines/player-page.js"));
        return readiness == Readiness.READY ? "routines/play" : "routines/ready";
    }

    @PostMapping("/routines/{id}/ready")
    String ready(@PathVariable String id, @CurrentAccount AccountView me) {
        var routine = routines.routine(me.id(), id).orElseThrow(RoutinePages::notFound);
        routines.confirmScreen(me.id());
        return "redirect:/routines/" + routine.id() + "/play";
    }

    @PostMapping("/routines/{id}/sessions")
    String finish(
            @PathVariable String id,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            @CurrentAccount AccountView me,
            Model model,
            HttpServletResponse response) {
        try {
            var session = routines.recordSession(me.id(), sent(me, id, form, binding), form.consents());
            return "redirect:/routines/" + session.routineId() + "/sessions/" + session.id();
        } catch (HealthDataConsentNeeded needed) {
            return askConsent(me, id, form, model, response);
        }
    }

    /**
     * Nothing was kept: the page asks for the consent on the spot, carrying the session as it was sent, as the
     * self-check's keep page does. Sent again without the box ticked, the error is beside the box (422).
     */
    private String askConsent(AccountView me, String id, SessionForm form, Model model, HttpServletResponse response) {
        if (form.consentAsked()) {
            response.setStatus(422);
        }
        // The player's script posts in the background: this tells it to show this page to the person.
        response.setHeader(CONSENT_NEEDED, ConsentKind.HEALTH_DATA.name());
        model.addAttribute("routine", routines.routine(me.id(), id).orElseThrow(RoutinePages::notFound))
                .addAttribute("consentMissing", form.consentAsked());
        return "routines/keep";
    }

    /**
     * The session as the player sent it, checked as the API checks its body. Only our own script or the page's
     * form posts here, so anything else is a bad request, never a 500 and never stored.
     */
    private RecordSession sent(AccountView me, String id, SessionForm form, BindingResult binding) {
        if (binding.hasErrors() || routines.routine(me.id(), id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a session the player sent");
        }
        try {
            var command = form.toCommand(id, clock);
            if (!validator.validate(command).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a session the player sent");
            }
            return command;
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a session the player sent");
        }
    }

    @GetMapping("/routines/{id}/sessions/{session}")
    String finished(@PathVariable String id, @PathVariable UUID session, @CurrentAccount AccountView me, Model model) {
        model.addAttribute("recorded", routines.session(me.id(), session).orElseThrow(RoutinePages::notFound))
                .addAttribute("routine", routines.routine(me.id(), id).orElseThrow(RoutinePages::notFound))
                .addAttribute("lagging", routines.laggingSide(me.id()).orElse(null))
                .addAttribute("singleSide", routines.singleSideWork());
        return "routines/done";
    }
}
