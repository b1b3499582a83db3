package org.glutecoach.timer.web;

import java.util.LinkedHashMap;
import org.glutecoach.shared.web.Problems;
import org.glutecoach.timer.InvalidTimerInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad settings, events or a bad range are a 400 naming each field in the pages' words. */
@RestControllerAdvice(assignableTypes = {TimerApiController.class, TimerEventsFromPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TimerApiProblems {

    private final Problems problems;

    TimerApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidTimerInput invalid) {
        var messages = new LinkedHashMap<String, String>();
        invalid.messageKeysByField().forEach((field, key) -> messages.put(field, problems.text(key, key)));
        return problems.invalid(messages);
    }
}
