package org.glutecoach.practice.clients.notes;

import java.time.Clock;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's subject access request, answered by the practice owner in one step: the request and the answer go
 * in the audit log, naming the client (and their account, if linked) but none of the content.
 */
@Service
@Transactional
public class SubjectAccess {

    private final NotesService notes;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectAccess(NotesService notes, IdentityService identity, ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everything the practice holds about the client.
     *
     * @param format how the answer is handed over ({@code json} or {@code pdf}), for the audit line
     * @throws ClientNotFound unless the caller is the practice owner and the client exists
     */
    public SubjectAccessAnswer answer(ClientId clientId, AccountId owner, String format) {
        if (identity.findAccount(owner).filter(AccountView::practiceOwner).isEmpty()) {
            throw new ClientNotFound();
        }
        var client = notes.client(clientId, owner);
        var subject =
                client.linkedAccount() == null ? null : client.linkedAccount().value();
        var detail = "client " + clientId + ", " + format;
        events.publishEvent(new AuditEvent(owner.value(), subject, AuditAction.SUBJECT_ACCESS_REQUESTED, detail));
        var answer = new SubjectAccessAnswer(clock.instant(), client, notes.allNotes(clientId));
        events.publishEvent(new AuditEvent(owner.value(), subject, AuditAction.SUBJECT_ACCESS_ANSWERED, detail));
        return answer;
    }
}
