package org.glutecoach.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled list of passwords people choose most often ({@code identity/common-passwords.txt}, source and
 * licence in its header and in NOTICE). Compared without regard to case, since "Qwertyuiop123" is as weak.
 */
final class CommonPasswords {

    private static final String LIST = "/identity/common-passwords.txt";

    private CommonPasswords() {}

    static boolean contains(String password) {
        return Holder.LOWER_CASE.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.LOWER_CASE.size();
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final Set<String> LOWER_CASE = load();

        private static Set<String> load() {
            var stream = CommonPasswords.class.getResourceAsStream(LIST);
            if (stream == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                var passwords = new HashSet<String>(65_536);
                reader.lines()
                        .filter(line -> !line.startsWith("#") && !line.isBlank())
                        .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
                return Set.copyOf(passwords);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
