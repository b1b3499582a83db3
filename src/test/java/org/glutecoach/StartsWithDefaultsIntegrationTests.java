package org.glutecoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a newcomer starts it: no profile, no test settings, every setting at its default, the
 * embedded database created in a fresh data folder. Catches a default that only the tests' settings hid.
 */
class StartsWithDefaultsIntegrationTests {

    static Path dataDir;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void firstStart() throws Exception {
        dataDir = Files.createTempDirectory("glute-first-start").resolve("data");
        app = new SpringApplicationBuilder(GluteCoachApplication.class)
                .run("--server.port=0", "--glutecoach.data-dir=" + dataDir, "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theFirstStartCreatesTheDatabaseAndServesThePages() throws Exception {
        var port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
        assertThat(dataDir.resolve("glute.mv.db")).exists();
        assertThat(dataDir.resolve("secret-key")).as("the key sealing secrets in the database").exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).as("the data folder")
                .isEqualTo("rwx------");
        try (var files = Files.list(dataDir)) {
            assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------"));
        }
        var visitor = Visitor.at(port);
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/self-check").statusCode()).isEqualTo(200);
        var contact = visitor.get("/practice/contact");
        assertThat(contact.statusCode()).isEqualTo(200);
        assertThat(contact.body()).contains("has not added its contact details yet");
        assertThat(visitor.get("/actuator/health/readiness").body()).contains("UP");
    }
}
