package org.glutecoach.identity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glutecoach.identity.domain.AccessTokens;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.EmailAddress;
import org.glutecoach.identity.domain.IdentityToken;
import org.glutecoach.identity.domain.IdentityTokens;
import org.glutecoach.identity.domain.Password;
import org.glutecoach.identity.domain.RecoveryCodes;
import org.glutecoach.identity.domain.SignedInSessions;
import org.glutecoach.identity.domain.TokenPurpose;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.EmailAddresses;
import org.glutecoach.shared.RateLimits;
import org.glutecoach.shared.SealedSecrets;
import org.glutecoach.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of identity: accounts, their addresses and passwords, sessions, and
 * deleting an account. Every mail is queued in the same transaction as the change it is about.
 */
@Service
@Transactional
public class IdentityService {

    /** Marks our tokens, so a leaked one is easy to recognise (for example by secret scanners). */
    public static final String ACCESS_TOKEN_PREFIX = "gc_";
    private static final int MAX_TOKEN_NAME = 100;

    private final Accounts accounts;
    private final IdentityTokens tokens;
    private final AccessTokens accessTokens;
    private final RecoveryCodes recoveryCodes;
    private final SignedInSessions sessions;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final SealedSecrets sealed;
    private final RateLimits limits;
    private final Clock clock;

