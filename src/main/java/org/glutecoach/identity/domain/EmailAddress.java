package org.glutecoach.identity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.glutecoach.identity.InvalidCredentials;

/**
 * An email address as we store it: trimmed, lower-case, plain ASCII, and plausibly deliverable. Letters from
 * other scripts are refused, because look-alikes ("раul@example.com" with a Cyrillic а) could pass for someone
 * else's address on a therapist's screen or in a reset request.
 */
public record EmailAddress(String value) {

    // Deliberately loose: the verification email is the real test of an address.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PLAIN = Pattern.compile("^[\\x21-\\x7E]+$");
    private static final int MAX_LENGTH = 254; // RFC 5321 path limit

    public EmailAddress {
        if (value.isEmpty() || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidCredentials("email", "invalid");
        }
        if (!PLAIN.matcher(value).matches()) {
            throw new InvalidCredentials("email", "not-plain");
        }
    }

    public static EmailAddress of(String raw) {
        // NFKC folds full-width and other compatibility forms ("ｅ") into plain letters before the check.
        return new EmailAddress(Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }
}
