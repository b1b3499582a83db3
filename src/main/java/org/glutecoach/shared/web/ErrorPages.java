package org.glutecoach.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container forwards to {@code /error}: a friendly page in our layout for people, a problem+json
 * for the API. Both carry an error reference that is also written to the log; neither shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final Set<Integer> WORDED_STATUSES = Set.of(400, 401, 403, 404, 405, 413, 500, 503);

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = statusOf(request);
        var reference = logged(request, status);
        if (askedOfTheApi(request)) {
            writeProblem(response, status, reference);
            return null;
        }
        return page(status, reference);
    }

    private static boolean askedOfTheApi(HttpServletRequest request) {
        return String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .startsWith("/api/");
    }

    private static ModelAndView page(HttpStatus status, ErrorReference reference) {
        var messageKey = "error." + (WORDED_STATUSES.contains(status.value()) ? status.value() : "other");
        return new ModelAndView(
                "error/page",
                Map.of("status", status.value(), "reference", reference.value(), "messageKey", messageKey),
                status);
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, ErrorReference reference)
            throws IOException {
        var problem = problems.forStatus(status);
        problem.setProperty("reference", reference.value());
        problems.write(response, problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getDispatcherType() != DispatcherType.ERROR) {
            // Opened directly, not forwarded by the container after an error: there is no page here.
            return HttpStatus.NOT_FOUND;
        }
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static ErrorReference logged(HttpServletRequest request, HttpStatus status) {
        var reference = ErrorReference.next();
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status.is5xxServerError()) {
            var cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "Error reference {}: {} {} answered {}",
                    reference,
                    request.getMethod(),
                    uri,
                    status.value(),
                    cause);
        } else {
            log.info("Error reference {}: {} {} answered {}", reference, request.getMethod(), uri, status.value());
        }
        return reference;
    }
}
