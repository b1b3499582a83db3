package org.glutecoach.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key for {@link SealedSecrets}: {@code GLUTECOACH_SECRET_KEY} (32 random bytes in Base64), the same on every
 * instance. With the embedded database and no key set, one is made at first start and kept in the data folder
 * next to the database file (file mode 600), so the one-jar install needs nothing; with any other database the
 * app does not start without it, as instances with keys of their own could not read each other's secrets.
 */
@Configuration(proxyBeanMethods = false)
class SealedSecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SealedSecretsConfiguration.class);
    static final String KEY_FILE = "secret-key";
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    @Bean
    SealedSecrets sealedSecrets(SharedSettings settings, DataSourceProperties dataSource) {
        var embedded = dataSource.getUrl() != null && dataSource.getUrl().startsWith("jdbc:h2:");
        return new SealedSecrets(key(settings.secretKey(), dataFolder(settings), embedded));
    }

    private static Path dataFolder(SharedSettings settings) {
        if (settings.dataDir() == null) {
            throw new IllegalStateException("Set GLUTECOACH_DATA_DIR (glutecoach.data-dir): the folder of the "
                    + "embedded database and its key.");
        }
        return settings.dataDir();
    }

    static byte[] key(String configured, Path dataDir, boolean embeddedDatabase) {
        if (!configured.isBlank()) {
            return decode(configured.strip(), "GLUTECOACH_SECRET_KEY");
        }
        if (!embeddedDatabase) {
            throw new IllegalStateException("Set GLUTECOACH_SECRET_KEY to 32 random bytes in Base64 (for example "
                    + "the output of: openssl rand -base64 32), the same on every instance: it seals the two-step "
                    + "sign-in secrets in the database.");
        }
        var file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
                log.info(
                        "Made a key for secrets kept in the database: {}. Back it up with the database; to run "
                                + "on PostgreSQL or more than one instance, set GLUTECOACH_SECRET_KEY to its content.",
                        file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the secrets key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        var key = Secrets.randomBytes(SealedSecrets.KEY_BYTES);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException anotherStartMadeIt) {
            // Two starts at once on one data folder: the first one's key stands.
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(where + " is not Base64; it must be 32 random bytes in Base64.");
        }
        if (key.length != SealedSecrets.KEY_BYTES) {
            throw new IllegalStateException(where + " holds " + key.length + " bytes; it must be 32 random bytes "
                    + "in Base64 (openssl rand -base64 32).");
        }
        return key;
    }
}
