package org.glutecoach.shared;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The public address of this installation, for links printed to the log or sent in mail. {@code GLUTECOACH_BASE_URL}
 * sets it; without it, it is {@code http://localhost:} and the port the server really listens on (from
 * {@code PORT} or {@code --server.port}, or the one chosen for port 0), so a newcomer's links open on any port.
 */
@Component
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile String local;

    @Autowired
    PublicAddress(SharedSettings settings, ServerProperties server) {
        this(settings.baseUrl(), server.getPort() == null ? 8080 : server.getPort());
    }

    public PublicAddress(String configured, int port) {
        this.configured = withoutTrailingSlash(configured.strip());
        this.local = "http://localhost:" + port;
    }

    /** The address without a trailing slash, e.g. {@code https://coach.example.org}. */
    public String baseUrl() {
        return StringUtils.hasText(configured) ? configured : local;
    }

    /** A path of this installation as a full address. */
    public String link(String path) {
        return baseUrl() + path;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent started) {
        // The main server only (a separate management server would have a namespace), once its port is known.
        if (started.getApplicationContext().getServerNamespace() == null) {
            local = "http://localhost:" + started.getWebServer().getPort();
        }
    }

    private static String withoutTrailingSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
