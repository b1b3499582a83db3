package org.glutecoach.identity.account;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.ChangePreferences;
import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.EmailAlreadyRegistered;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.Password;
import org.glutecoach.identity.domain.SignedInSessions;
import org.glutecoach.identity.domain.TokenPurpose;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's account from sign-up on: registering, verifying the address, moving to a new address, and the
 * account's own settings. Every mail is queued in the same transaction as the change it is about.
 */
@Service
@Transactional
public class Registrations {

    private final Accounts accounts;
    private final KnownAccounts known;
    private final MailedLinks links;
    private final SignedInSessions sessions;
    private final MailOutbox mail;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(
            Accounts accounts,
            KnownAccounts known,
            MailedLinks links,
            SignedInSessions sessions,
            MailOutbox mail,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.known = known;
        this.links = links;
        this.sessions = sessions;
        this.mail = mail;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a person's account, not yet verified, and mails the verification link.
     *
     * @throws InvalidCredentials if the email address or password breaks the rules (see {@link EmailAddress},
     *         {@link Password})
     * @throws EmailAlreadyRegistered if an account already uses the address
     */
    public AccountView register(RegisterAccount command) {
        var email = EmailAddress.of(command.email());
        var password = Password.of(command.password());
        if (accounts.existsByEmail(email.value())) {
            throw new EmailAlreadyRegistered();
        }
        var account = accounts.save(Account.person(email, known.hash(password), clock));
        links.sendVerification(account, email.value(), null);
        return account.view();
    }

    /**
     * Sign-up as the pages do it: they answer the same whether or not the address is taken, so nobody can learn
     * who has an account. A taken address gets a mail saying someone tried, with a way to sign in or reset. An
     * address gets at most a few such mails a day, whoever asks ({@link RateLimits#takeConfirmationMail}); past
     * that the answer is still the same, but no mail goes out.
     *
     * @return the new account, or empty if the address was taken (callers must not show the difference)
     */
    public Optional<AccountId> signUp(RegisterAccount command) {
        var email = EmailAddress.of(command.email());
        var hash = known.hash(Password.of(command.password()));
        // Counting locks the address's row until this transaction ends, so sign-ups of one address take turns
        // and the second sees the account the first made.
        var mayMail = limits.takeConfirmationMail(email.value());
        var existing = accounts.findByEmail(email.value());
        if (existing.isPresent()) {
            if (mayMail) {
                mail.queue(Mail.of(email.value(), "identity/mail/already-registered", Map.of())
                        .about(existing.get().id()));
            }
            return Optional.empty();
        }
        var account = accounts.save(Account.person(email, hash, clock));
        if (mayMail) {
            links.sendVerification(account, email.value(), null);
        }
        return Optional.of(account.view().id());
    }

    /** Mails a fresh verification link; earlier links stop working. */
    public void resendVerification(AccountId id) {
        var account = known.get(id);
        if (!account.view().emailVerified()) {
            links.sendVerification(account, account.email(), null);
        }
    }

    /**
     * Follows a verification link: verifies the address or, for a change of address, moves the account to it
     * and ends every session (they were signed in under the old address).
     *
     * @throws InvalidToken if the link is unknown, used or expired
     * @throws EmailAlreadyRegistered if the new address was taken since the link was sent
     */
    public AccountView verifyEmail(String secret) {
        var token = links.usable(secret, TokenPurpose.VERIFY_EMAIL);
        var account = known.get(new AccountId(
                Objects.requireNonNull(token.accountId(), "a verification link always belongs to an account")));
        links.useOnce(token);
        var newEmail = token.newEmail();
        if (newEmail == null) {
            account.verifyEmail(clock);
            events.publishEvent(AuditEvent.bySelf(account.id(), AuditAction.EMAIL_VERIFIED));
            return accounts.save(account).view();
        }
        if (accounts.existsByEmail(newEmail)) {
            throw new EmailAlreadyRegistered();
        }
        var oldEmail = account.email();
        account.changeEmail(EmailAddress.of(newEmail), clock);
        var saved = accounts.save(account).view();
        sessions.endAllExcept(oldEmail, null);
        links.retireEveryLinkOf(account);
        mail.queue(Mail.of(oldEmail, "identity/mail/email-changed", Map.of()).about(account.id()));
        events.publishEvent(AuditEvent.bySelf(account.id(), AuditAction.EMAIL_CHANGED));
        return saved;
    }

    /** Sends a link to the new address; the change happens only when that link is followed. */
    public void requestEmailChange(AccountId id, String currentPassword, String newEmail) {
        var account = known.get(id);
        known.checkPassword(account, currentPassword);
        var email = EmailAddress.of(newEmail);
        if (!email.value().equals(account.email()) && !accounts.existsByEmail(email.value())) {
            links.sendVerification(account, email.value(), email.value());
        }
    }

    /** Changes one's own settings; an unknown account is an error of the caller. */
    public AccountView changePreferences(AccountId id, ChangePreferences command) {
        var account = known.get(id);
        account.changePreferences(command.displayName(), command.timeZone());
        return accounts.save(account).view();
    }
}
