package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The desk timer is installable: a manifest every page links, with icons that are really there. */
@IntegrationTest
class WebAppManifestIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theManifestNamesTheTimerAsAnInstallableAppWithItsOwnIcons() throws Exception {
        var response = get("/manifest.webmanifest", HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
        JsonNode manifest = JsonMapper.builder().build().readTree(response.body());
        assertThat(manifest.get("name").asString()).isEqualTo("Glute Coach desk break timer");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/timer");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("theme_color").asString()).isEqualTo("#1d5e73");
        var purposes = new java.util.ArrayList<String>();
        for (var icon : manifest.get("icons")) {
            var image = get(icon.get("src").asString(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(icon.get("src").asString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type"))
                    .hasValue(icon.get("type").asString());
            if (icon.get("type").asString().equals("image/png")) {
                var size = Integer.parseInt(icon.get("sizes").asString().split("x")[0]);
                var png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.body()));
                assertThat(png.getWidth())
                        .as("the drawn size is the declared size")
                        .isEqualTo(size);
            }
            purposes.add(icon.get("purpose").asString());
        }
        assertThat(purposes).contains("any", "maskable");
    }

    @Test
    void everyPageLinksTheManifest() throws Exception {
        var home = get("/", HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
    }

    <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        body);
    }
}
