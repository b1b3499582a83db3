package org.glutecoach.routines.web;

import org.glutecoach.routines.HealthDataConsentNeeded;
import org.glutecoach.routines.SessionRefused;
import org.glutecoach.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Keeping a session without consent is a 403 of the same type as the tracker's. A routine of one's own that cannot
 * be saved is a 400 through the shared mapping of bad fields (ApiProblems).
 */
@RestControllerAdvice(assignableTypes = RoutinesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutinesApiProblems {

    private final Problems problems;

    RoutinesApiProblems(Problems problems) {
        this.problems = problems;
    }

    /** An unknown routine or times that do not fit name their field (400); another person's id is a 409. */
    @ExceptionHandler
    ProblemDetail sessionRefused(SessionRefused refused) {
        return refused.messageKeysByField().isEmpty()
                ? problems.refused(HttpStatus.CONFLICT, refused)
                : problems.invalidByKeys(refused.messageKeysByField());
    }

    @ExceptionHandler
    ProblemDetail consentNeeded(HealthDataConsentNeeded needed) {
        return problems.refused(HttpStatus.FORBIDDEN, needed, "problem.detail.routines-consent-needed");
    }
}
