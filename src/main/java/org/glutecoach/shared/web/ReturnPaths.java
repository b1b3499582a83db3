package org.glutecoach.shared.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A page to send someone back to once they have done what another page asked first (a routine's gate sends them
 * to the self-check). The path comes from a form or a link, so anyone can write it: only a plain path on this site
 * is used, never an address elsewhere (no scheme, no {@code //host}, no back-slashes, dots, query or encoding).
 */
public final class ReturnPaths {

    /** Also the name of the form field and link parameter that carry it. */
    public static final String FIELD = "returnTo";

    // A slash, then words of letters, digits, '-' or '_' split by single slashes: nothing a browser reads as a host.
    private static final Pattern LOCAL = Pattern.compile("(/[A-Za-z0-9_-]{1,80}){1,6}");

    private ReturnPaths() {}

    /** The path if it is a plain path on this site, otherwise {@code null} (and the caller's usual next page). */
    public static @Nullable String local(@Nullable String path) {
        return path != null && LOCAL.matcher(path).matches() ? path : null;
    }
}
