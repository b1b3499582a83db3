package org.glutecoach.identity.domain;

import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.InvalidCredentials;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind an email address at sign-in. */
@Component
class SignInAccounts implements UserDetailsService {

    private final Accounts accounts;

    SignInAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(normalised(email))
                .map(Account::signedIn)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    private static String normalised(String email) {
        try {
            return EmailAddress.of(email).value();
        } catch (InvalidCredentials notAnAddress) {
            return email;
        }
    }
}
