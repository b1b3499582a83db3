package org.glutecoach.identity.account;

import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.Password;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Loading an account the caller knows exists, and checking or hashing its password: shared by every service. */
@Component
public class KnownAccounts {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    KnownAccounts(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** An unknown id is an error of the caller (it came from a signed-in session), not of the person. */
    public Account get(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new IllegalStateException("No account " + id));
    }

    /** @throws WrongPassword if the password does not match */
    public void checkPassword(Account account, String password) {
        if (!matches(account, password)) {
            throw new WrongPassword();
        }
    }

    public boolean matches(Account account, String password) {
        return passwords.matches(password, account.passwordHash());
    }

    public String hash(Password password) {
        return passwords.encode(password.value());
    }
}
