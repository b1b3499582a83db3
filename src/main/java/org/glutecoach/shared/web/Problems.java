package org.glutecoach.shared.web;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.glutecoach.shared.GluteCoachException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with our type URIs and plain-English titles, and writes them where no message
 * converter is at hand (security entry points, filters, the error controller).
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem for a bare HTTP status, e.g. 404 or 401, with our type URI and wording. */
    public ProblemDetail forStatus(HttpStatusCode status) {
        var problem = ProblemDetail.forStatusAndDetail(
                status, text("problem.detail." + status.value(), text("problem.detail.other", "")));
        problem.setType(typeFor(status));
        problem.setTitle(text("problem.title." + status.value(), reasonOf(status)));
        return problem;
    }

    /**
     * A request our rules refuse, typed by the failure: {@code /problems/<type>}, worded by the messages
     * {@code problem.title.<type>} and {@code problem.detail.<type>} (the exception's own message when there is none).
     */
    public ProblemDetail refused(HttpStatus status, GluteCoachException ex) {
        return refused(status, ex, "problem.detail." + ex.problemType());
    }

    /** The same, worded by a module's own message (the same failure said for its own case). */
    public ProblemDetail refused(HttpStatus status, GluteCoachException ex, String detailKey) {
        var problem = ProblemDetail.forStatusAndDetail(
                status, text(detailKey, requireNonNull(ex.getMessage(), "every GluteCoachException has a message")));
        problem.setType(type(ex.problemType()));
        problem.setTitle(text("problem.title." + ex.problemType(), text("problem.title." + status.value(), "")));
        return problem;
    }

    /** A 400 for bad input, each field's message looked up by its key (a domain failure's own keys). */
    public ProblemDetail invalidByKeys(Map<String, String> messageKeysByField) {
        var messages = new LinkedHashMap<String, String>();
        messageKeysByField.forEach((field, key) -> messages.put(field, text(key, key)));
        return invalid(messages);
    }

    /** A 400 for bad input, with an {@code errors} list naming each field and what is wrong with it. */
    public ProblemDetail invalid(Map<String, String> messagesByField) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, text("problem.detail.validation", "Some fields need another look."));
        problem.setType(type("validation"));
        problem.setTitle(text("problem.title.validation", "Invalid request"));
        problem.setProperty(
                "errors",
                messagesByField.entrySet().stream()
                        .map(e -> fieldProblem(e.getKey(), e.getValue()))
                        .toList());
        return problem;
    }

    private static Map<String, String> fieldProblem(String field, String message) {
        var error = new LinkedHashMap<String, String>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** Our type URI for a status with no more specific failure: {@code /problems/not-found} and so on. */
    public static URI typeFor(HttpStatusCode status) {
        return URI.create("/problems/" + slugOf(status));
    }

    public static URI type(String slug) {
        return URI.create("/problems/" + slug);
    }

    public String text(String key, String fallback) {
        var text = messages.getMessage(key, null, fallback, Locale.UK);
        return text != null ? text : fallback;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    private static Map<String, Object> asMap(ProblemDetail problem) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", Objects.toString(problem.getType(), "about:blank")); // RFC 9457: no type means this
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static String slugOf(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String reasonOf(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }
}
