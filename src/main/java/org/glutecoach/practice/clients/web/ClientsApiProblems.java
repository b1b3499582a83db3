package org.glutecoach.practice.clients.web;

import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A client the caller may not see is a plain 404; bad details are a 400 through the shared mapping (ApiProblems). */
@RestControllerAdvice(assignableTypes = ClientsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientsApiProblems {

    private final Problems problems;

    ClientsApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail notFound(ClientNotFound notFound) {
        return problems.forStatus(HttpStatus.NOT_FOUND);
    }
}
