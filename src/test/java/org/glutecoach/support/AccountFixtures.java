package org.glutecoach.support;

import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.TokenScope;

/** Accounts in a known state, each with its own address so tests sharing a database never collide. */
public final class AccountFixtures {

    public static final String PASSWORD = "plenty of words here";

    private AccountFixtures() {
    }

    public static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    public static AccountView aPerson(IdentityService identity) {
        return identity.register(new RegisterAccount(uniqueEmail(), PASSWORD));
    }

    /** An {@code Authorization} header value with a new read-write personal access token of the account. */
    public static String bearer(IdentityService identity, AccountView account) {
        return bearer(identity, account, TokenScope.READ_WRITE);
    }

    public static String bearer(IdentityService identity, AccountView account, TokenScope scope) {
        return "Bearer " + identity.createAccessToken(account.id(), "tests", scope).secret();
    }
}
