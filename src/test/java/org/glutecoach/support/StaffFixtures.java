package org.glutecoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.account.TwoStepSignIn;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Therapists (not the owner) with two-step sign-in on, as the app requires of staff, who can sign in to pages. */
public final class StaffFixtures {

    private StaffFixtures() {}

    /** A therapist of the practice, with a unique address and two-step sign-in set up. */
    public static Therapist aTherapist(IdentityService identity, JdbcClient jdbc) {
        var account = identity.createTherapist(
                new RegisterAccount(AccountFixtures.uniqueEmail(), AccountFixtures.PASSWORD), "Theo Therapist");
        var twoStep = ContextBeans.of(identity, TwoStepSignIn.class);
        var secret = twoStep.startTwoStep(account.id()).secret();
        twoStep.confirmTwoStep(account.id(), code(secret)).orElseThrow();
        return new Therapist(account, secret, jdbc);
    }

    /** A therapist's account and what signing in as them takes. */
    public record Therapist(AccountView account, String totpSecret, JdbcClient jdbc) {

        /** A visitor signed in as this therapist, past the second step. */
        public Visitor signIn(Visitor visitor) {
            visitor.signIn(account.email(), AccountFixtures.PASSWORD);
            visitor.get("/sign-in/two-step");
            var passed = visitor.post("/sign-in/two-step", Map.of("code", freshCode()));
            if (passed.statusCode() != 302) {
                throw new AssertionError("The therapist's second step failed: " + passed.statusCode());
            }
            return visitor;
        }

        /** A code that has not been used: the last step is forgotten first, so sign-ins may follow quickly. */
        public String freshCode() {
            jdbc.sql("UPDATE identity_accounts SET totp_last_step = NULL WHERE id = ?")
                    .param(account.id().value())
                    .update();
            return code(totpSecret);
        }
    }

    /**
     * A visitor signed in as the account (a therapist or the owner, who must use two-step sign-in) after turning its
     * two-step sign-in on, passing the second step with a recovery code; the sign-in must end on the dashboard.
     */
    public static Visitor signedInWithRecoveryCode(IdentityService identity, int port, AccountView account) {
        var twoStep = ContextBeans.of(identity, TwoStepSignIn.class);
        var setUp = twoStep.startTwoStep(account.id());
        var recovery =
                twoStep.confirmTwoStep(account.id(), code(setUp.secret())).orElseThrow();
        var visitor = Visitor.at(port);
        visitor.signIn(account.email(), AccountFixtures.PASSWORD);
        visitor.get("/sign-in/two-step");
        var passed = visitor.post("/sign-in/two-step", Map.of("code", recovery.get(0)));
        assertThat(passed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        return visitor;
    }

    private static String code(String secret) {
        return TwoStepCodes.codeAt(secret, Instant.now().getEpochSecond() / 30);
    }
}
