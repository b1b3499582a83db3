package org.glutecoach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facade's account read for callers that know the account exists: a typed failure when it does not. */
@IntegrationTest
class IdentityServiceIntegrationTests {

    @Autowired
    IdentityService identity;

    @Test
    void anAccountThatExistsIsRead() {
        var person = AccountFixtures.aPerson(identity);

        assertThat(identity.account(person.id())).isEqualTo(person);
    }

    @Test
    void anAccountThatIsGoneIsATypedFailure() {
        assertThatThrownBy(() -> identity.account(new AccountId(UUID.randomUUID())))
                .isInstanceOf(AccountNotFound.class)
                .extracting(failure -> ((AccountNotFound) failure).problemType())
                .isEqualTo("account-not-found");
    }
}
