package org.glutecoach.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one way every module reads an email address, so that an address means the same account, the same limit
 * and the same enrolment wherever it is typed: trimmed, Unicode NFKC (full-width "ｂｏｂ" becomes "bob"), then
 * case-folded. Stored addresses are also plain ASCII: letters from other scripts are refused, because look-alikes
 * ("раul@example.com" with a Cyrillic а) could pass for someone else's address.
 */
public final class EmailAddresses {

    /** RFC 5321 path limit. */
    public static final int MAX_LENGTH = 254;
    // Deliberately loose: the confirmation mail is the real test of an address.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PLAIN = Pattern.compile("^[\\x21-\\x7E]+$");

    private EmailAddresses() {}

    /** The address as we compare, count and store it. Anything goes in; only {@link #problem} says if it is one. */
    public static String normalised(String raw) {
        // NFKC first (compatibility forms to plain letters), then case folding in the root locale, never the
        // machine's (a Turkish locale would turn "I" into a dotless "ı").
        return Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Why a normalised address cannot be used, or null if it can. */
    public static @Nullable Problem problem(String normalised) {
        if (normalised.isEmpty()
                || normalised.length() > MAX_LENGTH
                || !SHAPE.matcher(normalised).matches()) {
            return Problem.INVALID;
        }
        return PLAIN.matcher(normalised).matches() ? null : Problem.NOT_PLAIN;
    }

    /** The two ways an address can be unusable, each with its own message. */
    public enum Problem {
        INVALID,
        NOT_PLAIN
    }
}
