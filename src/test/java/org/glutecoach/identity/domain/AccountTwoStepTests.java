package org.glutecoach.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.TwoStepUnchanged;
import org.glutecoach.shared.SealedSecrets;
import org.junit.jupiter.api.Test;

/** The rules of two-step sign-in live on the account and fail with a type a caller can map. */
class AccountTwoStepTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private final SealedSecrets sealed = new SealedSecrets(key());

    @Test
    void aTherapistCannotTurnTwoStepOffButAPersonCan() {
        var therapist =
                withTwoStepOn(Account.invitedTherapist(EmailAddress.of("sam@example.com"), "hash", "Sam", clock));
        assertThatThrownBy(therapist::turnOffTwoStep)
                .isInstanceOf(TwoStepUnchanged.class)
                .extracting(failure -> ((TwoStepUnchanged) failure).problemType())
                .isEqualTo("two-step-required");
        assertThat(therapist.twoStepEnabled()).isTrue();

        var person = withTwoStepOn(Account.person(EmailAddress.of("ann@example.com"), "hash", clock));
        person.turnOffTwoStep();
        assertThat(person.twoStepEnabled()).isFalse();
    }

    @Test
    void twoStepCannotBeSetUpTwiceNorItsCodesRenewedWhileItIsOff() {
        var person = Account.person(EmailAddress.of("ann@example.com"), "hash", clock);
        assertThatThrownBy(person::checkRecoveryCodesRenewable)
                .isInstanceOf(TwoStepUnchanged.class)
                .extracting(failure -> ((TwoStepUnchanged) failure).problemType())
                .isEqualTo("two-step-off");
        withTwoStepOn(person);
        person.checkRecoveryCodesRenewable();
        assertThatThrownBy(() -> person.startTwoStep(sealed))
                .isInstanceOf(TwoStepUnchanged.class)
                .extracting(failure -> ((TwoStepUnchanged) failure).problemType())
                .isEqualTo("two-step-already-on");
    }

    private Account withTwoStepOn(Account account) {
        var secret = account.startTwoStep(sealed);
        var code = TwoStepCodes.codeAt(secret, clock.instant().getEpochSecond() / 30);
        assertThat(account.confirmTwoStep(code, clock, sealed)).isTrue();
        return account;
    }

    private static byte[] key() {
        var key = new byte[SealedSecrets.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
