package org.glutecoach.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glutecoach.identity.InvalidCredentials;
import org.junit.jupiter.api.Test;

class PasswordTests {

    @Test
    void needsTwelveCharactersAndNoOtherComposition() {
        assertThat(Password.of("lamp garden!").value()).hasSize(12);
        assertThat(Password.of("all lower case words").value()).isNotEmpty();
        assertThatThrownBy(() -> Password.of("lamp garden"))
                .isInstanceOf(InvalidCredentials.class)
                .hasFieldOrPropertyWithValue("reason", "short");
    }

    @Test
    void refusesPasswordsOnTheCommonListWhateverTheirCase() {
        assertThatThrownBy(() -> Password.of("aaaaaaaaaaaa"))
                .isInstanceOf(InvalidCredentials.class)
                .hasFieldOrPropertyWithValue("reason", "common");
        assertThatThrownBy(() -> Password.of("QWERTYUIOP123")).hasFieldOrPropertyWithValue("reason", "common");
        assertThatThrownBy(() -> Password.of("1qaz2wsx3edc")).hasFieldOrPropertyWithValue("reason", "common");
    }

    @Test
    void theBundledListHoldsAtLeastTenThousandPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void countsCharactersNotBytesForTheMinimum() {
        assertThat(Password.of("ééééééééééé€").value()).hasSize(12);
    }

    @Test
    void refusesMoreThanBcryptCanHash() {
        assertThatThrownBy(() -> Password.of("🙂".repeat(19))).isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void neverPrintsItself() {
        assertThat(Password.of("correct horse battery").toString()).doesNotContain("horse");
    }
}
