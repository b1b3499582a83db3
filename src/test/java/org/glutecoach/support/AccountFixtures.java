package org.glutecoach.support;

import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;

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
}
