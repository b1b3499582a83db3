package org.glutecoach.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.glutecoach.shared.ChangedAtTheSameTime;
import org.glutecoach.shared.GluteCoachException;
import org.glutecoach.shared.InvalidFields;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every failure of a JSON API handler to an RFC 9457 problem with our type URI and, for bad input, an
 * {@code errors} list naming each field. Exception messages are never echoed: they may carry internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before PageProblems, which matches a @RestController too
class ApiProblems extends ResponseEntityExceptionHandler {

    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail ruleBroken(GluteCoachException ex) {
        return problems.refused(HttpStatus.CONFLICT, ex);
    }

    /** Bad fields, whichever module said so: a 400 naming each field in the words its pages use. */
    @ExceptionHandler
    ProblemDetail invalid(InvalidFields invalid) {
        return problems.invalidByKeys(invalid.messageKeysByField());
    }

    /** A race the database settled (a unique key, a version): a 409 to try again, never a 500. */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ProblemDetail changedAtTheSameTime(DataAccessException ex) {
        return problems.refused(HttpStatus.CONFLICT, new ChangedAtTheSameTime());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new LinkedHashMap<String, String>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var cause = jacksonCause(ex);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest()
                    .body(problems.invalid(Map.of(
                            pathOf(unknown), problems.text("problem.field.unknown", "This field is not known."))));
        }
        var located = located(ex);
        if (located != null) {
            return ResponseEntity.badRequest()
                    .body(problems.invalid(Map.of(
                            pathOf(located),
                            problems.text("problem.field.wrong-type", "This value is not of the expected type."))));
        }
        var problem = problems.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(Problems.type("unreadable-body"));
        problem.setDetail(
                cause instanceof StreamReadException
                        ? problems.text("problem.detail.malformed-json", "The request body is not valid JSON.")
                        : problems.text("problem.detail.unreadable-body", "The request body could not be read."));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        // Spring's own problems have no type; give them ours, and our wording for the title.
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            var ours = problems.forStatus(statusCode);
            problem.setType(ours.getType());
            problem.setTitle(ours.getTitle());
        }
        return response;
    }

    /**
     * The Jackson failure that knows which field it was reading. The most specific cause often does not: a number
     * too big for its field, or a time that does not parse, fails below the field and is wrapped with its path.
     */
    private static @Nullable JacksonException located(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return jackson;
            }
        }
        return null;
    }

    /**
     * The deepest Jackson failure, which names the field; the most specific cause may lie beneath it without one
     * (a date that does not exist fails in java.time inside Jackson's failure).
     */
    private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
        Throwable found = ex.getMostSpecificCause();
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                found = cause;
            }
        }
        return found;
    }

    private static String pathOf(JacksonException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
