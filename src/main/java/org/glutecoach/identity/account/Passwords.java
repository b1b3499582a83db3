package org.glutecoach.identity.account;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.identity.domain.AccessTokens;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.Password;
import org.glutecoach.identity.domain.SignedInSessions;
import org.glutecoach.identity.domain.TokenPurpose;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing a password, and resetting a forgotten one by a mailed link. */
@Service
@Transactional
public class Passwords {

    private final Accounts accounts;
    private final KnownAccounts known;
    private final MailedLinks links;
    private final SignedInSessions sessions;
    private final AccessTokens accessTokens;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(
            Accounts accounts,
            KnownAccounts known,
            MailedLinks links,
            SignedInSessions sessions,
            AccessTokens accessTokens,
            MailOutbox mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.known = known;
        this.links = links;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Always looks the same to the caller, whether or not the address has an account. */
    public void requestPasswordReset(String email) {
        Optional<Account> account;
        try {
            account = accounts.findByEmail(EmailAddress.of(email).value());
        } catch (InvalidCredentials notAnAddress) {
            return;
        }
        account.ifPresent(links::sendReset);
    }

    /** @throws InvalidToken unless the reset link can still be used */
    @Transactional(readOnly = true)
    public void checkResetLink(String secret) {
        links.usable(secret, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password from a reset link, used once, and signs the account out everywhere: every session, every
     * other link of the account and every API token end (whoever reset the password may not be the only one who
     * knew the old one).
     */
    public void resetPassword(String secret, String newPassword) {
        var token = links.usable(secret, TokenPurpose.RESET_PASSWORD);
        var password = Password.of(newPassword);
        var account = known.get(
                new AccountId(Objects.requireNonNull(token.accountId(), "a reset link always belongs to an account")));
        links.useOnce(token);
        account.changePassword(known.hash(password));
        // Following the link proves the address too.
        account.verifyEmail(clock);
        accounts.save(account);
        sessions.endAllExcept(account.email(), null);
        links.retireEveryLinkOf(account);
        accessTokens.revokeAll(account.id());
        mail.queue(Mail.of(account.email(), "identity/mail/password-changed", Map.of())
                .about(account.id()));
        events.publishEvent(AuditEvent.bySelf(account.id(), AuditAction.PASSWORD_RESET));
    }

    /**
     * Changes the password after checking the current one. Other sessions and every outstanding link of the
     * account end, this session stays; the API tokens are revoked too unless the person chose to keep them.
     *
     * @throws WrongPassword if the current password does not match
     */
    public void changePassword(
            AccountId id,
            String currentPassword,
            String newPassword,
            @Nullable String keptSessionId,
            boolean keepAccessTokens) {
        var account = known.get(id);
        known.checkPassword(account, currentPassword);
        account.changePassword(known.hash(Password.of(newPassword)));
        accounts.save(account);
        sessions.endAllExcept(account.email(), keptSessionId);
        links.retireEveryLinkOf(account);
        if (!keepAccessTokens) {
            accessTokens.revokeAll(account.id());
        }
        mail.queue(Mail.of(account.email(), "identity/mail/password-changed", Map.of())
                .about(account.id()));
        events.publishEvent(AuditEvent.bySelf(account.id(), AuditAction.PASSWORD_CHANGED));
    }
}
