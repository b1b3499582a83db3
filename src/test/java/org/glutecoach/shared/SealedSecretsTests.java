package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedSecretsTests {

    final SealedSecrets secrets = new SealedSecrets(randomKey());

    @Test
    void sealedSecretsOpenAgainAndGiveNothingAway() {
        var secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        var once = secrets.seal(secret);
        var twice = secrets.seal(secret);
        assertThat(once).startsWith("v1:").doesNotContain(secret).isNotEqualTo(twice);
        assertThat(secrets.open(once)).isEqualTo(secret);
        assertThat(secrets.open(twice)).isEqualTo(secret);
    }

    @Test
    void anotherKeyOrAChangedValueDoesNotOpen() {
        var sealed = secrets.seal("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> new SealedSecrets(randomKey()).open(sealed))
                .isInstanceOf(SealedSecrets.WrongKey.class)
                .hasMessageContaining("GLUTECOACH_SECRET_KEY");
        var bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        var changed = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> secrets.open(changed)).isInstanceOf(SealedSecrets.WrongKey.class);
    }

    @Test
    void aValueStoredBeforeSealingIsReadAsItIs() {
        assertThat(SealedSecrets.isSealed("JBSWY3DPEHPK3PXP")).isFalse();
        assertThat(secrets.open("JBSWY3DPEHPK3PXP")).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void theKeyFromTheEnvironmentMustBe32BytesOfBase64(@TempDir Path dir) {
        var key = randomKey();
        assertThat(SealedSecretsConfiguration.key(Base64.getEncoder().encodeToString(key), dir, false))
                .isEqualTo(key);
        assertThatThrownBy(() -> SealedSecretsConfiguration.key("c2hvcnQ=", dir, true))
                .hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> SealedSecretsConfiguration.key("not base64!", dir, true))
                .hasMessageContaining("not Base64");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void withoutAKeyTheEmbeddedDatabaseGetsOneInItsDataFolderAndOthersRefuseToStart(@TempDir Path dir)
            throws Exception {
        assertThatThrownBy(() -> SealedSecretsConfiguration.key(" ", dir, false))
                .hasMessageContaining("Set GLUTECOACH_SECRET_KEY");

        var data = dir.resolve("data");
        var first = SealedSecretsConfiguration.key("", data, true);
        var file = data.resolve(SealedSecretsConfiguration.KEY_FILE);
        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SealedSecretsConfiguration.key("", data, true))
                .as("the same key after a restart")
                .isEqualTo(first);
    }

    private static byte[] randomKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
