package org.glutecoach.timer.web;

import java.util.List;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.timer.RecordBreak;
import org.glutecoach.timer.RecordedBreaks;
import org.glutecoach.timer.TimerService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same events as {@code POST /api/v1/timer/events}, sent by the timer page's script with the person's session
 * and the CSRF token in a header (the API takes no cookies, ADR 4). Same body, same answers, problem+json too.
 */
@RestController
class TimerEventsFromPage {

    private final TimerService timer;

    TimerEventsFromPage(TimerService timer) {
        this.timer = timer;
    }

    @PostMapping("/timer/events")
    RecordedBreaks record(@AuthenticationPrincipal SignedInAccount me, @RequestBody List<RecordBreak> sent) {
        return timer.recordBreaks(me.accountId(), sent);
    }
}
