package org.glutecoach.identity.account;

import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.ActiveSession;
import org.glutecoach.identity.domain.AccessTokens;
import org.glutecoach.identity.domain.SignedInSessions;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where an account is signed in, signing out everywhere else, and warning of attacks on the password. */
@Service
@Transactional
public class SignInSessions {

    private final KnownAccounts known;
    private final MailedLinks links;
    private final SignedInSessions sessions;
    private final AccessTokens accessTokens;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;

    SignInSessions(
            KnownAccounts known,
            MailedLinks links,
            SignedInSessions sessions,
            AccessTokens accessTokens,
            MailOutbox mail,
            ApplicationEventPublisher events) {
        this.known = known;
        this.links = links;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.mail = mail;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ActiveSession> sessions(AccountId id, @Nullable String currentSessionId) {
        return sessions.of(known.get(id).email(), currentSessionId);
    }

    /** Ends every other session, every outstanding link of the account and every API token; this session stays. */
    public int signOutEverywhereElse(AccountId id, @Nullable String currentSessionId) {
        var account = known.get(id);
        var ended = sessions.endAllExcept(account.email(), currentSessionId);
        links.retireEveryLinkOf(account);
        accessTokens.revokeAll(account.id());
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.SIGNED_OUT_ELSEWHERE));
        return ended;
    }

    /**
     * Tells the person that someone keeps giving wrong passwords for their account. The sign-in limit calls this
     * once per attack, not once per try.
     */
    public void warnOfFailedSignIns(AccountId id) {
        var account = known.get(id);
        mail.queue(Mail.of(account.email(), "identity/mail/sign-in-attempts", Map.of())
                .about(account.id()));
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.SIGN_IN_ATTEMPTS_WARNED));
    }
}
