package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A storage fault is named for the log by its classes and SQL state, never by messages that may quote a row. */
class StorageFaultsTests {

    @Test
    void namesTheFaultAndItsCausesWithoutTheirMessages() {
        var driver = new SQLException("Check constraint violation: VALUES ('{\"E_LEAK\":\"YES\"}')", "23513", 23513);
        var failure = new DataIntegrityViolationException("INSERT ... {\"E_LEAK\":\"YES\"}", driver);

        var described = StorageFaults.describe(failure);

        assertThat(described)
                .isEqualTo("DataIntegrityViolationException < SQLException (SQL state 23513, code 23513)")
                .doesNotContain("E_LEAK");
    }
}
