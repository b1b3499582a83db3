package org.glutecoach.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as Spring Security holds it. It is serialised into the shared session table, so it
 * carries only what signing in and the security rules need: the id, the email, the password hash (Spring
 * Security's {@link User} requires it), the role and whether this is the practice owner. Handlers that need more
 * take a {@link CurrentAccount} parameter, read fresh on each request.
 */
public class SignedInAccount extends User {

    private static final long serialVersionUID = 1L;

    private final AccountId accountId;

    public SignedInAccount(AccountId accountId, String email, String passwordHash, Role role, boolean practiceOwner) {
        super(
                email,
                passwordHash,
                practiceOwner
                        ? List.of(new SimpleGrantedAuthority("ROLE_" + role.name()), new SimpleGrantedAuthority(OWNER))
                        : List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.accountId = accountId;
    }

    /** The authority of the therapist who runs the practice. */
    public static final String OWNER = "ROLE_OWNER";

    public AccountId accountId() {
        return accountId;
    }

    public boolean isPracticeOwner() {
        return getAuthorities().stream().anyMatch(authority -> OWNER.equals(authority.getAuthority()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignedInAccount that && accountId.equals(that.accountId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
