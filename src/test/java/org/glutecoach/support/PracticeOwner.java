package org.glutecoach.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.account.TwoStepSignIn;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.glutecoach.practice.staff.StaffService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The practice owner of a test context's database, made once per context (a practice has one owner) through
 * the set-up link, with two-step sign-in on, as the app requires. Signing in replays no code: the last code's
 * step is forgotten first, so several sign-ins within 30 seconds each pass the second step.
 */
public final class PracticeOwner {

    public static final String NAME = "Pat Owner";

    private static final Map<IdentityService, PracticeOwner> OWNERS = new ConcurrentHashMap<>();

    private final AccountView account;
    private final String totpSecret;
    private final JdbcClient jdbc;

    private PracticeOwner(AccountView account, String totpSecret, JdbcClient jdbc) {
        this.account = account;
        this.totpSecret = totpSecret;
        this.jdbc = jdbc;
    }

    /** The owner of the context these beans come from, made on first use. */
    public static synchronized PracticeOwner of(IdentityService identity, JdbcClient jdbc) {
        return OWNERS.computeIfAbsent(identity, ignored -> {
            var staff = ContextBeans.of(identity, StaffService.class);
            var twoStep = ContextBeans.of(identity, TwoStepSignIn.class);
            var link = staff.issueOwnerSetUpLink()
                    .orElseThrow(() -> new IllegalStateException("This database has an owner made elsewhere"));
            var owner = staff.setUpOwner(
                    link, new RegisterAccount(AccountFixtures.uniqueEmail(), AccountFixtures.PASSWORD), NAME);
            var secret = twoStep.startTwoStep(owner.id()).secret();
            twoStep.confirmTwoStep(owner.id(), code(secret)).orElseThrow();
            return new PracticeOwner(owner, secret, jdbc);
        });
    }

    public AccountView account() {
        return account;
    }

    public String email() {
        return account.email();
    }

    /** A visitor signed in as the owner, past the second step. */
    public Visitor signIn(Visitor visitor) {
        visitor.signIn(email(), AccountFixtures.PASSWORD);
        visitor.get("/sign-in/two-step");
        var passed = visitor.post("/sign-in/two-step", Map.of("code", freshCode()));
        if (passed.statusCode() != 302) {
            throw new AssertionError("The owner's second step failed: " + passed.statusCode());
        }
        return visitor;
    }

    /** Signs a browser window in as the owner, past the second step. */
    public void signIn(Page page, String signInUrl) {
        page.navigate(signInUrl);
        page.getByLabel("Email address").fill(email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        page.locator("#code").fill(freshCode());
        page.locator("main form button[type=submit]").first().click();
    }

    private String freshCode() {
        jdbc.sql("UPDATE identity_accounts SET totp_last_step = NULL WHERE id = ?")
                .param(account.id().value())
                .update();
        return code(totpSecret);
    }

    private static String code(String secret) {
        return TwoStepCodes.codeAt(secret, Instant.now().getEpochSecond() / 30);
    }
}
