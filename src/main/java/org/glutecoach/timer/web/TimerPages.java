package org.glutecoach.timer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.timer.InvalidTimerInput;
import org.glutecoach.timer.TimerService;
import org.glutecoach.timer.TimerSettingsView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timer's pages, open to everyone: the timer itself (its script fills the shell), the settings form (kept on
 * the server for a signed-in person, on the device otherwise) and the figures.
 */
@Controller
class TimerPages {

    private final TimerService timer;
    private final TimerScript script;
    private final JsonMapper json;

    TimerPages(TimerService timer, TimerScript script, JsonMapper json) {
        this.timer = timer;
        this.script = script;
        this.json = json;
    }

    @GetMapping("/timer")
    String timer(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
        model.addAttribute("signedIn", me != null)
                .addAttribute("settingsJson", json.writeValueAsString(settingsOf(me)))
                .addAttribute("timerModule", script.address());
        return "timer/timer";
    }

    @GetMapping("/timer/settings")
    String settings(
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            @RequestParam(required = false) @Nullable String saved,
            Model model) {
        return settingsPage(me, SettingsForm.of(settingsOf(me)), saved != null, model);
    }

    @PostMapping("/timer/settings")
    String save(
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (me == null) {
            return settingsPage(null, form, false, model.addAttribute("onDevice", true));
        }
        try {
            timer.changeSettings(me.accountId(), form.command());
            return "redirect:/timer/settings?saved";
        } catch (InvalidTimerInput invalid) {
            invalid.messageKeysByField().forEach((field, key) -> errors.rejectValue(field, key));
            response.setStatus(422);
            return settingsPage(me, form, false, model);
        }
    }

    @GetMapping("/timer/stats")
    String stats(
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        model.addAttribute("signedIn", me != null)
                .addAttribute("stats", me == null ? null : timer.stats(me.accountId(), from, to))
                .addAttribute("timerStatsModule", script.statsAddress());
        return "timer/stats";
    }

    private String settingsPage(@Nullable SignedInAccount me, SettingsForm form, boolean saved, Model model) {
        model.addAttribute("signedIn", me != null)
                .addAttribute("form", form)
                .addAttribute("saved", saved)
                .addAttribute("days", List.of(DayOfWeek.values()))
                .addAttribute("defaultsJson", json.writeValueAsString(timer.defaultSettings()))
                .addAttribute("settingsModule", script.settingsAddress());
        return "timer/settings";
    }

    private TimerSettingsView settingsOf(@Nullable SignedInAccount me) {
        return me == null ? timer.defaultSettings() : timer.settings(me.accountId());
    }
}
