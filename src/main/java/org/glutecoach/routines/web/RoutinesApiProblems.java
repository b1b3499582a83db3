package org.glutecoach.routines.web;

import java.net.URI;
import java.util.LinkedHashMap;
import org.glutecoach.routines.HealthDataConsentNeeded;
import org.glutecoach.routines.InvalidRoutine;
import org.glutecoach.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A routine of one's own that cannot be saved is a 400 naming each field in the page's words; keeping a session
 * without consent is a 403 of the same type as the tracker's.
 */
@RestControllerAdvice(assignableTypes = RoutinesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutinesApiProblems {

    private final Problems problems;

    RoutinesApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRoutine invalid) {
        var messages = new LinkedHashMap<String, String>();
        invalid.messageKeysByField().forEach((field, key) -> messages.put(field, problems.text(key, key)));
        return problems.invalid(messages);
    }

    @ExceptionHandler
    ProblemDetail consentNeeded(HealthDataConsentNeeded needed) {
        var problem = problems.forStatus(HttpStatus.FORBIDDEN);
        problem.setType(URI.create("/problems/consent-needed"));
        problem.setTitle(problems.text("problem.title.consent-needed", "Consent needed"));
        problem.setDetail(problems.text("problem.detail.routines-consent-needed", "Consent needed"));
        return problem;
    }
}
