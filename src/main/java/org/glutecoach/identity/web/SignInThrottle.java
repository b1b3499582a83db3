package org.glutecoach.identity.web;

import java.time.Duration;
import org.glutecoach.shared.EmailAddresses;
import org.glutecoach.shared.RateLimits;
import org.glutecoach.shared.RateLimits.Rule;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking the owner out; counted in the database, so one count for every
 * instance (docs/adr/0007-accounts-mail-and-privacy.md).
 * <ul>
 * <li>Sign-in, per account (per normalised address if there is no account): 5 tries, then each further try
 * waits 1 minute, 2, 4, … up to an hour; forgotten after a day without a try or at a successful sign-in.</li>
 * <li>A device the account signed in from before (its device cookie) has a count of its own, so nobody can lock
 * the owner out of a device they use; it is not held by the count of the client IP either.</li>
 * <li>Per client IP: 5 failed sign-ins in 15 minutes, then that IP waits.</li>
 * <li>Reset requests and second-step codes: 5 in 15 minutes per address and per client IP.</li>
 * </ul>
 */
@Component
class SignInThrottle {

    static final int TRIES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final RateLimits limits;
    private final Rule perAccount;
    private final Rule perAddress;
    private final Rule perIp;

    SignInThrottle(RateLimits limits, SignInSettings settings) {
        this.limits = limits;
        this.perAccount = Rule.backOff(
                settings.triesPerAddress(), settings.firstWait(), settings.longestWait(), Duration.ofDays(1));
        this.perAddress = Rule.quota(settings.triesPerAddress(), WINDOW);
        this.perIp = Rule.quota(settings.triesPerIp(), WINDOW);
    }

    /** Who a sign-in try counts against: an account, a remembered device of it, or an unknown address. */
    record Counted(String key, boolean rememberedDevice) {

        static Counted account(org.glutecoach.identity.AccountId account) {
            return new Counted("sign-in:account:" + account.value(), false);
        }

        static Counted device(org.glutecoach.identity.AccountId account, String device) {
            return new Counted("sign-in:device:" + account.value() + ":" + device, true);
        }

        static Counted unknownAddress(String email) {
            return new Counted("sign-in:address:" + EmailAddresses.normalised(email), false);
        }
    }

    /**
     * Counts a sign-in try before the password is checked (so simultaneous guesses cannot all slip through);
     * a successful one is taken back by {@link #signedIn}.
     */
    RateLimits.Try trySignIn(Counted counted, String ip) {
        if (!counted.rememberedDevice()) {
            var fromIp = limits.take("sign-in:ip:" + ip, perIp);
            if (!fromIp.allowed()) {
                return fromIp;
            }
        }
        return limits.take(counted.key(), perAccount);
    }

    /** The account's tries that start the growing waits: the failure that reaches it warns the owner. */
    int freeTries() {
        return perAccount.free();
    }

    /** A sign-in succeeded: its count is forgotten, and the IP gets its try back. */
    void signedIn(Counted counted, String ip) {
        limits.clear(counted.key());
        if (!counted.rememberedDevice()) {
            limits.giveBack("sign-in:ip:" + ip, perIp);
        }
    }

    /**
     * Counts a second-step code before it is checked (so simultaneous guesses cannot all slip through the limit):
     * false when the address or the IP has had its tries. A right code gives its count back ({@link #codeAccepted}).
     */
    boolean tryCode(String kind, String email, String ip) {
        if (!limits.take(addressKey(kind, email), perAddress).allowed()) {
            return false;
        }
        if (!limits.take(kind + ":ip:" + ip, perIp).allowed()) {
            limits.giveBack(addressKey(kind, email), perAddress);
            return false;
        }
        return true;
    }

    /** A right second-step code: the try it counted is given back to the address and the IP. */
    void codeAccepted(String kind, String email, String ip) {
        limits.giveBack(addressKey(kind, email), perAddress);
        limits.giveBack(kind + ":ip:" + ip, perIp);
    }

    /** Whether another try (a reset request) from this address and IP may go ahead now. */
    boolean allows(String kind, String email, String ip) {
        return limits.allows(addressKey(kind, email)) && limits.allows(kind + ":ip:" + ip);
    }

    /** Counts one try against both the address and the IP. */
    void count(String kind, String email, String ip) {
        limits.take(addressKey(kind, email), perAddress);
        limits.take(kind + ":ip:" + ip, perIp);
    }

    private static String addressKey(String kind, String email) {
        return kind + ":address:" + EmailAddresses.normalised(email);
    }
}
