package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** ADR 11: the worker at the root, never cached unasked; modules in one versioned folder, cached for a year. */
@IntegrationTest
class OfflineAssetsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OfflineAssets assets;

    @Test
    void theWorkerIsServedAtTheRootWithThisBuildsVersionAndNoStaleCache() throws Exception {
        var worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(worker.headers().firstValue("Service-Worker-Allowed")).hasValue("/");
        assertThat(worker.body())
                .contains("const VERSION = \"" + assets.version() + "\"")
                .doesNotContain(OfflineAssets.VERSION_PLACEHOLDER);
        assertThat(assets.version()).matches("[0-9a-f]{12}");
    }

    @Test
    void modulesShareOneVersionedFolderSoRelativeImportsResolveAndAreCachedForAYear() throws Exception {
        var offline = get(assets.module("shared/offline.js"));
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(offline.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "immutable"));
        // The player imports "./timeline.js": the browser asks for it beside player.js, by its plain name.
        var player = get(assets.module("routines/player.js"));
        assertThat(player.body()).contains("from \"./timeline.js\"");
        assertThat(get(assets.module("routines/timeline.js")).statusCode()).isEqualTo(200);
        assertThat(get("/modules/000000000000/shared/offline.js").statusCode())
                .as("an old build's address")
                .isIn(401, 404);
    }

    @Test
    void theVersionChangesWhenAnyModuleOrTheWorkerChanges() throws Exception {
        Resource[] modules = {named("/modules/a.js", "export const a = 1;")};
        var worker = named("/offline/sw.js", "const VERSION = 1;");
        var before = OfflineAssets.version(modules, worker);
        assertThat(OfflineAssets.version(modules, worker)).isEqualTo(before);
        assertThat(OfflineAssets.version(new Resource[] {named("/modules/a.js", "export const a = 2;")}, worker))
                .isNotEqualTo(before);
        assertThat(OfflineAssets.version(modules, named("/offline/sw.js", "const VERSION = 2;")))
                .isNotEqualTo(before);
        assertThat(OfflineAssets.version(new Resource[] {named("/modules/b.js", "export const a = 1;")}, worker))
                .as("a moved file")
                .isNotEqualTo(before);
    }

    static Resource named(String path, String text) {
        return new ByteArrayResource(text.getBytes()) {
            @Override
            public java.net.URL getURL() throws java.io.IOException {
                return URI.create("file:" + path).toURL();
            }
        };
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
