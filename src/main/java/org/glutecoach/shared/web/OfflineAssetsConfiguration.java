package org.glutecoach.shared.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the ES modules under {@code /modules/<version>/} (a year's cache: a new build is a new address) and the
 * service worker at {@code /sw.js} (never cached without asking: the browser must see a new version at once). Only
 * the current version is served; an old address is "not found". See ADR 11.
 */
@Configuration(proxyBeanMethods = false)
class OfflineAssetsConfiguration implements WebMvcConfigurer {

    static final MediaType JAVASCRIPT = new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

    private final OfflineAssets assets;

    OfflineAssetsConfiguration(OfflineAssets assets) {
        this.assets = assets;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // No content-hash resolver here (unlike /assets/**): one hashed folder keeps relative imports working.
        registry.addResourceHandler(OfflineAssets.MODULES_PATH + assets.version() + "/**")
                .addResourceLocations(OfflineAssets.MODULES_LOCATION)
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    @Bean
    PublicPaths offlineAssetsPublicPaths() {
        return new PublicPaths(List.of(OfflineAssets.WORKER_PATH, OfflineAssets.MODULES_PATH + "**"), List.of());
    }

    /** The worker: its bytes change with the version, so the browser installs the new one and drops old caches. */
    @RestController
    static class ServiceWorker {

        private final OfflineAssets assets;

        ServiceWorker(OfflineAssets assets) {
            this.assets = assets;
        }

        @GetMapping(OfflineAssets.WORKER_PATH)
        ResponseEntity<String> worker() {
            return ResponseEntity.ok()
                    .contentType(JAVASCRIPT)
                    .cacheControl(CacheControl.noCache())
                    .header("Service-Worker-Allowed", "/")
                    .body(assets.worker());
        }
    }
}
