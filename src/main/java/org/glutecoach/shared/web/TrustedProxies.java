package org.glutecoach.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.glutecoach.shared.SharedSettings;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the proxies named in
 * {@code GLUTECOACH_TRUSTED_PROXIES} (comma-separated IP addresses). None by default, not even loopback or private
 * networks (Tomcat's default): otherwise anyone who reaches the app directly, or shares a network with it, could
 * claim any client IP and get a fresh count from the per-IP limits with every request.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private final String pattern;

    TrustedProxies(SharedSettings settings) {
        this.pattern = pattern(settings.trustedProxies());
    }

    /** A regular expression (Tomcat's format) matching exactly the listed addresses, or empty for none. */
    static String pattern(String addresses) {
        return Arrays.stream(addresses.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .map(TrustedProxies::canonical)
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static String canonical(String address) {
        if (!address.matches("[0-9A-Fa-f.:]+")) {
            throw new IllegalStateException("GLUTECOACH_TRUSTED_PROXIES lists IP addresses only (no names, no "
                    + "ranges); this is not one: " + address);
        }
        try {
            // A literal is parsed, never looked up; IPv6 comes out in the long form Tomcat reports.
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            throw new IllegalStateException("GLUTECOACH_TRUSTED_PROXIES: not an IP address: " + address);
        }
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                // Empty means no proxy at all: Tomcat then takes the connection's own address and scheme.
                remoteIp.setInternalProxies(pattern);
                remoteIp.setTrustedProxies("");
            }
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot's own customizer, which adds the valve with Tomcat's defaults.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
