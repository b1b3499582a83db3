package org.glutecoach.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server (zonky's embedded binaries, no Docker) for the whole test run, started on first use
 * and stopped when the JVM ends. Each caller gets a database of its own, so contexts never see each other's rows.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {}

    /** A JDBC URL of a new, empty database on the shared server. */
    public static synchronized String newDatabase() {
        var name = "glute_" + DATABASES.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    /** Points a test context at a new database on the shared server, as the environment variables would. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "GLUTECOACH_DB_URL=" + newDatabase(),
                            "GLUTECOACH_DB_USER=" + USER,
                            "GLUTECOACH_DB_PASSWORD=" + PASSWORD)
                    .applyTo(context);
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the temp directory goes with it.
                }
            }));
        }
        return server;
    }
}
