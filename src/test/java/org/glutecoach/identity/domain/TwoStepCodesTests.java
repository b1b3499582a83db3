package org.glutecoach.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TwoStepCodesTests {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesMatchTheTestVectorsOfRfc6238() {
        // The RFC lists 8 digits; authenticator apps show the last 6.
        assertThat(TwoStepCodes.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(TwoStepCodes.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(TwoStepCodes.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNeverAgain() {
        var clock = Clock.fixed(Instant.ofEpochSecond(1234567890L), ZoneOffset.UTC);
        var now = 1234567890L / 30;
        assertThat(TwoStepCodes.acceptedStep(RFC_SECRET, "005924", -1, clock)).hasValue(now);
        assertThat(TwoStepCodes.acceptedStep(RFC_SECRET, TwoStepCodes.codeAt(RFC_SECRET, now - 1), -1, clock))
                .hasValue(now - 1);
        assertThat(TwoStepCodes.acceptedStep(RFC_SECRET, TwoStepCodes.codeAt(RFC_SECRET, now - 2), -1, clock))
                .isEmpty();
        assertThat(TwoStepCodes.acceptedStep(RFC_SECRET, "005924", now, clock))
                .as("replayed")
                .isEmpty();
        assertThat(TwoStepCodes.acceptedStep(RFC_SECRET, "005 924", -1, clock)).hasValue(now);
        assertThat(TwoStepCodes.acceptedStep(RFC_SECRET, "abcdef", -1, clock)).isEmpty();
    }

    @Test
    void theProvisioningLinkCarriesTheSecretAndIssuer() {
        var uri = TwoStepCodes.provisioningUri("Glute Coach", "sam@example.com", RFC_SECRET);
        assertThat(uri)
                .startsWith("otpauth://totp/Glute%20Coach:sam%40example.com?secret=" + RFC_SECRET)
                .contains("issuer=Glute%20Coach", "digits=6", "period=30");
    }

    @Test
    void recoveryCodesAreTenDifferentAndForgiveHowTheyAreTyped() {
        var codes = TwoStepCodes.newRecoveryCodes();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(TwoStepCodes.normaliseRecoveryCode(" K7PM 2XQ9 ")).isEqualTo("k7pm2xq9");
        assertThat(TwoStepCodes.newSecret()).matches("[A-Z2-7]{32}");
    }
}