    IdentityService(Accounts accounts, IdentityTokens tokens, AccessTokens accessTokens, RecoveryCodes recoveryCodes,
            SignedInSessions sessions, PasswordEncoder passwords, MailOutbox mail, ApplicationEventPublisher events,
            SealedSecrets sealed, RateLimits limits, Clock clock) {
        this.sealed = sealed;
        this.limits = limits;
        this.accounts = accounts;
        this.tokens = tokens;
        this.accessTokens = accessTokens;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.passwords = passwords;
        this.mail = mail;
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
        return create(email, passwords.encode(password.value()));
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
        var hash = passwords.encode(Password.of(command.password()).value());
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
            sendVerification(account, email.value(), null);
        }
        return Optional.of(account.view().id());
    }

    private AccountView create(EmailAddress email, String passwordHash) {
        var account = accounts.save(Account.person(email, passwordHash, clock));
        sendVerification(account, email.value(), null);
        return account.view();
    }

    /** The account an address belongs to (read the one way every module reads addresses), if any. */
    @Transactional(readOnly = true)
    public Optional<AccountId> accountWithEmail(String email) {
        return accounts.findByEmail(EmailAddresses.normalised(email)).map(account -> account.view().id());
    }

    /**
     * Tells the person that someone keeps giving wrong passwords for their account. The sign-in limit calls this
     * once per attack, not once per try.
     */
    public void warnOfFailedSignIns(AccountId id) {
        var account = account(id);
        mail.queue(Mail.of(account.email(), "identity/mail/sign-in-attempts", Map.of()).about(account.id()));
        events.publishEvent(AuditEvent.bySelf(id.value(), "SIGN_IN_ATTEMPTS_WARNED"));
    }

    private void sendVerification(Account account, String to, @Nullable String newEmail) {
        tokens.retireAll(account.id(), TokenPurpose.VERIFY_EMAIL.name());
        var issued = IdentityToken.issue(TokenPurpose.VERIFY_EMAIL, account.id(), newEmail, clock);
        tokens.save(issued.token());
        var template = newEmail == null ? "identity/mail/verify-email" : "identity/mail/confirm-new-email";
        mail.queue(Mail.of(to, template, Map.of("link", "/verify-email?token=" + issued.secret()))
                .about(account.id()));
    }

    /** Mails a fresh verification link; earlier links stop working. */
    public void resendVerification(AccountId id) {
        var account = account(id);
        if (!account.view().emailVerified()) {
            sendVerification(account, account.email(), null);
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
        var token = usable(secret, TokenPurpose.VERIFY_EMAIL);
        var account = account(new AccountId(requireNonNull(token.accountId(), "this link is always for an account")));
        useOnce(token);
        var newEmail = token.newEmail();
        if (newEmail == null) {
            account.verifyEmail(clock);
            events.publishEvent(AuditEvent.bySelf(account.id(), "EMAIL_VERIFIED"));
            return accounts.save(account).view();
        }
        if (accounts.existsByEmail(newEmail)) {
            throw new EmailAlreadyRegistered();
        }
        var oldEmail = account.email();
        account.changeEmail(EmailAddress.of(newEmail), clock);
        var saved = accounts.save(account).view();
        sessions.endAllExcept(oldEmail, null);
        tokens.retireEveryLinkOf(account.id());
        mail.queue(Mail.of(oldEmail, "identity/mail/email-changed", Map.of()).about(account.id()));
        events.publishEvent(AuditEvent.bySelf(account.id(), "EMAIL_CHANGED"));
        return saved;
    }

    /** Sends a link to the new address; the change happens only when that link is followed. */
    public void requestEmailChange(AccountId id, String currentPassword, String newEmail) {
        var account = account(id);
        checkPassword(account, currentPassword);
        var email = EmailAddress.of(newEmail);
        if (!email.value().equals(account.email()) && !accounts.existsByEmail(email.value())) {
            sendVerification(account, email.value(), email.value());
        }
    }

    /** Always looks the same to the caller, whether or not the address has an account. */
    public void requestPasswordReset(String email) {
        Optional<Account> account;
        try {
            account = accounts.findByEmail(EmailAddress.of(email).value());
        } catch (InvalidCredentials notAnAddress) {
            return;
        }
        account.ifPresent(found -> {
            tokens.retireAll(found.id(), TokenPurpose.RESET_PASSWORD.name());
            var issued = IdentityToken.issue(TokenPurpose.RESET_PASSWORD, found.id(), null, clock);
            tokens.save(issued.token());
            mail.queue(Mail.of(found.email(), "identity/mail/reset-password",
                    Map.of("link", "/reset-password?token=" + issued.secret())).about(found.id()));
        });
    }

    /** @throws InvalidToken unless the reset link can still be used */
    @Transactional(readOnly = true)
    public void checkResetLink(String secret) {
        usable(secret, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password from a reset link, used once, and signs the account out everywhere: every session, every
     * other link of the account and every API token end (whoever reset the password may not be the only one who
     * knew the old one).
     */
    public void resetPassword(String secret, String newPassword) {
        var token = usable(secret, TokenPurpose.RESET_PASSWORD);
        var password = Password.of(newPassword);
        var account = account(new AccountId(requireNonNull(token.accountId(), "this link is always for an account")));
        useOnce(token);
        account.changePassword(passwords.encode(password.value()));
        // Following the link proves the address too.
        account.verifyEmail(clock);
        accounts.save(account);
        sessions.endAllExcept(account.email(), null);
        tokens.retireEveryLinkOf(account.id());
        accessTokens.revokeAll(account.id());
        mail.queue(Mail.of(account.email(), "identity/mail/password-changed", Map.of()).about(account.id()));
        events.publishEvent(AuditEvent.bySelf(account.id(), "PASSWORD_RESET"));
    }

    /**
     * Changes the password after checking the current one. Other sessions and every outstanding link of the
     * account end, this session stays; the API tokens are revoked too unless the person chose to keep them.
     */
    public void changePassword(AccountId id, String currentPassword, String newPassword,
            @Nullable String keptSessionId, boolean keepAccessTokens) {
        var account = account(id);
        checkPassword(account, currentPassword);
        account.changePassword(passwords.encode(Password.of(newPassword).value()));
        accounts.save(account);
        sessions.endAllExcept(account.email(), keptSessionId);
        tokens.retireEveryLinkOf(account.id());
        if (!keepAccessTokens) {
            accessTokens.revokeAll(account.id());
        }
        mail.queue(Mail.of(account.email(), "identity/mail/password-changed", Map.of()).about(account.id()));
        events.publishEvent(AuditEvent.bySelf(account.id(), "PASSWORD_CHANGED"));
    }

    @Transactional(readOnly = true)
    public List<ActiveSession> sessions(AccountId id, @Nullable String currentSessionId) {
        return sessions.of(account(id).email(), currentSessionId);
    }

    /** Ends every other session, every outstanding link of the account and every API token; this session stays. */
    public int signOutEverywhereElse(AccountId id, @Nullable String currentSessionId) {
        var account = account(id);
        var ended = sessions.endAllExcept(account.email(), currentSessionId);
        tokens.retireEveryLinkOf(account.id());
        accessTokens.revokeAll(account.id());
        events.publishEvent(AuditEvent.bySelf(id.value(), "SIGNED_OUT_ELSEWHERE"));
        return ended;
    }

    /**
     * Deletes the account after checking the password. Every module erases its own data in this transaction
     * (they listen for {@link AccountDeleted}); mails to the person and their sessions go too.
     *
     * @throws WrongPassword if the password does not match
     */
    public void deleteAccount(AccountId id, String password) {
        var account = account(id);
        checkPassword(account, password);
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
    public Optional<AccountView> findAccount(AccountId id) {
        return accounts.findById(id.value()).map(Account::view);
    }

    /**
     * How each of these accounts is named to staff (its display name, else its address); accounts that no
     * longer exist are missing from the answer.
     */
    @Transactional(readOnly = true)
    public Map<AccountId, String> namesOf(java.util.Collection<AccountId> ids) {
        var names = new java.util.HashMap<AccountId, String>();
        accounts.findAllById(ids.stream().map(AccountId::value).distinct().toList()).forEach(account -> {
            var view = account.view();
            names.put(view.id(), view.displayName() == null || view.displayName().isBlank() ? view.email()
                    : view.displayName() + " (" + view.email() + ")");
        });
        return names;
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

    /** Changes one's own settings; an unknown account is an error of the caller. */
    public AccountView changePreferences(AccountId id, ChangePreferences command) {
        var account = account(id);
        account.changePreferences(command.displayName(), command.timeZone());
        return accounts.save(account).view();
    }

    /** A new personal access token for the API; its secret is in the result and nowhere else. */
    public NewAccessToken createAccessToken(AccountId id, String name, TokenScope scope) {
        var tokenName = name.strip();
        if (tokenName.isEmpty() || tokenName.length() > MAX_TOKEN_NAME) {
            throw new IllegalArgumentException("A token needs a name of 1 to " + MAX_TOKEN_NAME + " characters");
        }
        var secret = ACCESS_TOKEN_PREFIX + Secrets.random(32);
        var token = accessTokens.add(account(id).id(), tokenName, scope, secret);
        events.publishEvent(AuditEvent.bySelf(id.value(), "ACCESS_TOKEN_CREATED"));
        return new NewAccessToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessTokenView> accessTokens(AccountId id) {
        return accessTokens.of(id.value());
    }

    /** Revokes one of the person's own tokens; false if they have none with that id. */
    public boolean revokeAccessToken(AccountId id, java.util.UUID tokenId) {
        var revoked = accessTokens.revoke(id.value(), tokenId);
        if (revoked) {
            events.publishEvent(AuditEvent.bySelf(id.value(), "ACCESS_TOKEN_REVOKED"));
        }
        return revoked;
    }

    /** The account and scope behind a token presented to the API, if it is one of ours. */
    public Optional<ApiCaller> authenticateAccessToken(String secret) {
        if (!secret.startsWith(ACCESS_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return accessTokens.use(secret).flatMap(holder -> accounts.findById(holder.accountId())
                .map(account -> new ApiCaller(account.signedIn(), holder.scope())));
    }

    /** Starts (or starts again) setting up two-step sign-in; nothing changes at sign-in until it is confirmed. */
    public TwoStepSetUp startTwoStep(AccountId id) {
        var account = account(id);
        if (account.twoStepEnabled()) {
            throw new IllegalStateException("Two-step sign-in is on already");
        }
        var secret = account.startTwoStep(sealed);
        accounts.save(account);
        return new TwoStepSetUp(secret, TwoStepCodes.provisioningUri("Glute Coach", account.email(), secret));
    }

    /** The set-up in progress, to show again (after a wrong code, say). */
    @Transactional(readOnly = true)
    public Optional<TwoStepSetUp> twoStepInProgress(AccountId id) {
        var account = account(id);
        var secret = account.totpSecret(sealed);
        return account.twoStepEnabled() || secret == null ? Optional.empty()
                : Optional.of(new TwoStepSetUp(secret, TwoStepCodes.provisioningUri("Glute Coach", account.email(),
                        secret)));
    }

    /**
     * Turns two-step sign-in on if the code comes from the app just set up, and returns new recovery codes to
     * show once; empty if the code does not match.
     */
    public Optional<List<String>> confirmTwoStep(AccountId id, String code) {
        var account = account(id);
        if (!account.confirmTwoStep(code, clock, sealed)) {
            return Optional.empty();
        }
        accounts.save(account);
        var codes = TwoStepCodes.newRecoveryCodes();
        recoveryCodes.replace(account.id(), codes);
        events.publishEvent(AuditEvent.bySelf(id.value(), "TWO_STEP_ON"));
        return Optional.of(codes);
    }

    /** The second step of a sign-in: a code from the app, or one of the recovery codes (used up). */
    public boolean passSecondStep(AccountId id, String code) {
        var account = account(id);
        if (account.acceptTwoStepCode(code, clock, sealed)) {
            accounts.save(account);
            return true;
        }
        if (account.twoStepEnabled() && recoveryCodes.use(account.id(), code)) {
            events.publishEvent(AuditEvent.bySelf(id.value(), "RECOVERY_CODE_USED"));
            return true;
        }
        return false;
    }

    /**
     * New recovery codes, to show once; every earlier code stops working. The person proves it is them with their
     * password or a current code from their app. Audited.
     *
     * @throws WrongPassword if the proof is neither
     * @throws IllegalStateException if two-step sign-in is off
     */
    public List<String> renewRecoveryCodes(AccountId id, String passwordOrCode) {
        var account = account(id);
        if (!account.twoStepEnabled()) {
            throw new IllegalStateException("Two-step sign-in is off");
        }
        var byCode = passwordOrCode.strip().length() <= 10 && account.acceptTwoStepCode(passwordOrCode.strip(),
                clock, sealed);
        if (!byCode && !passwords.matches(passwordOrCode, account.passwordHash())) {
            throw new WrongPassword();
        }
        accounts.save(account);
        var codes = TwoStepCodes.newRecoveryCodes();
        recoveryCodes.replace(account.id(), codes);
        events.publishEvent(AuditEvent.bySelf(id.value(), "RECOVERY_CODES_RENEWED"));
        return codes;
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(AccountId id) {
        return recoveryCodes.unused(id.value());
    }

    /**
     * Turns two-step sign-in off after checking the password. Therapists cannot: they see clients' health data.
     *
     * @throws WrongPassword if the password does not match
     */
    public void turnOffTwoStep(AccountId id, String password) {
        var account = account(id);
        checkPassword(account, password);
        if (account.view().mustUseTwoStep()) {
            throw new IllegalStateException("Therapists must keep two-step sign-in on");
        }
        account.turnOffTwoStep();
        accounts.save(account);
        recoveryCodes.removeAll(account.id());
        events.publishEvent(AuditEvent.bySelf(id.value(), "TWO_STEP_OFF"));
    }

    @Transactional(readOnly = true)
    public boolean practiceOwnerExists() {
        return accounts.existsByPracticeOwnerTrue();
    }

    /** A new one-time set-up link secret, or empty once the practice has its owner. */
    public Optional<String> issueOwnerSetUpLink() {
        if (accounts.existsByPracticeOwnerTrue()) {
            return Optional.empty();
        }
        var issued = IdentityToken.issue(TokenPurpose.SET_UP_OWNER, null, null, clock);
        tokens.save(issued.token());
        return Optional.of(issued.secret());
    }

    /** @throws InvalidToken unless the set-up link works and the practice has no owner yet */
    @Transactional(readOnly = true)
    public void checkOwnerSetUpLink(String secret) {
        setUpToken(secret);
    }

    private IdentityToken setUpToken(String secret) {
        var token = usable(secret, TokenPurpose.SET_UP_OWNER);
        if (accounts.existsByPracticeOwnerTrue()) {
            throw new InvalidToken();
        }
        return token;
    }

    /** Creates the practice owner from the set-up link; the link, and every other one, stops working. */
    public AccountView setUpOwner(String secret, RegisterAccount command, @Nullable String displayName) {
        var token = setUpToken(secret);
        var email = EmailAddress.of(command.email());
        var password = Password.of(command.password());
        if (accounts.existsByEmail(email.value())) {
            throw new EmailAlreadyRegistered();
        }
        var hash = passwords.encode(password.value());
        var owner = refusedIfRaced(() -> {
            useOnce(token);
            return accounts.save(Account.practiceOwner(email, hash, displayName, clock));
        });
        events.publishEvent(AuditEvent.bySelf(owner.id(), "PRACTICE_OWNER_CREATED"));
        return owner.view();
    }

    /**
     * The practice owner invites a therapist: a mail with a link to choose a password. Nothing is said about
     * whether the address already has an account; if it has, the link will not work.
     */
    public void inviteTherapist(AccountId ownerId, String email, @Nullable String ownerName) {
        if (!account(ownerId).view().practiceOwner()) {
            throw new IllegalStateException("Only the practice owner invites therapists");
        }
        var address = EmailAddress.of(email);
        // One working invitation per address: a new one ends the earlier links.
        tokens.retireInvitationsTo(address.value());
        var issued = IdentityToken.issue(TokenPurpose.INVITE_THERAPIST, null, address.value(), clock);
        tokens.save(issued.token());
        var from = ownerName == null || ownerName.isBlank() ? account(ownerId).email() : ownerName;
        mail.queue(Mail.of(address.value(), "identity/mail/invite-therapist",
                Map.of("link", "/invite/" + issued.secret(), "from", from)));
        events.publishEvent(new AuditEvent(ownerId.value(), null, "THERAPIST_INVITED", null));
    }

    /** Invitations whose links still work, to addresses that have no account yet; newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> openInvitations() {
        return tokens.openInvitations(clock.instant()).stream()
                .filter(token -> token.newEmail() != null && !accounts.existsByEmail(token.newEmail()))
                .map(token -> new InvitationView(token.getId(), token.newEmail(), token.createdAt(),
                        token.expiresAt()))
                .toList();
    }

    /**
     * Sends an open invitation again: a fresh link by mail, and the old link stops working.
     *
     * @return false if there is no such open invitation (used, withdrawn or expired)
     */
    public boolean resendInvitation(AccountId ownerId, java.util.UUID invitationId, @Nullable String ownerName) {
        var invitation = openInvitation(invitationId);
        invitation.ifPresent(open -> inviteTherapist(ownerId, open.email(), ownerName));
        return invitation.isPresent();
    }

    /**
     * Withdraws an open invitation: its link stops working at once. Audited.
     *
     * @return false if there is no such open invitation
     */
    public boolean withdrawInvitation(AccountId ownerId, java.util.UUID invitationId) {
        if (!account(ownerId).view().practiceOwner()) {
            throw new IllegalStateException("Only the practice owner withdraws invitations");
        }
        var invitation = openInvitation(invitationId);
        invitation.ifPresent(open -> {
            tokens.retireInvitationsTo(open.email());
            events.publishEvent(new AuditEvent(ownerId.value(), null, "THERAPIST_INVITATION_WITHDRAWN", null));
        });
        return invitation.isPresent();
    }

    private Optional<InvitationView> openInvitation(java.util.UUID invitationId) {
        return openInvitations().stream().filter(open -> open.id().equals(invitationId)).findFirst();
    }

    /** The invited address, if the invitation link still works. */
    @Transactional(readOnly = true)
    public String checkInvitation(String secret) {
        return invitedAddress(invitation(secret));
    }

    private IdentityToken invitation(String secret) {
        return usable(secret, TokenPurpose.INVITE_THERAPIST);
    }

    private String invitedAddress(IdentityToken invitation) {
        var email = invitation.newEmail();
        if (email == null || accounts.existsByEmail(email)) {
            throw new InvalidToken();
        }
        return email;
    }

    /** Creates the invited therapist's account; the link is used up. */
    public AccountView acceptInvitation(String secret, String password, @Nullable String displayName) {
        var token = invitation(secret);
        var email = EmailAddress.of(invitedAddress(token));
        var hash = passwords.encode(Password.of(password).value());
        var therapist = refusedIfRaced(() -> {
            useOnce(token);
            return accounts.save(Account.invitedTherapist(email, hash, displayName, clock));
        });
        events.publishEvent(AuditEvent.bySelf(therapist.id(), "THERAPIST_JOINED"));
        return therapist.view();
    }

    @Transactional(readOnly = true)
    public List<AccountView> therapists() {
        return accounts.findByRoleOrderByEmail(Role.THERAPIST).stream().map(Account::view).toList();
    }

    private IdentityToken usable(String secret, TokenPurpose purpose) {
        return tokens.findByTokenHash(Secrets.hash(secret))
                .filter(token -> token.usableFor(purpose, clock))
                .orElseThrow(InvalidToken::new);
    }

    /** Uses the link, or refuses if another request used it first (the database decides; see the query). */
    private void useOnce(IdentityToken token) {
        if (tokens.useOnce(token.id(), clock.instant()) == 0) {
            throw new InvalidToken();
        }
    }

    /**
     * Runs a one-time action; if a simultaneous request won (the database refused a second owner or a second use
     * of the link, or made this one wait and then gave up), this one is refused as a used link.
     */
    private static <T> T refusedIfRaced(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (DataAccessException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof DataIntegrityViolationException || cause instanceof ConcurrencyFailureException) {
                    throw new InvalidToken();
                }
            }
            throw failed;
        }
    }

    private void checkPassword(Account account, String password) {
        if (!passwords.matches(password, account.passwordHash())) {
            throw new WrongPassword();
        }
    }

    private Account account(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new IllegalStateException("No account " + id));
    }
}
