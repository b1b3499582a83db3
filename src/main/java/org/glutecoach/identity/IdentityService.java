package org.glutecoach.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glutecoach.identity.account.KnownAccounts;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.IdentityTokens;
import org.glutecoach.identity.domain.Password;
import org.glutecoach.identity.domain.SignedInSessions;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of identity: reading accounts, signing up, deleting an account, and
 * the accounts of the practice's staff (which {@code practice.staff} decides on). Identity's own pages use the
 * services in {@code identity.account}, one per concept.
 */
@Service
@Transactional
public class IdentityService {

    private final Accounts accounts;
    private final KnownAccounts known;
    private final Registrations registrations;
    private final IdentityTokens tokens;
    private final SignedInSessions sessions;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityService(
            Accounts accounts,
            KnownAccounts known,
            Registrations registrations,
            IdentityTokens tokens,
            SignedInSessions sessions,
            MailOutbox mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.known = known;
        this.registrations = registrations;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sign-up as the pages do it: the same answer whether or not the address is taken (see
     * {@link Registrations#signUp}).
     *
     * @return the new account, or empty if the address was taken (callers must not show the difference)
     * @throws InvalidCredentials if the email address or password breaks the rules
     */
    public Optional<AccountId> signUp(RegisterAccount command) {
        return registrations.signUp(command);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findAccount(AccountId id) {
        return accounts.findById(id.value()).map(Account::view);
    }

    /**
     * The account of someone the caller already knows to have one (signed in, or named by their own record).
     *
     * @throws AccountNotFound if it is gone, e.g. deleted in another tab meanwhile
     */
    @Transactional(readOnly = true)
    public AccountView account(AccountId id) {
        return findAccount(id).orElseThrow(AccountNotFound::new);
    }

    /** The account an address belongs to (read the one way every module reads addresses), if any. */
    @Transactional(readOnly = true)
    public Optional<AccountId> accountWithEmail(String email) {
        return accounts.findByEmail(EmailAddresses.normalised(email))
                .map(account -> account.view().id());
    }

    /** The account using an address, for staff looking someone up; empty for an unknown or malformed one. */
    @Transactional(readOnly = true)
    public Optional<AccountView> findAccountByEmail(String email) {
        try {
            return accounts.findByEmail(EmailAddress.of(email).value()).map(Account::view);
        } catch (InvalidCredentials notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * How each of these accounts is named to staff (its display name, else its address); accounts that no
     * longer exist are missing from the answer.
     */
    @Transactional(readOnly = true)
    public Map<AccountId, String> namesOf(Collection<AccountId> ids) {
        var names = new HashMap<AccountId, String>();
        accounts.findAllById(ids.stream().map(AccountId::value).distinct().toList())
                .forEach(account -> {
                    var view = account.view();
                    names.put(
                            view.id(),
                            view.displayName() == null || view.displayName().isBlank()
                                    ? view.email()
                                    : view.displayName() + " (" + view.email() + ")");
                });
        return names;
    }

    /**
     * Each of these accounts' time zone, in one read (for modules that work out many people's "today" at once);
     * accounts that no longer exist are missing from the answer.
     */
    @Transactional(readOnly = true)
    public Map<AccountId, java.time.ZoneId> timeZonesOf(Collection<AccountId> ids) {
        var zones = new HashMap<AccountId, java.time.ZoneId>();
        accounts.findAllById(ids.stream().map(AccountId::value).distinct().toList())
                .forEach(account -> {
                    var view = account.view();
                    zones.put(view.id(), view.timeZone());
                });
        return zones;
    }

    /**
     * Deletes the account after checking the password. Every module erases its own data in this transaction
     * (they listen for {@link AccountDeleted}); mails to the person and their sessions go too.
     *
     * @throws WrongPassword if the password does not match
     */
    public void deleteAccount(AccountId id, String password) {
        var account = known.get(id);
        known.checkPassword(account, password);
        var verified = account.view().emailVerified();
        events.publishEvent(new AccountDeleted(id, account.email(), verified));
        tokens.deleteByAccountId(account.id());
        accounts.delete(account);
        // Mails about the account (to its old, current and pending addresses) go; mails to an address it never
        // proved are someone else's, unless the account caused them.
        mail.forget(account.id(), verified ? List.of(account.email()) : List.of());
        sessions.endAllExcept(account.email(), null);
    }

    @Transactional(readOnly = true)
    public boolean practiceOwnerExists() {
        return accounts.existsByPracticeOwnerTrue();
    }

    /**
     * Creates the account of the practice's owner, with its address verified (the set-up link proved who they
     * are). The database refuses a second owner, even one created at the same moment.
     *
     * @throws InvalidCredentials if the address or password breaks the rules
     * @throws EmailAlreadyRegistered if an account already uses the address
     * @throws org.springframework.dao.DataIntegrityViolationException if the practice has an owner already
     */
    public AccountView createPracticeOwner(RegisterAccount command, @Nullable String displayName) {
        var email = EmailAddress.of(command.email());
        var hash = known.hash(Password.of(command.password()));
        if (accounts.existsByEmail(email.value())) {
            throw new EmailAlreadyRegistered();
        }
        var owner = accounts.save(Account.practiceOwner(email, hash, displayName, clock));
        events.publishEvent(AuditEvent.bySelf(owner.id(), AuditAction.PRACTICE_OWNER_CREATED));
        return owner.view();
    }

    /**
     * Creates an invited therapist's account at the address the invitation went to (so it is verified).
     *
     * @throws InvalidCredentials if the password breaks the rules
     * @throws EmailAlreadyRegistered if an account already uses the address
     */
    public AccountView createTherapist(RegisterAccount command, @Nullable String displayName) {
        var email = EmailAddress.of(command.email());
        var hash = known.hash(Password.of(command.password()));
        if (accounts.existsByEmail(email.value())) {
            throw new EmailAlreadyRegistered();
        }
        var therapist = accounts.save(Account.invitedTherapist(email, hash, displayName, clock));
        events.publishEvent(AuditEvent.bySelf(therapist.id(), AuditAction.THERAPIST_JOINED));
        return therapist.view();
    }

    /** The therapists' accounts (the owner among them), by address. */
    @Transactional(readOnly = true)
    public List<AccountView> therapists() {
        return accounts.findByRoleOrderByEmail(Role.THERAPIST).stream()
                .map(Account::view)
                .toList();
    }
}
