package org.glutecoach.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * Completes the OpenAPI document with what the controllers do not declare: the problem responses
 * ({@code application/problem+json}, RFC 9457) each operation can give, and no lock on the operations anyone may
 * call (each module's {@link PublicPaths}), so the document tells the same story as the security rules.
 */
@Component
class ApiProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final List<PublicPaths> publicPaths;

    ApiProblemResponses(List<PublicPaths> publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    var open = isPublic(method, path);
                    if (open) {
                        // An empty list overrides the document's bearer token: no lock, no token needed.
                        operation.setSecurity(List.of());
                    }
                    describeProblems(operation, method, path, open);
                }));
    }

    private boolean isPublic(PathItem.HttpMethod method, String path) {
        return publicPaths.stream()
                .flatMap(paths -> paths.api().stream())
                .anyMatch(call -> call.method().name().equals(method.name()) && PATHS.match(call.pattern(), path));
    }

    private static void describeProblems(Operation operation, PathItem.HttpMethod method, String path, boolean open) {
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // springdoc guesses error responses from the exception handlers, for every operation alike; ours are exact.
        responses.keySet().removeIf(status -> status.startsWith("4") || status.startsWith("5"));
        var changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        var hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null
                        && !operation.getParameters().isEmpty();
        if (hasInput) {
            add(responses, "400", "Bad input: the errors list names each field and what is wrong with it");
        }
        if (!open) {
            add(responses, "401", "No token, or a token that is unknown, revoked or expired");
        }
        if (!open && changes) {
            add(responses, "403", "The token may only read (scope READ)");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing of yours at this address");
        }
        if (changes) {
            add(responses, "409", "The change breaks a rule; the type names which");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is over 1 MiB");
        }
        add(responses, "500", "Something went wrong on our side; the detail holds a reference to quote");
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        Problems.PROBLEM_JSON.toString(),
                                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .description("One field that needs another look")
                .properties(Map.of(
                        "field",
                        new StringSchema().description("The field, as named in the request"),
                        "message",
                        new StringSchema().description("What is wrong, in plain English")));
        return new ObjectSchema()
                .description("A problem (RFC 9457), for every error of the API")
                .properties(Map.of(
                        "type",
                                new StringSchema()
                                        .format("uri-reference")
                                        .description("What kind of problem, e.g. /problems/validation"),
                        "title", new StringSchema().description("A short, plain-English summary of the kind"),
                        "status", new IntegerSchema().description("The HTTP status code"),
                        "detail", new StringSchema().description("What went wrong this time"),
                        "instance", new StringSchema().format("uri-reference").description("The request's path"),
                        "errors", new ArraySchema().items(fieldError).description("For bad input: each field and why")))
                .required(List.of("type", "title", "status"));
    }
}
