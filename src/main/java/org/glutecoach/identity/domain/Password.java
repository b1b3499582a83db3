package org.glutecoach.identity.domain;

import java.nio.charset.StandardCharsets;
import org.glutecoach.identity.InvalidCredentials;

/**
 * A new password that meets our rules (NIST SP 800-63B): at least 12 characters, not on the list of common
 * passwords, and no composition rules; at most 72 bytes because bcrypt ignores anything longer.
 */
public record Password(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    public Password {
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new InvalidCredentials("password", "short");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidCredentials("password", "long");
        }
        if (CommonPasswords.contains(value)) {
            throw new InvalidCredentials("password", "common");
        }
    }

    public static Password of(String raw) {
        return new Password(raw);
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
