package org.glutecoach.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The service worker and the ES modules (ADR 11). Modules are served from {@code classpath:/modules/} under one
 * versioned folder, {@code /modules/<version>/…}, so their relative imports resolve among files of the same build;
 * the worker is {@code /sw.js} at the root, so its scope covers every page. The version is a hash of the modules'
 * and the worker's bytes: it changes exactly when one of them does, and is the same on every instance of a cluster
 * (a start time would not be).
 */
@Component("offlineAssets")
public class OfflineAssets {

    /** Where the modules are served; the version follows. */
    public static final String MODULES_PATH = "/modules/";
    /** The worker's address: at the root, so that its default scope is the whole site. */
    public static final String WORKER_PATH = "/sw.js";

    static final String MODULES_LOCATION = "classpath:/modules/";
    static final String WORKER_LOCATION = "classpath:/offline/sw.js";
    static final String VERSION_PLACEHOLDER = "__BUILD_VERSION__";

    private final String version;
    private final String worker;

    OfflineAssets() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            var modules = resolver.getResources(MODULES_LOCATION + "**/*.js");
            var workerFile = resolver.getResource(WORKER_LOCATION);
            this.version = version(modules, workerFile);
            this.worker = workerFile.getContentAsString(StandardCharsets.UTF_8).replace(VERSION_PLACEHOLDER, version);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the ES modules or the service worker", unreadable);
        }
    }

    /** The build's version of the modules and the worker: twelve hex digits of SHA-256 over their bytes. */
    public String version() {
        return version;
    }

    /** The address of a module, e.g. {@code module("routines/player-page.js")}. */
    public String module(String path) {
        return MODULES_PATH + version + "/" + path;
    }

    /** The worker's script with this build's version written into it. */
    String worker() {
        return worker;
    }

    static String version(Resource[] modules, Resource worker) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var sorted = Arrays.stream(modules)
                    .sorted(Comparator.comparing(OfflineAssets::path))
                    .toList();
            for (var module : sorted) {
                // The path counts too: moving a file changes the addresses that import it.
                digest.update(path(module).getBytes(StandardCharsets.UTF_8));
                digest.update(module.getContentAsByteArray());
            }
            digest.update(worker.getContentAsByteArray());
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    private static String path(Resource resource) {
        try {
            var url = resource.getURL().toString();
            var at = url.lastIndexOf("/modules/");
            return at < 0 ? url : url.substring(at);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
