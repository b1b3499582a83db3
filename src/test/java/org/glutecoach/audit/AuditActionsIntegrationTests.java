package org.glutecoach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Audit actions are an enum, yet every value stored before it (and every one the pages name) still reads. */
@IntegrationTest
class AuditActionsIntegrationTests {

    /** Every action string written to {@code audit_events} before the enum existed: rows in use hold these. */
    static final List<String> STORED = List.of(
            "SIGNED_IN",
            "SIGNED_OUT_ELSEWHERE",
            "SIGN_IN_ATTEMPTS_WARNED",
            "EMAIL_VERIFIED",
            "EMAIL_CHANGED",
            "PASSWORD_CHANGED",
            "PASSWORD_RESET",
            "ACCESS_TOKEN_CREATED",
            "ACCESS_TOKEN_REVOKED",
            "TWO_STEP_ON",
            "TWO_STEP_OFF",
            "RECOVERY_CODE_USED",
            "RECOVERY_CODES_RENEWED",
            "CONSENT_GIVEN",
            "CONSENT_WITHDRAWN",
            "DATA_EXPORTED",
            "ACCOUNT_DELETED",
            "SELF_CHECK_KEPT",
            "PRACTICE_OWNER_CREATED",
            "PRACTICE_DETAILS_CHANGED",
            "THERAPIST_INVITED",
            "THERAPIST_INVITATION_WITHDRAWN",
            "THERAPIST_JOINED");

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyStoredActionReadsBackAsTheActionOfTheSameName() {
        var person = UUID.randomUUID();
        var at = Instant.parse("2026-01-01T00:00:00Z");
        for (var i = 0; i < STORED.size(); i++) {
            jdbc.update(
                    "INSERT INTO audit_events (id, occurred_at, actor_id, subject_id, action)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    UUID.randomUUID(),
                    Timestamp.from(at.plusSeconds(i)),
                    person,
                    person,
                    STORED.get(i));
        }

        var newestFirst = new ArrayList<>(STORED);
        Collections.reverse(newestFirst);

        assertThat(audit.forPerson(new AccountId(person), 100))
                .extracting(entry -> entry.action().name())
                .containsExactlyElementsOf(newestFirst);
        assertThat(audit.search(new AuditQuery(person, "CONSENT_GIVEN", 1, 50)).lines())
                .singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo(AuditAction.CONSENT_GIVEN));
        assertThat(audit.actions()).containsAll(STORED);
    }

    @Test
    void aLineANewerVersionWroteReadsAsUnknownInsteadOfFailing() {
        var person = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO audit_events (id, occurred_at, actor_id, subject_id, action) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")),
                person,
                person,
                "SOMETHING_A_NEWER_VERSION_DOES");

        assertThat(audit.forPerson(new AccountId(person), 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(AuditAction.UNKNOWN));
        assertThat(audit.search(new AuditQuery(person, null, 1, 50)).lines()).hasSize(1);
    }

    @Test
    void everyActionIsOneThatWasStoredOrIsNewAndNamedOnThePages() throws IOException {
        var messages = new Properties();
        try (var in = new InputStreamReader(
                new ClassPathResource("messages/audit.properties").getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        var named = messages.stringPropertyNames().stream()
                .filter(key -> key.startsWith("audit.action."))
                .map(key -> key.substring("audit.action.".length()))
                .toList();

        assertThat(Arrays.stream(AuditAction.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(named)
                .containsAll(STORED);
    }

    @Test
    void anEventIsStoredByItsActionsNameAndReadBackAsTheEnum() {
        var person = UUID.randomUUID();

        events.publishEvent(AuditEvent.bySelf(person, AuditAction.DATA_EXPORTED));
        events.publishEvent(AuditEvent.bySelf(person, AuditAction.CONSENT_GIVEN, "HEALTH_DATA"));

        assertThat(audit.forPerson(new AccountId(person), 10))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.DATA_EXPORTED, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CONSENT_GIVEN, "HEALTH_DATA"));
        assertThat(jdbc.queryForList("SELECT action FROM audit_events WHERE subject_id = ?", String.class, person))
                .containsExactlyInAnyOrder("DATA_EXPORTED", "CONSENT_GIVEN");
    }
}
