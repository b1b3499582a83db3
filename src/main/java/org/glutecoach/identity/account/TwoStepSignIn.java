package org.glutecoach.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.TwoStepSetUp;
import org.glutecoach.identity.TwoStepUnchanged;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.RecoveryCodes;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.SealedSecrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two-step sign-in: setting it up, the second step of a sign-in, recovery codes, turning it off. */
@Service
@Transactional
public class TwoStepSignIn {

    private static final String ISSUER = "Glute Coach";

    private final Accounts accounts;
    private final KnownAccounts known;
    private final RecoveryCodes recoveryCodes;
    private final SealedSecrets sealed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoStepSignIn(
            Accounts accounts,
            KnownAccounts known,
            RecoveryCodes recoveryCodes,
            SealedSecrets sealed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.known = known;
        this.recoveryCodes = recoveryCodes;
        this.sealed = sealed;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts (or starts again) setting up two-step sign-in; nothing changes at sign-in until it is confirmed.
     *
     * @throws TwoStepUnchanged if it is on already
     */
    public TwoStepSetUp startTwoStep(AccountId id) {
        var account = known.get(id);
        var secret = account.startTwoStep(sealed);
        accounts.save(account);
        return new TwoStepSetUp(secret, TwoStepCodes.provisioningUri(ISSUER, account.email(), secret));
    }

    /** The set-up in progress, to show again (after a wrong code, say). */
    @Transactional(readOnly = true)
    public Optional<TwoStepSetUp> twoStepInProgress(AccountId id) {
        var account = known.get(id);
        var secret = account.totpSecret(sealed);
        return account.twoStepEnabled() || secret == null
                ? Optional.empty()
                : Optional.of(new TwoStepSetUp(secret, TwoStepCodes.provisioningUri(ISSUER, account.email(), secret)));
    }

    /**
     * Turns two-step sign-in on if the code comes from the app just set up, and returns new recovery codes to
     * show once; empty if the code does not match.
     */
    public Optional<List<String>> confirmTwoStep(AccountId id, String code) {
        var account = known.get(id);
        if (!account.confirmTwoStep(code, clock, sealed)) {
            return Optional.empty();
        }
        accounts.save(account);
        var codes = TwoStepCodes.newRecoveryCodes();
        recoveryCodes.replace(account.id(), codes);
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.TWO_STEP_ON));
        return Optional.of(codes);
    }

    /** The second step of a sign-in: a code from the app, or one of the recovery codes (used up). */
    public boolean passSecondStep(AccountId id, String code) {
        var account = known.get(id);
        if (account.acceptTwoStepCode(code, clock, sealed)) {
            accounts.save(account);
            return true;
        }
        if (account.twoStepEnabled() && recoveryCodes.use(account.id(), code)) {
            events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.RECOVERY_CODE_USED));
            return true;
        }
        return false;
    }

    /**
     * New recovery codes, to show once; every earlier code stops working. The person proves it is them with their
     * password or a current code from their app. Audited.
     *
     * @throws WrongPassword if the proof is neither
     * @throws TwoStepUnchanged if two-step sign-in is off
     */
    public List<String> renewRecoveryCodes(AccountId id, String passwordOrCode) {
        var account = known.get(id);
        account.checkRecoveryCodesRenewable();
        var byCode = passwordOrCode.strip().length() <= 10
                && account.acceptTwoStepCode(passwordOrCode.strip(), clock, sealed);
        if (!byCode && !known.matches(account, passwordOrCode)) {
            throw new WrongPassword();
        }
        accounts.save(account);
        var codes = TwoStepCodes.newRecoveryCodes();
        recoveryCodes.replace(account.id(), codes);
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.RECOVERY_CODES_RENEWED));
        return codes;
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(AccountId id) {
        return recoveryCodes.unused(id.value());
    }

    /**
     * Turns two-step sign-in off after checking the password. Therapists cannot: they see clients' health data.
     *
     * @throws TwoStepUnchanged if the account must keep it (checked before the password)
     * @throws WrongPassword if the password does not match
     */
    public void turnOffTwoStep(AccountId id, String password) {
        var account = known.get(id);
        // The rule first: a therapist is told it must stay on, whatever password they gave. Nothing is saved
        // unless the password matches too.
        account.turnOffTwoStep();
        known.checkPassword(account, password);
        accounts.save(account);
        recoveryCodes.removeAll(account.id());
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.TWO_STEP_OFF));
    }
}
