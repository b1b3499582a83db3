package org.glutecoach.identity.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.glutecoach.shared.Secrets;

/**
 * Time-based one-time codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as authenticator apps make
 * them, and single-use recovery codes. A code is accepted one step either side of now, to allow for clocks that
 * drift, and never twice: the caller keeps the last accepted step.
 */
public final class TwoStepCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private TwoStepCodes() {}

    /** A new shared secret, Base32 as authenticator apps expect it. */
    public static String newSecret() {
        return new Base32().encodeToString(Secrets.randomBytes(SECRET_BYTES)).replace("=", "");
    }

    /** The link an authenticator app reads from the QR code (Key Uri Format). */
    public static String provisioningUri(String issuer, String account, String secret) {
        var label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /**
     * The time step at which {@code code} is valid for the secret, if it is within one step of now and later
     * than {@code lastUsedStep}.
     */
    public static OptionalLong acceptedStep(String secret, String code, long lastUsedStep, Clock clock) {
        var digits = code.replace(" ", "").strip();
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var now = clock.instant();
        var current = now.getEpochSecond() / STEP.toSeconds();
        for (var step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && digits.equals(codeAt(secret, step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a time step (for tests and for the RFC's test vectors). */
    public static String codeAt(String secret, long step) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
            return TOTP.generateOneTimePasswordString(
                    key, java.time.Instant.ofEpochSecond(step * STEP.toSeconds()), java.util.Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException("An HMAC key of any length is valid", impossible);
        }
    }

    /** Ten codes like {@code k7pm-2xq9}, each a way in once if the phone is lost. */
    public static List<String> newRecoveryCodes() {
        var codes = new ArrayList<String>();
        for (var i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (var c = 0; c < 8; c++) {
                if (c == 4) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Recovery codes are compared without case, spaces or dashes, as people type them. */
    public static String normaliseRecoveryCode(String typed) {
        return typed.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
