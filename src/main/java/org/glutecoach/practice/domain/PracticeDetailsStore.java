package org.glutecoach.practice.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code practice_details}. */
@Repository
public class PracticeDetailsStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PracticeDetailsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<PracticeDetails> find() {
        return jdbc.sql("SELECT name, phone, email, address FROM practice_details WHERE id = 1")
                .query((rs, row) -> new PracticeDetails(
                        rs.getString("name"), rs.getString("phone"), rs.getString("email"), rs.getString("address")))
                .optional();
    }

    /**
     * Stores the first values unless a row is there already (another instance may have started at the same
     * time): true if these were stored.
     */
    public boolean addIfAbsent(PracticeDetails details) {
        if (find().isPresent()) {
            return false;
        }
        try {
            write("""
                    INSERT INTO practice_details (id, name, phone, email, address, updated_at)
                    VALUES (1, ?, ?, ?, ?, ?)""", details);
            return true;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return false;
        }
    }

    public void save(PracticeDetails details) {
        var updated = write("""
                UPDATE practice_details SET name = ?, phone = ?, email = ?, address = ?, updated_at = ? WHERE id = 1""", details);
        if (updated == 0) {
            addIfAbsent(details);
        }
    }

    /** Runs an insert or update that takes the details, then the time of the change, in that order. */
    private int write(String sql, PracticeDetails details) {
        return jdbc.sql(sql)
                .params(
                        details.name(),
                        details.phone(),
                        details.email(),
                        details.address(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
