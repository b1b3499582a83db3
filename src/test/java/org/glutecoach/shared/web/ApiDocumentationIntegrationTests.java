package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document and its browsable page are served from the jar, to anyone. */
@IntegrationTest
class ApiDocumentationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theSpecificationListsTheApi() {
        var spec = Visitor.at(port).get("/api/v1/openapi.json");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("\"openapi\":\"3.1", "\"title\":\"Glute Coach API\"", "\"/api/v1/me\"",
                "\"/api/v1/self-check/evaluations\"", "\"/api/v1/self-check/questionnaire\"");
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
}
