package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the embedded database's pool never closes a connection (application.properties): in H2 2.4.240 a
 * {@code CHECK (x IN (...))} made on one connection fails on every other once that connection is closed, until the
 * database is opened again. When the first test fails, H2 has mended it and the setting can go.
 */
class H2CheckConstraintsTests {

    private static final String TABLE = "CREATE TABLE accounts (id INT PRIMARY KEY, role VARCHAR(20) NOT NULL,"
            + " CONSTRAINT role_known CHECK (role IN ('PERSON', 'THERAPIST')))";

    @TempDir
    Path folder;

    @Test
    void aCheckBreaksWhenTheConnectionThatMadeItCloses() throws SQLException {
        try (Connection pooled = open()) {
            try (Connection migration = open()) {
                migration.createStatement().execute(TABLE);
                assertThatCode(() -> insert(pooled, 1)).doesNotThrowAnyException();
            }

            assertThatThrownBy(() -> insert(pooled, 2)).hasMessageContaining("Check constraint invalid");
        }
    }

    @Test
    void openedAgainTheDatabaseReadsItsChecksItselfAndTheyHold() throws SQLException {
        try (Connection migration = open()) {
            migration.createStatement().execute(TABLE);
        }
        try (Connection pooled = open()) {
            try (Connection other = open()) {
                insert(other, 1);
            }

            assertThatCode(() -> insert(pooled, 2)).doesNotThrowAnyException();
            assertThatThrownBy(() -> pooled.createStatement().execute("INSERT INTO accounts VALUES (3, 'SOMEONE')"))
                    .hasMessageContaining("Check constraint violation");
        }
    }

    /** A database file, as the app runs by default: it closes when its last connection does. */
    private Connection open() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    private static void insert(Connection connection, int id) throws SQLException {
        connection.createStatement().execute("INSERT INTO accounts VALUES (" + id + ", 'PERSON')");
    }
}
