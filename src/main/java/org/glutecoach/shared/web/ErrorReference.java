package org.glutecoach.shared.web;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A short code shown to a person on an error page and written to the log, so support can find the log line from
 * what the person reads out. Not a secret, only unique enough to search for.
 */
public record ErrorReference(String value) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I: read aloud safely

    public static ErrorReference next() {
        var random = ThreadLocalRandom.current();
        var code = new StringBuilder("GC-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ErrorReference(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
