package org.glutecoach.practice.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.glutecoach.practice.clients.CannotInvite;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.OwnerOnly;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The client pages' failures, as the usual error pages: "not found" never says whether the client exists. */
@ControllerAdvice(assignableTypes = ClientPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientPageProblems {

    @ExceptionHandler
    void notFound(ClientNotFound notFound, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler
    void ownerOnly(OwnerOnly refused, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler
    void cannotInvite(CannotInvite refused, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
