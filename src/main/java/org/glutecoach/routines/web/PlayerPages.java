package org.glutecoach.routines.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.UUID;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.routines.Readiness;
import org.glutecoach.routines.RecordSession;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.shared.web.OfflineAssets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guided player, for a signed-in person: first the red-flag screen (confirm a recent pass, or take it), then
 * the player; the finished or stopped session is posted back here as a form.
 */
@Controller
class PlayerPages {

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
    String play(@PathVariable String id, @AuthenticationPrincipal SignedInAccount me, Model model) {
        var routine = routines.routine(id).orElseThrow(RoutinePages::notFound);
        var readiness = routines.readiness(me.accountId());
        model.addAttribute("routine", routine)
                .addAttribute("readiness", readiness.name())
                .addAttribute("heldForRedFlag", routines.heldForRedFlag(me.accountId()))
                .addAttribute("routineJson", json.writeValueAsString(routine))
                .addAttribute("sessionId", UUID.randomUUID())
                .addAttribute("startedAt", clock.instant())
                .addAttribute("playerModule", assets.module("routines/player-page.js"));
        return readiness == Readiness.READY ? "routines/play" : "routines/ready";
    }

    @PostMapping("/routines/{id}/ready")
    String ready(@PathVariable String id, @AuthenticationPrincipal SignedInAccount me) {
        if (routines.routine(id).isEmpty()) {
            throw RoutinePages.notFound();
        }
        routines.confirmScreen(me.accountId());
        return "redirect:/routines/" + id + "/play";
    }

    @PostMapping("/routines/{id}/sessions")
    String finish(
            @PathVariable String id,
            @ModelAttribute SessionForm form,
            BindingResult binding,
            @AuthenticationPrincipal SignedInAccount me) {
        var session = routines.recordSession(me.accountId(), sent(id, form, binding));
        return "redirect:/routines/" + session.routineId() + "/sessions/" + session.id();
    }

    /**
     * The session as the player sent it, checked as the API checks its body. Only our own script or the page's
     * form posts here, so anything else is a bad request, never a 500 and never stored.
     */
    private RecordSession sent(String id, SessionForm form, BindingResult binding) {
        if (binding.hasErrors() || routines.routine(id).isEmpty()) {
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
    String finished(
            @PathVariable String id,
            @PathVariable UUID session,
            @AuthenticationPrincipal SignedInAccount me,
            Model model) {
        model.addAttribute("recorded", routines.session(me.accountId(), session).orElseThrow(RoutinePages::notFound))
                .addAttribute("routine", routines.routine(id).orElseThrow(RoutinePages::notFound));
        return "routines/done";
    }
}
