package org.glutecoach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @Test
    void isStoredTrimmedAndLowerCase() {
        assertThat(EmailAddress.of("  Ann.Smith@Example.COM ").value()).isEqualTo("ann.smith@example.com");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "ann",
                "ann@",
                "@example.com",
                "ann@example",
                "a b@example.com",
                "ann@@example.com",
                "<script>@x.y z"
            })
    void refusesWhatCannotBeAnAddress(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOf(InvalidCredentials.class)
                .extracting("field")
                .isEqualTo("email");
    }

    @Test
    void refusesAddressesLongerThanSmtpAllows() {
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(250) + "@x.io")).isInstanceOf(InvalidCredentials.class);
    }
}
