package org.glutecoach.practice.clients.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.domain.Client;
import org.glutecoach.practice.clients.domain.Clients;
import org.glutecoach.practice.clients.notes.domain.Amendments;
import org.glutecoach.practice.clients.notes.domain.ClinicalRecord;
import org.glutecoach.practice.clients.notes.domain.RetentionPolicy;
import org.glutecoach.practice.clients.notes.domain.SessionNotes;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.shared.RecordsKeptAfterDeletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's clinical record of each client (the client, their notes and amendments) over its life: kept when
 * the person deletes their account, erased as a whole once the retention period after the last contact has passed
 * (a daily task, one instance at a time), and listed for the owner before it goes (ADR 20).
 */
@Service
@Transactional
public class ClinicalRecords implements RecordsKeptAfterDeletion {

    private final Clients clients;
    private final SessionNotes notes;
    private final Amendments amendments;
    private final JdbcClient jdbc;
    private final RetentionPolicy policy;
    private final RecordsRetentionSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClinicalRecords(
            Clients clients,
            SessionNotes notes,
            Amendments amendments,
            JdbcClient jdbc,
            RecordsRetentionSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clients = clients;
        this.notes = notes;
        this.amendments = amendments;
        this.jdbc = jdbc;
        this.policy = new RetentionPolicy(settings.years());
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Erases every record whose period has ended, and only those; each erasure goes in the audit log. */
    public int eraseDue() {
        var due = policy.due(records(), today());
        due.forEach(record -> {
            amendments.deleteByClientId(record.clientId());
            notes.deleteByClientId(record.clientId());
            clients.deleteById(record.clientId());
            events.publishEvent(
                    new AuditEvent(null, null, AuditAction.CLINICAL_RECORD_ERASED, "client " + record.clientId()));
        });
        return due.size();
    }

    /** Records that will be erased within the settings' look-ahead, soonest first, for the owner. */
    @Transactional(readOnly = true)
    public List<RecordDueView> dueSoon() {
        var names = new HashMap<UUID, String>();
        clients.findAll()
                .forEach(client ->
                        names.put(client.id().value(), client.view(false).calledBy()));
        return policy.dueWithin(records(), today(), settings.dueSoonDays()).stream()
                .map(record -> new RecordDueView(
                        new ClientId(record.clientId()),
                        names.getOrDefault(record.clientId(), ""),
                        record.lastContact(),
                        policy.erasableFrom(record)))
                .toList();
    }

    public RecordsRetentionSettings settings() {
        return settings;
    }

    /**
     * The person deleted their account: what they hold goes (their own modules see to that), but the practice's
     * record of them as a client stays for its period, no longer linked to the account. A client the practice
     * never saw and wrote nothing about is no clinical record, and goes with the account.
     */
    @EventListener
    void on(AccountDeleted deleted) {
        clients.findByAccountId(deleted.accountId().value()).ifPresent(client -> {
            if (holdsClinicalRecord(client)) {
                jdbc.sql("UPDATE practice_clients SET account_id = NULL WHERE id = :id")
                        .param("id", client.id().value())
                        .update();
            } else {
                clients.delete(client);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> keptFor(UUID accountId) {
        return clients.findByAccountId(accountId)
                .filter(this::holdsClinicalRecord)
                .map(client -> List.of("notes.kept-after-deletion"))
                .orElse(List.of());
    }

    private boolean holdsClinicalRecord(Client client) {
        return client.view(false).lastSeen() != null
                || !notes.findByClientIdOrderBySessionDateDescCreatedAtDesc(
                                client.id().value())
                        .isEmpty();
    }

    /** Each client with the day of the last contact: last seen, the latest session noted, or when added. */
    private List<ClinicalRecord> records() {
        Map<UUID, LocalDate> latestNotes = new HashMap<>();
        jdbc.sql("SELECT client_id, MAX(session_date) AS latest FROM practice_session_notes GROUP BY client_id")
                .query((row, n) ->
                        Map.entry(row.getObject("client_id", UUID.class), row.getObject("latest", LocalDate.class)))
                .list()
                .forEach(entry -> latestNotes.put(entry.getKey(), entry.getValue()));
        var records = new ArrayList<ClinicalRecord>();
        for (var client : clients.findAll()) {
            if (client.linkedAccount() != null) {
                // Still linked to the person's account: a live relationship, not a record past its time. Deleting
                // the account unlinks it, and the retention clock runs from the last contact from then on.
                continue;
            }
            var id = client.id().value();
            var last = client.createdAt().atZone(DefaultTimeZone.ZONE).toLocalDate();
            var seen = client.view(false).lastSeen();
            if (seen != null && seen.isAfter(last)) {
                last = seen;
            }
            var noted = latestNotes.get(id);
            if (noted != null && noted.isAfter(last)) {
                last = noted;
            }
            records.add(new ClinicalRecord(id, last));
        }
        return records;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DefaultTimeZone.ZONE));
    }
}
