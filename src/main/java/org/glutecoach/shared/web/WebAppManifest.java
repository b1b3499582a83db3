package org.glutecoach.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The web app manifest at {@code /manifest.webmanifest}, linked from every page's layout, so a browser offers to
 * install the desk timer: its name and words from the message files, icons drawn for it (their hashed addresses,
 * like every asset), the timer as the start page, a window of its own and the brand colour. Revalidated on each
 * use, as the icons' addresses change with their bytes.
 */
@Configuration(proxyBeanMethods = false)
class WebAppManifest {

    static final String PATH = "/manifest.webmanifest";
    static final MediaType MANIFEST = new MediaType("application", "manifest+json", StandardCharsets.UTF_8);
    /** The brand colour (app.css --accent). */
    static final String THEME_COLOUR = "#1d5e73";

    @Bean
    PublicPaths webAppManifestPublicPaths() {
        return new PublicPaths(List.of(PATH), List.of());
    }

    @RestController
    static class Manifest {

        private final MessageSource messages;
        private final ResourceUrlProvider assets;

        Manifest(MessageSource messages, ResourceUrlProvider assets) {
            this.messages = messages;
            this.assets = assets;
        }

        @GetMapping(PATH)
        ResponseEntity<Map<String, Object>> manifest(Locale locale) {
            return ResponseEntity.ok()
                    .contentType(MANIFEST)
                    .cacheControl(CacheControl.noCache())
                    .body(manifestFor(locale));
        }

        private Map<String, Object> manifestFor(Locale locale) {
            var manifest = new LinkedHashMap<String, Object>();
            manifest.put("id", "/timer");
            manifest.put("name", messages.getMessage("manifest.name", null, locale));
            manifest.put("short_name", messages.getMessage("manifest.short-name", null, locale));
            manifest.put("description", messages.getMessage("manifest.description", null, locale));
            manifest.put("lang", "en-GB");
            manifest.put("start_url", "/timer");
            manifest.put("scope", "/");
            manifest.put("display", "standalone");
            manifest.put("theme_color", THEME_COLOUR);
            manifest.put("background_color", "#fbfaf7");
            manifest.put(
                    "icons",
                    List.of(
                            icon("timer.svg", "any", "image/svg+xml", "any"),
                            icon("timer-192.png", "192x192", "image/png", "any"),
                            icon("timer-512.png", "512x512", "image/png", "any"),
                            icon("timer-maskable-512.png", "512x512", "image/png", "maskable")));
            return manifest;
        }

        private Map<String, String> icon(String file, String sizes, String type, String purpose) {
            var path = "/assets/img/icons/" + file;
            var hashed = Objects.requireNonNullElse(assets.getForLookupPath(path), path);
            return Map.of("src", hashed, "sizes", sizes, "type", type, "purpose", purpose);
        }
    }
}
