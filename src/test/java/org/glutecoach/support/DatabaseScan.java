package org.glutecoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every column of every row of every table the database catalogue lists, so a new module's tables are
 * covered without changing the tests that use this.
 */
public final class DatabaseScan {

    private DatabaseScan() {}

    /** "table: values" for every row whose columns contain the account id or the address. */
    public static List<String> rowsNaming(JdbcTemplate jdbc, UUID accountId, String email) {
        return rowsNaming(jdbc, accountId, List.of(email));
    }

    /** "table: values" for every row whose columns contain the account id or any of the addresses. */
    public static List<String> rowsNaming(JdbcTemplate jdbc, UUID accountId, List<String> emails) {
        var id = accountId.toString();
        var addresses =
                emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).toList();
        var found = new ArrayList<String>();
        var tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
                ORDER BY table_name""", String.class);
        assertThat(tables)
                .contains(
                        "identity_accounts",
                        "privacy_consents",
                        "audit_events",
                        "mail_outbox",
                        "selfcheck_red_flag_events",
                        "selfcheck_results",
                        "course_enrolments",
                        "identity_http_sessions");
        for (var table : tables) {
            jdbc.query("SELECT * FROM " + table, rs -> {
                var values = new ArrayList<String>();
                for (var column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    var value = rs.getObject(column);
                    values.add(
                            value instanceof byte[] bytes
                                    ? new String(bytes, StandardCharsets.ISO_8859_1)
                                    : Objects.toString(value));
                }
                var row = String.join(" | ", values);
                var lowerCase = row.toLowerCase(Locale.ROOT);
                if (row.contains(id) || addresses.stream().anyMatch(lowerCase::contains)) {
                    found.add(table + ": " + row);
                }
            });
        }
        return found;
    }
}
