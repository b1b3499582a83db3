package org.glutecoach.selfcheck.web;

import java.util.LinkedHashMap;
import org.glutecoach.selfcheck.AddressNotVerified;
import org.glutecoach.selfcheck.ConsentNeeded;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Missing or invalid answers are bad input: a 400 naming each question, worded for people. Keeping a result
 * without consent is a 403 that says how to give it.
 */
@RestControllerAdvice(assignableTypes = {SelfCheckApiController.class, KeptResultsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SelfCheckApiProblems {

    private final Problems problems;
    private final SelfCheckService selfCheck;

    SelfCheckApiProblems(Problems problems, SelfCheckService selfCheck) {
        this.problems = problems;
        this.selfCheck = selfCheck;
    }

    @ExceptionHandler
    ProblemDetail invalidAnswers(InvalidAnswers invalid) {
        var messages = new LinkedHashMap<String, String>();
        invalid.errors()
                .forEach((question, problem) -> messages.put("answers." + question, selfCheck.describe(problem)));
        return problems.invalid(messages);
    }

    /** Keeping a result before the account has confirmed its address: forbidden, and saying what to do. */
    @ExceptionHandler
    ProblemDetail addressNotVerified(AddressNotVerified notVerified) {
        return problems.refused(HttpStatus.FORBIDDEN, notVerified);
    }

    /** Keeping a result without consent to keep health answers: forbidden, and saying how to give it. */
    @ExceptionHandler
    ProblemDetail consentNeeded(ConsentNeeded needed) {
        return problems.refused(HttpStatus.FORBIDDEN, needed);
    }
}
