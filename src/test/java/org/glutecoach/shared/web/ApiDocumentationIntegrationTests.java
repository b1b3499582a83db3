package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document and its browsable page are served from the jar, to anyone. */
@IntegrationTest
class ApiDocumentationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theSpecificationListsTheApi() {
        var spec = Visitor.at(port).get("/api/v1/openapi.json");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body())
                .contains(
                        "\"openapi\":\"3.1",
                        "\"title\":\"Glute Coach API\"",
                        "\"/api/v1/me\"",
                        "\"/api/v1/self-check/evaluations\"",
                        "\"/api/v1/self-check/questionnaire\"");
    }

    @Test
    void theSignedInAccountIsNeverDocumentedAsSomethingToSend() {
        var sent = new ArrayList<String>();
        spec().get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    var parameters = method.getValue().get("parameters");
                    if (parameters != null) {
                        parameters.forEach(
                                parameter -> sent.add(parameter.get("name").asString()));
                    }
                }));
        // @CurrentAccount is filled in from the token; documented, it showed as a "me" object to send.
        assertThat(sent).isNotEmpty().doesNotContain("me");
    }

    @Test
    void theBrowsablePageComesFromTheJar() {
        var visitor = Visitor.at(port);
        var redirect = visitor.get("/api-docs");
        assertThat(redirect.statusCode()).isEqualTo(302);
        var location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");
        var page = visitor.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("https://", "http://");
        assertThat(visitor.get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void everyOperationDocumentsItsProblemsAsProblemJson() {
        var spec = spec();
        var operations = new ArrayList<String>();
        spec.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    var name = method.getKey().toUpperCase() + " " + path.getKey();
                    operations.add(name);
                    var responses = method.getValue().get("responses");
                    assertThat(responses.has("500")).as(name + " documents 500").isTrue();
                    responses.properties().stream()
                            .filter(response -> !response.getKey().startsWith("2"))
                            .forEach(problem -> assertThat(problem.getValue()
                                            .at("/content/application~1problem+json/schema/$ref")
                                            .asString())
                                    .as(name + " " + problem.getKey())
                                    .isEqualTo("#/components/schemas/Problem"));
                }));
        assertThat(operations).contains("GET /api/v1/me", "POST /api/v1/self-check/evaluations");
        assertThat(spec.at("/components/schemas/Problem/properties/errors/items/properties")
                        .has("field"))
                .isTrue();

        var me = spec.at("/paths/~1api~1v1~1me/get/responses");
        assertThat(me.has("401")).as("a token is needed").isTrue();
        var change = spec.at("/paths/~1api~1v1~1me~1preferences/put/responses");
        assertThat(change.has("400")).isTrue();
        assertThat(change.has("403")).as("a READ token may not change").isTrue();
        assertThat(change.has("413")).isTrue();
        assertThat(spec.at("/paths/~1api~1v1~1self-checks~1{resultId}/get/responses")
                        .has("404"))
                .isTrue();
    }

    @Test
    void publicOperationsNeedNoToken() {
        var spec = spec();
        assertThat(spec.get("security")).as("a token by default").isNotNull();
        for (var open : new String[] {
            "/paths/~1api~1v1~1self-check~1questionnaire/get",
            "/paths/~1api~1v1~1self-check~1evaluations/post",
            "/paths/~1api~1v1~1course~1lessons/get"
        }) {
            var operation = spec.at(open);
            assertThat(operation.isMissingNode()).as(open).isFalse();
            assertThat(operation.get("security"))
                    .as(open + " has no lock")
                    .isNotNull()
                    .isEmpty();
            assertThat(operation.at("/responses").has("401")).as(open).isFalse();
        }
        assertThat(spec.at("/paths/~1api~1v1~1me/get").has("security"))
                .as("the document's token applies")
                .isFalse();
    }

    private JsonNode spec() {
        return JsonMapper.builder()
                .build()
                .readTree(Visitor.at(port).get("/api/v1/openapi.json").body());
    }
}
