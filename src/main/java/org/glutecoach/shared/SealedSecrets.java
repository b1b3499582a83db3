package org.glutecoach.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the few secrets we must be able to read back (two-step sign-in secrets) with AES-256-GCM under a key
 * that is not in the database, so a copy of the database alone does not give them away. A sealed value reads
 * {@code v1:} and then Base64 of nonce, ciphertext and tag. A value without that prefix was stored before sealing
 * and is returned as it is, so it can be sealed the next time it is saved.
 */
public final class SealedSecrets {

    /** The key's length in bytes: AES-256. */
    public static final int KEY_BYTES = 32;

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    public SealedSecrets(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The key must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String seal(String secret) {
        var nonce = Secrets.randomBytes(NONCE_BYTES);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", impossible);
        }
    }

    /**
     * @throws WrongKey if the value was sealed under another key, or changed since
     */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        var bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException wrongKeyOrChanged) {
            throw new WrongKey();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", impossible);
        }
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** A sealed value that this key cannot open: another instance's key, or a changed value. */
    public static final class WrongKey extends IllegalStateException {
        WrongKey() {
            super("A sealed secret does not open with this key: is GLUTECOACH_SECRET_KEY the same on every instance?");
        }
    }
}
