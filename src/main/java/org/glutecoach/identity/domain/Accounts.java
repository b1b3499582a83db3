package org.glutecoach.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** All accounts, looked up by id or by their (normalised) email address. */
public interface Accounts extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByPracticeOwnerTrue();

    List<Account> findByRoleOrderByEmail(org.glutecoach.identity.Role role);
}
