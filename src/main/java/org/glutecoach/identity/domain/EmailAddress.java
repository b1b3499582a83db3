package org.glutecoach.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.glutecoach.identity.InvalidCredentials;

/** An email address as we store it: trimmed, lower-case, and plausibly deliverable. */
public record EmailAddress(String value) {

    // Deliberately loose: the verification email (accounts issue) is the real test of an address.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254; // RFC 5321 path limit

    public EmailAddress {
        if (value.isEmpty() || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidCredentials("email", "Not an email address");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw.strip().toLowerCase(Locale.ROOT));
    }
}
