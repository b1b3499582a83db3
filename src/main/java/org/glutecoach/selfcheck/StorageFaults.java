package org.glutecoach.selfcheck;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Names a storage fault for the log without its messages: a driver's message may quote the values of the row it
 * refused, and a red-flag record's values are health answers (HZ-25). The exception classes and the database's
 * SQL state and error code are enough for an operator to look the fault up.
 */
final class StorageFaults {

    private StorageFaults() {}

    /**
     * The failure and its causes, outermost first, for example {@code DataIntegrityViolationException <
     * JdbcSQLIntegrityConstraintViolationException (SQL state 23513, code 23513)}.
     */
    static String describe(Throwable failure) {
        var parts = new ArrayList<String>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            parts.add(
                    cause instanceof SQLException sql
                            ? cause.getClass().getSimpleName() + " (SQL state " + sql.getSQLState() + ", code "
                                    + sql.getErrorCode() + ")"
                            : cause.getClass().getSimpleName());
        }
        return String.join(" < ", parts);
    }
}
