package org.glutecoach.selfcheck.web;

import java.util.LinkedHashMap;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Missing or invalid answers are bad input: a 400 naming each question, worded for people. */
@RestControllerAdvice(assignableTypes = SelfCheckApiController.class)
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
        invalid.errors().forEach((question, problem) -> messages.put("answers." + question,
                selfCheck.describe(problem)));
        return problems.invalid(messages);
    }
}
