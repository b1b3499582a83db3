package org.glutecoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.glutecoach.shared.PublicAddress;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a newcomer starts it: no profile, no test settings, every setting at its default, the
 * embedded database created in a fresh data folder. Catches a default that only the tests' settings hid.
 */
@ExtendWith(OutputCaptureExtension.class)
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
        assertThat(dataDir.resolve("secret-key"))
                .as("the key sealing secrets in the database")
                .exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .as("the data folder")
                .isEqualTo("rwx------");
        try (var files = Files.list(dataDir)) {
            assertThat(files)
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.toString())
                            .isEqualTo("rw-------"));
        }
        var visitor = Visitor.at(port);
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/self-check").statusCode()).isEqualTo(200);
        var contact = visitor.get("/practice/contact");
        assertThat(contact.statusCode()).isEqualTo(200);
        assertThat(contact.body()).contains("has not added its contact details yet");
        assertThat(visitor.get("/actuator/health/readiness").body()).contains("UP");
    }

    @Test
    void theEmbeddedDatabaseKeepsTheConnectionThatMadeItsConstraints() {
        // H2CheckConstraintsTests shows why: closing it breaks every CHECK (x IN (...)) until a restart.
        var pool = app.getBean(HikariDataSource.class);
        assertThat(pool.getMaxLifetime()).as("never retired for age").isZero();
        assertThat(pool.getMinimumIdle()).as("never closed as idle").isEqualTo(pool.getMaximumPoolSize());
    }

    @Test
    void healthIsUpWithNoMailServerAndNothingProbesOne(CapturedOutput output) {
        var visitor = Visitor.at(port());
        var health = visitor.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(visitor.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        var mail = visitor.get("/actuator/health/mail");
        assertThat(mail.statusCode()).isEqualTo(200);
        assertThat(mail.body()).as("no SMTP host: nothing to probe").contains("\"UNKNOWN\"");
        assertThat(output.getAll()).doesNotContain("MailHealth", "localhost, 587");
    }

    @Test
    void linksFollowThePortTheServerListensOn(CapturedOutput output) {
        var base = "http://localhost:" + port();
        assertThat(app.getBean(PublicAddress.class).baseUrl()).isEqualTo(base);
        assertThat(output.getAll())
                .as("the owner's set-up link, printed at start")
                .containsPattern("open this one-time link: " + base + "/setup/\\S+");
    }

    @Test
    void startsWithNoWarningOurSettingsCanAnswer(CapturedOutput output) {
        var warnings =
                output.getAll().lines().filter(line -> line.contains(" WARN ")).toList();
        assertThat(warnings)
                .as("springdoc's 'on by default' (we serve the API docs on purpose) and db-scheduler's UTC hint for"
                        + " zone-less columns (ours keep the zone) are answered in application.properties")
                .noneMatch(line -> line.contains("SpringDocAppInitializer") || line.contains("utc_warning"));
        assertThat(warnings)
                .as("what may remain: Flyway not yet verified with this H2, and the owner's set-up link on purpose")
                .allMatch(line -> line.contains("which is newer than the version Flyway has been verified with")
                        || line.contains("open this one-time link"));
    }

    private static int port() {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
