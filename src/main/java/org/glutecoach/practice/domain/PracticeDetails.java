package org.glutecoach.practice.domain;

import java.util.regex.Pattern;
import org.glutecoach.practice.InvalidPracticeDetails;
import org.jspecify.annotations.Nullable;

/**
 * How people reach the practice. Every field is optional (blank means not given); a value that is given must be
 * usable: a phone number people can dial, an address mail can reach, and nothing longer than the page can show.
 */
public record PracticeDetails(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address) {

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 300;
    public static final int EMAIL_MAX = 254;
    /** Digits, spaces, brackets, dashes and plus signs: 6 to 25 characters (as the settings allow). */
    public static final String PHONE = "^$|^[0-9+() -]{6,25}$";

    private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+$");

    public PracticeDetails {
        name = blankToNull(name);
        phone = blankToNull(phone);
        email = blankToNull(email);
        address = blankToNull(address);
        if (name != null && name.length() > NAME_MAX) {
            throw new InvalidPracticeDetails("name", "long");
        }
        if (phone != null && !PHONE_PATTERN.matcher(phone).matches()) {
            throw new InvalidPracticeDetails("phone", "invalid");
        }
        if (email != null
                && (email.length() > EMAIL_MAX || !EMAIL_PATTERN.matcher(email).matches())) {
            throw new InvalidPracticeDetails("email", "invalid");
        }
        if (address != null && address.length() > ADDRESS_MAX) {
            throw new InvalidPracticeDetails("address", "long");
        }
    }

    public static PracticeDetails none() {
        return new PracticeDetails(null, null, null, null);
    }

    /** The number for a tap-to-call link: only the digits and a leading plus. */
    public @Nullable String phoneLink() {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
