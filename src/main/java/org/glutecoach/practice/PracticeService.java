package org.glutecoach.practice;

import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.domain.PracticeDetails;
import org.glutecoach.practice.domain.PracticeDetailsStore;
import org.glutecoach.shared.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of the practice. Its contact details live in the database, where the
 * owner edits them; the {@code GLUTECOACH_PRACTICE_*} settings only fill them on the first start.
 */
@Service
@Transactional
public class PracticeService {

    private static final Logger log = LoggerFactory.getLogger(PracticeService.class);

    private final PracticeSettings settings;
    private final PracticeDetailsStore details;
    private final ApplicationEventPublisher events;

    PracticeService(PracticeSettings settings, PracticeDetailsStore details, ApplicationEventPublisher events) {
        this.settings = settings;
        this.details = details;
        this.events = events;
    }

    /** How to reach the practice; empty fields when the owner has not set them. */
    @Transactional(readOnly = true)
    public PracticeContactView contact() {
        // Before the first start has stored them, the settings are what the owner gave.
        return view(details.find().orElseGet(this::fromSettings));
    }

    /**
     * The owner's new contact details, checked and stored; audited.
     *
     * @throws InvalidPracticeDetails naming the first field that cannot be used
     */
    public PracticeContactView changeContact(AccountId owner, ChangePracticeDetails change) {
        var changed = new PracticeDetails(change.name(), change.phone(), change.email(), change.address());
        details.save(changed);
        events.publishEvent(new AuditEvent(owner.value(), null, "PRACTICE_DETAILS_CHANGED", null));
        return view(changed);
    }

    /** On the first start, the settings become the stored details; later starts leave the owner's edits alone. */
    @EventListener(ApplicationReadyEvent.class)
    void storeSettingsOnFirstStart() {
        if (details.addIfAbsent(fromSettings())) {
            log.info("Stored the practice's contact details from the GLUTECOACH_PRACTICE_* settings; from now on "
                    + "the owner edits them on /practice/details");
        }
    }

    private PracticeDetails fromSettings() {
        return new PracticeDetails(settings.name(), settings.phone(), settings.email(), settings.address());
    }

    private static PracticeContactView view(PracticeDetails details) {
        return new PracticeContactView(details.name(), details.phone(), details.phoneLink(), details.email(),
                details.address());
    }
}
