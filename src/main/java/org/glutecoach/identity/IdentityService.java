package org.glutecoach.identity;

import java.time.Clock;
import java.util.Optional;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.identity.domain.EmailAddress;
import org.glutecoach.identity.domain.Password;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of identity: accounts and their settings. */
@Service
@Transactional
public class IdentityService {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    IdentityService(Accounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates a person's account.
     *
     * @throws InvalidCredentials if the email address or password breaks the rules (see {@link EmailAddress},
     *         {@link Password})
     * @throws EmailAlreadyRegistered if an account already uses the address
     */
    public AccountView register(RegisterAccount command) {
        var email = EmailAddress.of(command.email());
        var password = Password.of(command.password());
        if (accounts.existsByEmail(email.value())) {
            throw new EmailAlreadyRegistered();
        }
        var account = Account.person(email, passwords.encode(password.value()), clock);
        return accounts.save(account).view();
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findAccount(AccountId id) {
        return accounts.findById(id.value()).map(Account::view);
    }

    /** Changes one's own settings; an unknown account is an error of the caller. */
    public AccountView changePreferences(AccountId id, ChangePreferences command) {
        var account = accounts.findById(id.value()).orElseThrow();
        account.changePreferences(command.displayName(), command.timeZone());
        return accounts.save(account).view();
    }
}
