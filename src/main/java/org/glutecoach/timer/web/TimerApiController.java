package org.glutecoach.timer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.RecordBreak;
import org.glutecoach.timer.RecordedBreaks;
import org.glutecoach.timer.TimerService;
import org.glutecoach.timer.TimerSettingsView;
import org.glutecoach.timer.TimerStatsView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's timer settings, the events their timer queued, and the figures of them. */
@RestController
@RequestMapping("/api/v1/timer")
@Tag(name = "Timer", description = "The desk break timer: settings, breaks taken or skipped, and their figures.")
class TimerApiController {

    private final TimerService timer;

    TimerApiController(TimerService timer) {
        this.timer = timer;
    }

    @GetMapping("/settings")
    @Operation(summary = "The caller's timer settings (the defaults until they save their own)")
    TimerSettingsView settings(@AuthenticationPrincipal SignedInAccount me) {
        return timer.settings(me.accountId());
    }

    @PutMapping("/settings")
    @Operation(
            summary = "Replace the caller's timer settings",
            description = "Every field is needed. intervalMinutes 15-90, breakMinutes 1-10, workStart and workEnd "
                    + "HH:mm (an end before the start is the next day), workDays MONDAY..SUNDAY, at least one. "
                    + "400 with an errors list naming each field; nothing is stored then.")
    TimerSettingsView change(@AuthenticationPrincipal SignedInAccount me, @RequestBody ChangeTimerSettings wanted) {
        return timer.changeSettings(me.accountId(), wanted);
    }

    @PostMapping("/events")
    @Operation(
            summary = "Record events the caller's timer queued; the same id again is ignored",
            description = "A list of {id, kind, at}: id a UUID the client made, kind taken, skipped, postponed or "
                    + "natural, at an instant no later than 5 minutes ahead of the server's clock. Events older "
                    + "than 30 days are ignored (counted in tooOld). A bad event refuses the whole list: 400 naming "
                    + "[index].field; nothing is stored then.")
    RecordedBreaks record(@AuthenticationPrincipal SignedInAccount me, @RequestBody List<RecordBreak> sent) {
        return timer.recordBreaks(me.accountId(), sent);
    }

    @GetMapping("/stats")
    @Operation(
            summary = "Breaks, skips, postpones and stretches of sitting per day and per week",
            description = "Both days included, yyyy-MM-dd, the caller's days in their time zone; without them the "
                    + "last 7 days up to today. At most 366 days.")
    TimerStatsView stats(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return timer.stats(me.accountId(), from, to);
    }
}
