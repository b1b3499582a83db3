package org.glutecoach.privacy;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.domain.Consent;
import org.glutecoach.privacy.domain.Consents;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents, the data export and account deletion. Other modules ask {@link #hasConsent} before they store health
 * data or share it, every time: a withdrawal takes effect at once.
 */
@Service
@Transactional
public class PrivacyService {

    /** The wording of the consent page people agree to; change it whenever that wording changes. */
    public static final String CONSENT_TEXT_VERSION = "consent-2026-11-1";
    /** The shape of the export file, documented in docs/export.md. */
    public static final int EXPORT_SCHEMA_VERSION = 1;

    private final Consents consents;
    private final IdentityService identity;
    /** Looked up when an export is made: contributing modules may themselves ask this service about consent. */
    private final ObjectProvider<PersonalData> contributions;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyService(
            Consents consents,
            IdentityService identity,
            ObjectProvider<PersonalData> contributions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.identity = identity;
        this.contributions = contributions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasConsent(AccountId id, ConsentKind kind) {
        return current(id).getOrDefault(kind, false);
    }

    /**
     * Which of these people have the consent in force now, in one read (for lists of many people, such as the
     * practice's client list); the same answer as {@link #hasConsent} for each.
     */
    @Transactional(readOnly = true)
    public java.util.Set<AccountId> withConsent(java.util.Collection<AccountId> ids, ConsentKind kind) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var latest = new java.util.HashMap<AccountId, Boolean>();
        consents.historyOf(ids.stream().map(AccountId::value).distinct().toList(), kind.name())
                .forEach(answer -> latest.put(
                        new AccountId(answer.accountId()), answer.record().given()));
        var given = new java.util.HashSet<AccountId>();
        latest.forEach((id, yes) -> {
            if (yes) {
                given.add(id);
            }
        });
        return java.util.Set.copyOf(given);
    }

    /** The consent in force for each kind the person has decided on; kinds never asked about are missing. */
    @Transactional(readOnly = true)
    public Map<ConsentKind, Boolean> current(AccountId id) {
        var current = new EnumMap<ConsentKind, Boolean>(ConsentKind.class);
        consents.historyOf(id.value()).forEach(entry -> current.put(entry.kind(), entry.given()));
        return current;
    }

    /** Whether the person has answered the consent question about their health data at all. */
    @Transactional(readOnly = true)
    public boolean hasDecidedOnHealthData(AccountId id) {
        return current(id).containsKey(ConsentKind.HEALTH_DATA);
    }

    @Transactional(readOnly = true)
    public List<ConsentRecord> history(AccountId id) {
        return consents.historyOf(id.value());
    }

    /**
     * Records the person's choices; withdrawing the consent to keep health data deletes what was kept under it.
     *
     * @see #decide(AccountId, Map, KeptHealthData)
     */
    public void decide(AccountId id, Map<ConsentKind, Boolean> choices) {
        decide(id, choices, KeptHealthData.DELETE);
    }

    /**
     * Records the person's choices. Only changes (and first answers) are added to the history; each change is
     * audited and announced, so a withdrawal stops at once whatever it covered. On withdrawing the consent to keep
     * health data, {@code kept} says whether the modules delete what they kept under it (in this transaction) or
     * keep it read-only.
     */
    public void decide(AccountId id, Map<ConsentKind, Boolean> choices, KeptHealthData kept) {
        var current = current(id);
        var now = clock.instant();
        choices.forEach((kind, given) -> {
            if (!given.equals(current.get(kind))) {
                consents.save(Consent.answered(id.value(), new ConsentRecord(kind, given, CONSENT_TEXT_VERSION, now)));
                events.publishEvent(AuditEvent.bySelf(
                        id.value(), given ? AuditAction.CONSENT_GIVEN : AuditAction.CONSENT_WITHDRAWN, kind.name()));
                events.publishEvent(new ConsentChanged(id, kind, given, kept));
            }
        });
    }

    /**
     * Asks for the mini course to start for the person (see {@link CourseStartRequested}); does nothing unless
     * they have said yes to course emails.
     */
    public void requestCourse(AccountId id) {
        if (hasConsent(id, ConsentKind.COURSE_EMAILS)) {
            events.publishEvent(new CourseStartRequested(id));
        }
    }

    /**
     * Everything held about the person, module by module, in the documented export shape (docs/export.md).
     * The export itself is audited.
     */
    public Map<String, Object> export(AccountId id) {
        var export = new LinkedHashMap<String, Object>();
        export.put("schema", "glute-coach-export");
        export.put("schemaVersion", EXPORT_SCHEMA_VERSION);
        export.put("exportedAt", clock.instant().toString());
        var sections = new LinkedHashMap<String, Object>();
        contributions.stream()
                .sorted(java.util.Comparator.comparing(PersonalData::section))
                .forEach(part -> sections.put(part.section(), part.of(id.value())));
        export.put("sections", sections);
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.DATA_EXPORTED));
        return export;
    }

    /**
     * Deletes the account and everything in it, after checking the password.
     *
     * @throws org.glutecoach.identity.WrongPassword if it does not match; nothing is deleted
     */
    public void deleteAccount(AccountId id, String password) {
        identity.deleteAccount(id, password);
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        consents.deleteByAccountId(deleted.accountId().value());
    }
}
