package org.glutecoach.identity.domain;

import org.jspecify.annotations.Nullable;

/**
 * The browser and the kind of device a session was signed in from, read from the User-Agent header, so a person
 * can tell their sessions apart ("Firefox", "Windows computer"). Only these two names are kept, never the header
 * itself. Either is null when the header does not say.
 */
public record Device(@Nullable String browser, @Nullable String system) {

    /** How a session keeps it: one string, so the database session holds nothing that cannot be serialised. */
    public String stored() {
        return (browser == null ? "" : browser) + "|" + (system == null ? "" : system);
    }

    public static Device fromStored(@Nullable String stored) {
        if (stored == null || !stored.contains("|")) {
            return new Device(null, null);
        }
        var parts = stored.split("\\|", 2);
        return new Device(parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1]);
    }

    /** Reads a User-Agent header; the order of the checks matters, as most browsers also claim to be others. */
    public static Device of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        return new Device(browser(userAgent), system(userAgent));
    }

    private static @Nullable String browser(String ua) {
        if (ua.contains("Edg/") || ua.contains("EdgA/") || ua.contains("EdgiOS/")) {
            return "Edge";
        }
        if (ua.contains("OPR/") || ua.contains("Opera")) {
            return "Opera";
        }
        if (ua.contains("SamsungBrowser/")) {
            return "Samsung Internet";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/") && ua.contains("Version/")) {
            return "Safari";
        }
        return null;
    }

    private static @Nullable String system(String ua) {
        if (ua.contains("iPhone")) {
            return "iPhone";
        }
        if (ua.contains("iPad")) {
            return "iPad";
        }
        if (ua.contains("Android")) {
            return ua.contains("Mobile") ? "Android phone" : "Android tablet";
        }
        if (ua.contains("Windows")) {
            return "Windows computer";
        }
        if (ua.contains("CrOS")) {
            return "Chromebook";
        }
        if (ua.contains("Macintosh") || ua.contains("Mac OS X")) {
            return "Mac";
        }
        if (ua.contains("Linux")) {
            return "Linux computer";
        }
        return null;
    }
}
