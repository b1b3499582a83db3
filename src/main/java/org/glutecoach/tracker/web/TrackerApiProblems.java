package org.glutecoach.tracker.web;

import java.util.LinkedHashMap;
import org.glutecoach.shared.web.Problems;
import org.glutecoach.tracker.HealthDataConsentNeeded;
import org.glutecoach.tracker.InvalidImport;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad import names each line; keeping without consent is a 403. A bad day is a 400 through ApiProblems. */
@RestControllerAdvice(assignableTypes = TrackerApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrackerApiProblems {

    private final Problems problems;

    TrackerApiProblems(Problems problems) {
        this.problems = problems;
    }

    /** Each bad row of an import, as {@code line 3: sorenessLeft} with the page's wording. */
    @ExceptionHandler
    ProblemDetail invalidImport(InvalidImport invalid) {
        var messages = new LinkedHashMap<String, String>();
        invalid.problems()
                .forEach(problem -> messages.putIfAbsent(
                        "line " + problem.line() + ": " + problem.field(),
                        problems.text(problem.messageKey(), problem.messageKey())));
        return problems.invalid(messages);
    }

    @ExceptionHandler
    ProblemDetail consentNeeded(HealthDataConsentNeeded needed) {
        return problems.refused(HttpStatus.FORBIDDEN, needed, "problem.detail.tracker-consent-needed");
    }
}
