package org.glutecoach.support;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;

/** Accounts in a known state, each with its own address so tests sharing a database never collide. */
public final class AccountFixtures {

    public static final String PASSWORD = "plenty of words here";

    private AccountFixtures() {}

    public static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    public static AccountView aPerson(IdentityService identity) {
        return ContextBeans.of(identity, Registrations.class).register(new RegisterAccount(uniqueEmail(), PASSWORD));
    }

    /** A person who has followed the verification link we mailed them. */
    public static AccountView aVerifiedPerson(IdentityService identity) {
        return verified(identity, aPerson(identity));
    }

    /** The person after following the verification link in the newest such mail to them. */
    public static AccountView verified(IdentityService identity, AccountView person) {
        if (!identity.findAccount(person.id()).orElseThrow().emailVerified()) {
            var link = MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm your email address"));
            ContextBeans.of(identity, Registrations.class).verifyEmail(link.substring(link.indexOf("token=") + 6));
        }
        return identity.findAccount(person.id()).orElseThrow();
    }

    /** The person, having agreed that what they record about their health is kept (nothing is kept without it). */
    public static AccountView withHealthConsent(PrivacyService privacy, AccountView person) {
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        return person;
    }

    /** A visitor signed in (one step) as the person, with the fixtures' password. */
    public static Visitor signedIn(int port, AccountView person) {
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), PASSWORD);
        return visitor;
    }

    /** An {@code Authorization} header value with a new read-write personal access token of the account. */
    public static String bearer(IdentityService identity, AccountView account) {
        return bearer(identity, account, TokenScope.READ_WRITE);
    }

    public static String bearer(IdentityService identity, AccountView account, TokenScope scope) {
        var tokens = ContextBeans.of(identity, ApiTokens.class);
        return "Bearer "
                + tokens.createAccessToken(account.id(), "tests", scope).secret();
    }
}
