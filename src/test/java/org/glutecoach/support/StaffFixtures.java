package org.glutecoach.support;

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

    private static String code(String secret) {
        return TwoStepCodes.codeAt(secret, Instant.now().getEpochSecond() / 30);
    }
}
