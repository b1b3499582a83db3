package org.glutecoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link AccountEmail} and {@link NewPassword}, the form rules every module uses, are the domain's rules with the
 * domain's messages: a form accepts exactly what {@link EmailAddress} and the domain's password accept.
 */
class FormRulesTests {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record SignUp(@AccountEmail String email, @NewPassword String password) {}

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aPasswordIsCheckedByTheDomainsRuleOf12CharactersTo72Bytes() {
        assertThat(messages(new SignUp("ann@example.com", "x".repeat(11) + "y")))
                .isEmpty();
        var seventy = "seventy plain characters, more than the sixty-four the forms allowed.";
        assertThat(messages(new SignUp("ann@example.com", seventy)))
                .as("the forms' old cap of 64 is gone")
                .isEmpty();
        assertThat(messages(new SignUp("ann@example.com", "short"))).containsExactly("{identity.password.short}");
        assertThat(messages(new SignUp("ann@example.com", "é".repeat(37))))
                .as("74 bytes: over bcrypt's 72")
                .containsExactly("{identity.password.long}");
        assertThat(messages(new SignUp("ann@example.com", "x".repeat(73)))).containsExactly("{identity.password.long}");
        assertThat(messages(new SignUp("ann@example.com", ""))).containsExactly("{identity.sign-up.password.required}");
    }

    @Test
    void anAddressIsCheckedAsTheDomainWillStoreIt() {
        assertThat(messages(new SignUp("  Ann@Example.COM ", "plenty of words here")))
                .isEmpty();
        assertThat(messages(new SignUp("not an address", "plenty of words here")))
                .containsExactly("{identity.email.invalid}");
        assertThat(messages(new SignUp("p\u0430ul@example.com", "plenty of words here")))
                .containsExactly("{identity.email.not-plain}");
        assertThat(messages(new SignUp("", "plenty of words here")))
                .containsExactly("{identity.sign-up.email.required}");
        assertThat(messages(new SignUp("a".repeat(250) + "@example.com", "plenty of words here")))
                .contains("{identity.email.invalid}");
    }

    private static List<String> messages(SignUp form) {
        return VALIDATOR.validate(form).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .sorted()
                .toList();
    }
}
