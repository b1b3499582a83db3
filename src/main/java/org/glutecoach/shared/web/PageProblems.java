package org.glutecoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.glutecoach.shared.ChangedAtTheSameTime;
import org.glutecoach.shared.GluteCoachException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one mapping of a broken rule on pages: a {@link GluteCoachException} no page handled itself becomes the friendly
 * error page with a 409 and an error reference, never a stack trace. Pages that can say something better beside a
 * field still catch the failure themselves (a handler in the controller wins over this advice).
 *
 * <p>A {@code @RestController} is a {@code @Controller} too, so this advice would match the API as well: it is
 * ordered last, after {@link ApiProblems}, which answers the API with a problem+json first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);
    private static final HttpStatus STATUS = HttpStatus.CONFLICT;

    @ExceptionHandler
    ModelAndView ruleBroken(GluteCoachException ex, HttpServletRequest request) {
        var reference = ErrorReference.next();
        log.info(
                "Error reference {}: {} {} answered {} ({})",
                reference,
                request.getMethod(),
                request.getRequestURI(),
                STATUS.value(),
                ex.problemType());
        return new ModelAndView(
                "error/page",
                Map.of("status", STATUS.value(), "reference", reference.value(), "messageKey", "error.409"),
                STATUS);
    }

    /** A race the database settled (a unique key, a version): the friendly 409 page, never a 500. */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ModelAndView changedAtTheSameTime(DataAccessException ex, HttpServletRequest request) {
        return ruleBroken(new ChangedAtTheSameTime(), request);
    }
}
